// The dashboard: plain ES modules over the JSON report routes, Chart.js (served by the app, window.Chart) for charts.
import { MESSAGES } from './i18n.js';

const TOKEN_KEY = 'charter.token';
const LANG_KEY = 'charter.lang';
const POLL_MS = 1000;
const main = document.getElementById('main');
let lang = sessionStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
let charts = [];
let poll = null;

const t = (key) => MESSAGES[lang][key] ?? key;
const status = (s) => t(`s_${s}`);
const esc = (v) =>
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
/** Beijing time (UTC+8, no daylight saving), as the union reads it. */
const beijing = (iso) => {
  if (!iso) return '—';
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
};
const yesNo = (met) =>
  met === null || met === undefined
    ? `<span class="muted">${t('none')}</span>`
    : met
      ? `<span class="ok">✔ ${t('met')}</span>`
      : `<span class="bad">✘ ${t('notMet')}</span>`;

class HttpError extends Error {
  constructor(status) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

async function api(path, { raw = false } = {}) {
  const response = await fetch(path, {
    headers: {
      authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}`,
      'accept-language': lang === 'zh' ? 'zh-CN' : 'en',
    },
  });
  if (!response.ok) throw new HttpError(response.status);
  return raw ? response : response.json();
}

const DIGITS = '零一二三四五六七八九';
/** 23 → 二十三: the charter's article numbers as Chinese write them. */
function chineseNumber(n) {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/** "Art. 16-17" reads 第十六至十七条 in Chinese, "Art. 17 (5)" 第十七条第（五）项; other bases as the server wrote them. */
function articleText(article) {
  if (lang !== 'zh' || typeof article !== 'string') return article;
  return article
    .replace(/Art\. (\d+)-(\d+)/g, (_, a, b) => `第${chineseNumber(+a)}至${chineseNumber(+b)}条`)
    .replace(/Art\. (\d+) \((\d+)\)/g, (_, a, b) => `第${chineseNumber(+a)}条第（${chineseNumber(+b)}）项`)
    .replace(/Art\. (\d+(?:, \d+)*)/g, (_, list) => list.split(', ').map((n) => `第${chineseNumber(+n)}条`).join('、'))
    .replace(/ \(delegate notice\)/g, '');
}

function table(columns, rows, id = '') {
  const head = columns.map((c) => `<th class="${c.num ? 'num' : ''}">${esc(t(c.label))}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td class="${c.num ? 'num' : ''}">${c.html ? c.html(r) : esc(r[c.key])}</td>`).join('')}</tr>`)
    .join('');
  return `<table ${id ? `id="${id}"` : ''}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function resetView() {
  for (const chart of charts) chart.destroy();
  charts = [];
  if (poll) clearInterval(poll);
  poll = null;
}

function chart(canvasId, config) {
  const canvas = document.getElementById(canvasId);
  if (!canvas || !window.Chart) return null;
  const made = new window.Chart(canvas, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } });
  charts.push(made);
  return made;
}

function applyStaticText() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  document.getElementById('lang').textContent = lang === 'zh' ? 'English' : '中文';
  document.getElementById('sign-out').hidden = !sessionStorage.getItem(TOKEN_KEY);
}

function signInPage(error = '') {
  resetView();
  main.innerHTML = `
    <section class="card" id="sign-in">
      <h2>${t('signInTitle')}</h2>
      <p class="muted">${t('signInHint')}</p>
      <form id="sign-in-form">
        <textarea id="token" name="token" required autocomplete="off" spellcheck="false"></textarea>
        <p class="error" id="sign-in-error">${esc(error)}</p>
        <button class="primary" type="submit">${t('signIn')}</button>
      </form>
    </section>`;
  document.getElementById('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, document.getElementById('token').value.trim().replace(/^Bearer\s+/i, ''));
    try {
      await api('/api/v1/reports/congresses');
      applyStaticText();
      route();
    } catch {
      sessionStorage.removeItem(TOKEN_KEY);
      applyStaticText();
      signInPage(t('badToken'));
    }
  });
}

async function congressListPage() {
  const list = await api('/api/v1/reports/congresses');
  main.innerHTML = `<section class="card"><h2>${t('congressList')}</h2>${table(
    [
      { label: 'congress', html: (c) => `<a href="#/congress/${encodeURIComponent(c.congressId)}">${esc(c.organisationName)} · ${esc(c.congressId)}</a>` },
      { label: 'session', key: 'number', num: true },
      { label: 'year', key: 'year', num: true },
      { label: 'seats', key: 'targetSeats', num: true },
      { label: 'seated', key: 'seated', num: true },
    ],
    list,
    'congress-list',
  )}</section>`;
}

async function download(path, filename) {
  const response = await api(path, { raw: true });
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function gauge(sitting) {
  const present = sitting.present;
  const rest = Math.max(sitting.rollSize - present, 0);
  const made = chart('quorum-gauge', {
    type: 'doughnut',
    data: {
      labels: [t('present'), t('roll')],
      datasets: [{ data: [present, rest], backgroundColor: [sitting.quorate ? '#2f855a' : '#dd6b20', '#e2e8f0'] }],
    },
    options: { rotation: -90, circumference: 180, cutout: '70%', plugins: { legend: { display: false } } },
  });
  return made;
}

function showLive(sitting, made) {
  const value = document.getElementById('quorum-value');
  const box = document.getElementById('live-quorum');
  if (!value || !box) return;
  box.dataset.present = String(sitting.present);
  for (const el of document.querySelectorAll(`[data-sitting-present="${CSS.escape(sitting.sittingId)}"]`)) el.textContent = sitting.present;
  for (const el of document.querySelectorAll(`[data-sitting-peak="${CSS.escape(sitting.sittingId)}"]`)) el.textContent = sitting.peakPresent;
  box.dataset.quorate = String(sitting.quorate);
  value.innerHTML = `${sitting.present} / ${sitting.rollSize} · ${t('quorum')} ${sitting.required} · ${
    sitting.quorate ? `<span class="ok">${t('quorate')}</span>` : `<span class="bad">${t('notQuorate')}</span>`
  }`;
  if (made) {
    made.data.datasets[0].data = [sitting.present, Math.max(sitting.rollSize - sitting.present, 0)];
    made.data.datasets[0].backgroundColor[0] = sitting.quorate ? '#2f855a' : '#dd6b20';
    made.update();
  }
}

function proposalSection(congressId, p, units) {
  const rows = [
    ['submitted', p.submitted],
    ['filedProposals', p.filed],
    ['assignments', p.assignments],
    ['answered', p.answered],
    ['answeredLate', p.answeredLate],
    ['overdue', p.overdue],
    ['averageDays', p.averageDaysToAnswer ?? '—'],
    ['satisfied', p.ratings.satisfied],
    ['basicallySatisfied', p.ratings['basically-satisfied']],
    ['notSatisfied', p.ratings['not-satisfied']],
  ].map(([label, value]) => ({ label, value }));
  return `<section class="card" id="proposals"><h2>${t('proposals')}</h2>
    <p class="actions"><button type="button" id="proposal-pdf">${t('proposalPdf')}</button></p>${table(
      [
        { label: 'item', html: (x) => esc(t(x.label)) },
        { label: 'value', key: 'value', num: true },
      ],
      rows,
      'proposal-table',
    )}<h3>${t('byUnit')}</h3>${table(
      [
        { label: 'unit', key: 'unitName' },
        { label: 'assignments', key: 'assignments', num: true },
        { label: 'answered', key: 'answered', num: true },
        { label: 'answeredLate', key: 'answeredLate', num: true },
        { label: 'overdue', key: 'overdue', num: true },
        { label: 'averageDays', html: (u) => esc(u.averageDaysToAnswer ?? '—'), num: true },
      ],
      units,
      'proposal-units',
    )}</section>`;
}

async function congressPage(congressId) {
  const r = await api(`/api/v1/reports/congresses/${encodeURIComponent(congressId)}`);
  const compliance = await api(`/api/v1/reports/organisations/${encodeURIComponent(r.organisationId)}/compliance`);
  const proposals = await api(`/api/v1/congresses/${encodeURIComponent(congressId)}/proposal-report`).catch(() => null);
  const assessments = await api(`/api/v1/reports/organisations/${encodeURIComponent(r.organisationId)}/college-assessments`).catch(() => null);
  const reviews = await api(`/api/v1/reports/organisations/${encodeURIComponent(r.organisationId)}/staff-reviews`).catch(() => []);
  const review = reviews[0];
  const live = r.sittings.filter((s) => s.status !== 'closed').at(-1);
  const c = r.composition;
  main.innerHTML = `
    <section class="card">
      <h2 id="congress-title">${esc(r.organisationName)} · ${esc(lang === 'zh' ? `第${r.number}次学生代表大会（${r.year}）` : `Congress no. ${r.number} (${r.year})`)}</h2>
      <p>${t('seats')} ${r.targetSeats} · ${t('seated')} <strong id="seated">${r.seated}</strong> · ${t('students')} ${r.totalStudents}</p>
      <p class="actions">
        <button type="button" id="export-xlsx">${t('exportXlsx')}</button>
        <button type="button" id="export-csv">${t('exportCsv')}</button>
        <a href="#/history/congresses/${encodeURIComponent(r.congressId)}">${t('history')}</a>
      </p>
    </section>
    ${
      live
        ? `<section class="card" id="live-quorum"><h2>${t('liveQuorum')} · ${esc(live.title)}</h2>
             <div class="gauge"><canvas id="quorum-gauge"></canvas></div><div class="gauge-value" id="quorum-value"></div></section>`
        : ''
    }
    <div class="grid">
      <section class="card"><h2>${t('seatsPerCollege')}</h2><div class="chart"><canvas id="seats-chart"></canvas></div></section>
      <section class="card"><h2>${t('composition')}</h2><div class="chart"><canvas id="composition-chart"></canvas></div>
        <p id="composition-share">${t('nonOfficerShare')} ${c.nonOfficerShare}% · ${t('required')} ≥ ${c.nonOfficerShareRequired}% · ${yesNo(c.met)}</p></section>
    </div>
    <section class="card"><h2>${t('seatsPerCollege')}</h2>${table(
      [
        { label: 'college', key: 'collegeName' },
        { label: 'students', key: 'students', num: true },
        { label: 'quota', key: 'quota', num: true },
        { label: 'recommended', key: 'recommended', num: true },
        { label: 'seated', key: 'seated', num: true },
        { label: 'qualified', key: 'qualified', num: true },
        { label: 'vacant', key: 'vacant', num: true },
      ],
      r.colleges,
      'seats-table',
    )}</section>
    <section class="card"><h2>${t('sittings')}</h2>${table(
      [
        { label: 'sitting', html: (s) => `<a href="#/history/sittings/${encodeURIComponent(s.sittingId)}">${esc(s.title)}</a>` },
        { label: 'status', html: (s) => esc(status(s.status)) },
        { label: 'roll', key: 'rollSize', num: true },
        { label: 'quorum', key: 'required', num: true },
        { label: 'present', html: (s) => `<span data-sitting-present="${esc(s.sittingId)}">${s.present}</span>`, num: true },
        { label: 'peak', html: (s) => `<span data-sitting-peak="${esc(s.sittingId)}">${s.peakPresent}</span>`, num: true },
        { label: 'openedAt', html: (s) => esc(beijing(s.openedAt)) },
      ],
      r.sittings,
      'sittings-table',
    )}</section>
    <section class="card"><h2>${t('elections')}</h2>${table(
      [
        { label: 'election', html: (e) => `<a href="#/election/${encodeURIComponent(e.electionId)}">${esc(e.electionId)}</a>` },
        { label: 'seats', key: 'seats', num: true },
        { label: 'status', html: (e) => esc(status(e.status)) },
      ],
      r.elections,
    )}</section>
    ${proposals ? proposalSection(r.congressId, proposals.totals, proposals.byUnit ?? []) : ''}
    ${assessments && assessments.colleges.length ? `<section class="card"><h2>${t('assessments')}</h2>${table(
      [
        { label: 'college', key: 'organisationName' },
        { label: 'semester', key: 'semester' },
        { label: 'assessmentRounds', key: 'rounds', num: true },
        { label: 'status', html: (c) => esc(t(`a_${c.status}`)) },
        { label: 'rectifyBy', html: (c) => esc(c.rectifyBy ?? '—') },
      ],
      assessments.colleges,
      'assessments-table',
    )}</section>` : ''}
    ${review ? `<section class="card" id="reviews"><h2>${t('reviews')} · ${esc(review.semester)}</h2>
      <p>${t('reviewees')} ${review.reviewees} · ${t('passedReview')} ${review.passed} · ${t('failedReview')} ${review.failed} ·
        ${t('appeals')} ${review.appeals} · ${t('removed')} ${review.removed}</p>
      <div class="chart"><canvas id="review-chart"></canvas></div></section>` : ''}
    <section class="card"><h2>${t('compliance')}</h2>${table(
      [
        { label: 'item', html: (i) => esc(lang === 'zh' ? i.zh : i.en) },
        { label: 'basis', html: (c) => esc(articleText(c.article)) },
        { label: 'requirement', key: 'requirement' },
        { label: 'actual', key: 'actual' },
        { label: 'met', html: (i) => yesNo(i.met) },
      ],
      compliance.items,
      'compliance-table',
    )}</section>`;
  document.getElementById('export-xlsx').addEventListener('click', () =>
    download(`/api/v1/reports/congresses/${encodeURIComponent(r.congressId)}/export.xlsx`, `${r.congressId}.xlsx`),
  );
  document.getElementById('export-csv').addEventListener('click', () =>
    download(`/api/v1/reports/congresses/${encodeURIComponent(r.congressId)}/export.csv`, `${r.congressId}.csv`),
  );
  document.getElementById('proposal-pdf')?.addEventListener('click', () =>
    download(`/api/v1/congresses/${encodeURIComponent(r.congressId)}/proposal-report.pdf`, `${r.congressId}-proposals.pdf`),
  );
  chart('seats-chart', {
    type: 'bar',
    data: {
      labels: r.colleges.map((k) => k.collegeName),
      datasets: [
        { label: t('quota'), data: r.colleges.map((k) => k.quota), backgroundColor: '#cbd2d9' },
        { label: t('seated'), data: r.colleges.map((k) => k.seated), backgroundColor: '#b7282e' },
      ],
    },
  });
  chart('composition-chart', {
    type: 'doughnut',
    data: {
      labels: [t('nonOfficers'), t('officers')],
      datasets: [{ data: [c.nonOfficers, c.officers], backgroundColor: ['#2b6cb0', '#dd6b20'] }],
    },
  });
  if (review)
    chart('review-chart', {
      type: 'bar',
      data: {
        labels: review.bands.map((b) => b.band),
        datasets: [{ label: t('reviewees'), data: review.bands.map((b) => b.reviewees), backgroundColor: '#2b6cb0' }],
      },
    });
  if (live) {
    const made = gauge(live);
    showLive(live, made);
    const path = `/api/v1/reports/sittings/${encodeURIComponent(live.sittingId)}`;
    poll = setInterval(async () => {
      try {
        const now = await api(path);
        showLive(now, made);
        if (now.status === 'closed') clearInterval(poll);
      } catch {
        /* the next tick tries again */
      }
    }, POLL_MS);
  }
}

async function electionPage(electionId) {
  const e = await api(`/api/v1/reports/elections/${encodeURIComponent(electionId)}`);
  main.innerHTML = `
    <section class="card"><h2>${t('election')} · ${esc(e.electionId)} · ${esc(status(e.status))}</h2>
      <p>${esc(e.organisationName)} · ${t('seats')} ${e.seats} · ${t('electedPeople')}：${e.elected.map((p) => esc(p.name)).join('、') || '—'}</p>
      <p class="actions">
        <button type="button" id="export-xlsx">${t('exportXlsx')}</button>
        <button type="button" id="print-packet">${t('printPacket')}</button>
        <button type="button" id="packet-pdf">${t('packetPdf')}</button>
        <a href="#/history/elections/${encodeURIComponent(e.electionId)}">${t('history')}</a>
        <a href="#/congress/${encodeURIComponent(e.congressId)}">${t('back')}</a>
      </p></section>
    <section class="card"><h2>${t('turnout')}</h2><div class="chart"><canvas id="turnout-chart"></canvas></div></section>
    <section class="card"><h2>${t('rounds')}</h2>${table(
      [
        { label: 'round', key: 'roundNumber', num: true },
        { label: 'roll', key: 'rollSize', num: true },
        { label: 'issued', key: 'issued', num: true },
        { label: 'returned', key: 'returned', num: true },
        { label: 'valid', key: 'valid', num: true },
        { label: 'invalid', key: 'invalid', num: true },
        { label: 'turnout', html: (x) => `${esc(x.turnout)}%`, num: true },
        { label: 'outcome', html: (x) => esc(status(x.outcome)) },
      ],
      e.rounds,
    )}</section>
    <section class="card"><h2>${t('approvalChain')}</h2>${table(
      [
        { label: 'step', html: (s) => esc(t(`step_${s.step}`)) },
        { label: 'at', html: (s) => esc(beijing(s.at)) },
        { label: 'days', key: 'days', num: true },
      ],
      e.approvalChain,
    )}</section>`;
  document.getElementById('export-xlsx').addEventListener('click', () =>
    download(`/api/v1/reports/elections/${encodeURIComponent(e.electionId)}/export.xlsx`, `${e.electionId}.xlsx`),
  );
  document.getElementById('print-packet').addEventListener('click', async () => {
    const response = await api(`/api/v1/elections/${encodeURIComponent(e.electionId)}/filing-packet.html`, { raw: true });
    window.open(URL.createObjectURL(await response.blob()), '_blank');
  });
  document.getElementById('packet-pdf').addEventListener('click', () =>
    download(`/api/v1/elections/${encodeURIComponent(e.electionId)}/filing-packet.pdf`, `${e.electionId}-filing-packet.pdf`),
  );
  chart('turnout-chart', {
    type: 'bar',
    data: {
      labels: e.rounds.map((x) => `${t('round')} ${x.roundNumber}`),
      datasets: [
        { label: t('valid'), data: e.rounds.map((x) => x.valid), backgroundColor: '#2f855a', stack: 'b' },
        { label: t('invalid'), data: e.rounds.map((x) => x.invalid), backgroundColor: '#c53030', stack: 'b' },
        { label: t('roll'), data: e.rounds.map((x) => x.rollSize), backgroundColor: '#cbd2d9' },
      ],
    },
  });
}

async function historyPage(kind, id) {
  const h = await api(`/api/v1/history/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`);
  main.innerHTML = `<section class="card"><h2>${t('history')} · ${esc(id)}</h2>
    <p><a href="#/">${t('back')}</a></p>${table(
      [
        { label: 'at', html: (x) => esc(beijing(x.occurredAt ?? x.recordedAt)) },
        { label: 'event', key: 'description' },
        { label: 'actor', html: (x) => esc(x.actor?.organisationName ?? '') },
      ],
      h.items,
      'history-table',
    )}</section>`;
}

async function route() {
  resetView();
  applyStaticText();
  if (!sessionStorage.getItem(TOKEN_KEY)) return signInPage();
  main.innerHTML = `<p class="muted">${t('loading')}</p>`;
  const [, page, a, b] = (location.hash || '#/').split('/').map(decodeURIComponent);
  try {
    if (page === 'congress' && a) await congressPage(a);
    else if (page === 'election' && a) await electionPage(a);
    else if (page === 'history' && a && b) await historyPage(a, b);
    else await congressListPage();
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      applyStaticText();
      return signInPage(t('badToken'));
    }
    main.innerHTML = `<section class="card"><p class="error">${esc(error instanceof HttpError && error.status === 404 ? t('notFound') : error.message)}</p></section>`;
  }
}

document.getElementById('lang').addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  sessionStorage.setItem(LANG_KEY, lang);
  route();
});
document.getElementById('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  location.hash = '#/';
  route();
});
window.addEventListener('hashchange', route);
route();
