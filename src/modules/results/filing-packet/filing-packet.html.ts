import { beijingDateTime } from '../../../shared/domain/beijing-date.js';
import { escapeHtml } from '../../../shared/http/escape-html.js';
import type { FilingPacket, RoundRecord } from './filing-packet.js';

/** Names of the organisations the packet mentions (union, colleges, party committee, federation), by id. */
export type OrganisationNames = ReadonlyMap<string, string>;

type Named = { personId?: string; name?: string; votes?: number };
type Tally = {
  candidates?: Array<{ name: string; for: number; against: number; abstain: number }>;
  writeIns?: Array<{ name: string; for: number }>;
};
type Entry = Record<string, unknown>;

const esc = escapeHtml;
const names = (people: unknown): string =>
  Array.isArray(people) ? (people as Named[]).map((p) => esc(p.name)).join('、') : '';
const row = (cells: unknown[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
const table = (head: string[], rows: string[]) =>
  `<table><thead>${row(head.map(esc), 'th')}</thead><tbody>${rows.join('')}</tbody></table>`;
/** Beijing time of an ISO instant, "—" when there is none. */
const when = (iso: unknown) => (typeof iso === 'string' && iso ? `${esc(beijingDateTime(iso))}` : '—');
/** The first time an entry carries (its `...At` field). */
const timeOf = (e: Entry) =>
  when(Object.entries(e).find(([k, v]) => (k === 'at' || k.endsWith('At')) && typeof v === 'string')?.[1]);
const BODY_ZH: Record<string, string> = { 'student-affairs': '学生工作部门', 'youth-league-committee': '校团委' };
/** A pipeline step by name: the reviewing body named where two bodies take the same step. */
const stepName = (s: Entry) => {
  const body = BODY_ZH[String(s.by)];
  if (s.step === 'InterviewSignedOff' && body) return `${body}考察通过`;
  if (s.step === 'InterviewRejected' && body) return `${body}考察未通过`;
  if (s.step === 'EligibilityChecked') return s.eligible === false ? '资格审查未通过' : '资格审查通过';
  return STEP_ZH[String(s.step)] ?? String(s.step);
};

const STEP_ZH: Record<string, string> = {
  CandidateRecommended: '院团组织推荐',
  PartyConsentGiven: '学院党组织同意',
  PartyConsentRefused: '学院党组织不同意',
  EligibilityChecked: '资格审查',
  InterviewSignedOff: '学生工作部门考察通过',
  InterviewRejected: '学生工作部门考察未通过',
  CandidateCleared: '确定为候选人',
};
const KIND_ZH: Record<string, string> = { first: '正式选举', runoff: '再次投票', further: '另行选举' };
const VOID_ZH: Record<string, string> = {
  ReturnedExceedIssued: '收回选票多于发出选票',
  BallotsExceedIssued: '投票数多于发出选票',
  BallotsExceedReturned: '投票数多于收回选票',
};
const RULE_ZH: Record<string, string> = {
  MoreThanHalfOfPresent: '得票超过出席代表半数',
  MoreThanHalfOfPresentThenHighestCounts: '得票超过出席代表半数，按得票多少依次当选',
};

function describeOutcome(o: Entry): string {
  switch (o.type) {
    case 'CandidatesElected':
      return `当选：${names(o.elected) || '—'}${RULE_ZH[String(o.rule)] ? `（${RULE_ZH[String(o.rule)]}）` : ''}`;
    case 'TieAtCutOff':
      return `${names(o.tied)} 得票相同（${esc(o.cutOffVotes)} 票），争 ${esc(o.seatsAtStake)} 个名额，须再次投票`;
    case 'SeatsUnfilled':
      return `尚有 ${esc(o.remainingSeats)} 个名额未选出`;
    case 'RoundVoided':
      return `本轮无效：${esc(((o.reasons as string[]) ?? []).map((r) => VOID_ZH[r] ?? r).join('；'))}`;
    default:
      return esc(o.type);
  }
}

function roundSection(r: RoundRecord): string {
  const tally = (r.tally ?? {}) as Tally;
  const counts = [
    ...(tally.candidates ?? []).map((c) => row([esc(c.name), c.for, c.against, c.abstain])),
    ...(tally.writeIns ?? []).map((w) => row([`${esc(w.name)}（另选他人）`, w.for, '', ''])),
  ];
  return `<section class="round"><h3>第 ${r.roundNumber} 轮（${esc(KIND_ZH[r.kind] ?? r.kind)}，应选 ${r.seats} 名）</h3>
<p>应到代表 ${r.electedDelegates} 名，出席并有表决权 ${r.presentWithVote} 名；发出选票 ${r.issued} 张，收回 ${r.returned} 张，
投入票箱 ${esc(r.received ?? '—')} 张；有效票 ${esc(r.validBallots ?? '—')} 张，无效票 ${esc(r.invalidBallots ?? '—')} 张。
开始 ${when(r.openedAt)}，截止 ${when(r.closedAt)}。</p>
${counts.length ? table(['姓名', '赞成', '反对', '弃权'], counts) : ''}
<ul>${r.outcome.map((o) => `<li>${describeOutcome(o)}</li>`).join('')}</ul></section>`;
}

function chainLine(s: Entry, org: (id: unknown) => string): string {
  switch (s.type) {
    case 'ResultAnnounced':
      return `${when(s.announcedAt)}　大会主持人宣布选举结果：${names(s.elected)}`;
    case 'ResultApproved':
      return `${when(s.approvedAt)}　${org(s.partyCommitteeId)}批准${s.reference ? `（${esc(s.reference)}）` : ''}`;
    case 'ResultReturned':
      return `${when(s.returnedAt)}　${org(s.partyCommitteeId)}退回：${esc(((s.reasons as string[]) ?? []).join('；'))}`;
    case 'ResultResubmitted':
      return `${when(s.resubmittedAt)}　重新报批：${esc(s.response)}`;
    case 'ResultFiled':
      return `${esc(s.filedOn)}　${org(s.federationId)}备案（${esc(s.reference)}）`;
    default:
      return esc(s.type);
  }
}

/**
 * The filing packet as a document a person files (issue 14 item 4): Chinese labels, organisations and people by
 * name, Beijing time, readable step names, a CJK font stack, signature and seal lines, page breaks before the
 * rounds and the audit page; the stream head hashes close it (and the PDF's footer repeats the ledger head).
 */
export function renderFilingPacket(
  p: FilingPacket,
  orgNames: OrganisationNames = new Map(),
  printedAt?: string,
  congress: string = p.congressId ?? '—',
): string {
  const org = (id: unknown) => esc(orgNames.get(String(id)) ?? id ?? '—');
  const title = p.office === 'federation-delegates' ? '出席上级学联代表大会代表选举结果报备' : '主席团选举结果报备';
  const candidates = p.candidates.map((c) =>
    row([
      `<span class="name">${esc(c.name)}</span>`,
      `<span class="name">${org(c.collegeId)}</span>`,
      c.steps.map((s) => `${esc(stepName(s))}（${timeOf(s)}）`).join(' → '),
    ]),
  );
  const heads = Object.entries(p.audit.heads).map(([stream, h]) =>
    row([esc(stream), esc(h.revision), `<code>${esc(h.hash)}</code>`]),
  );
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title} ${esc(p.electionId)}</title>
<style>
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Noto Sans CJK SC", "WenQuanYi Zen Hei", serif; margin: 2.5cm; line-height: 1.6; color: #000; }
h1 { text-align: center; font-size: 20pt; letter-spacing: .1em; } h2 { font-size: 14pt; margin-top: 1.2em; } h3 { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: .5em 0; } th, td { border: 1px solid #444; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eee; white-space: nowrap; } span.name, td:first-child { white-space: nowrap; } code { font-size: 8pt; word-break: break-all; }
.signatures { margin-top: 3em; display: flex; justify-content: space-between; flex-wrap: wrap; gap: 1em; }
.signatures p { min-width: 30%; } .seal { margin-top: 2em; text-align: right; }
.rounds, .audit { break-before: page; } section.round { break-inside: avoid; }
@media print { body { margin: 0; } }
</style></head>
<body>
<h1>${title}</h1>
<p>报备单位：${org(p.organisationId)}　代表大会：${esc(congress)}　选举：${esc(p.electionId)}　应选名额：${esc(p.seats)} 名</p>
<h2>一、当选名单（按姓氏笔画为序）</h2><p>${names(p.elected) || '—'}</p>
<h2>二、候选人名单（按选票顺序）</h2><p>${names(p.confirmedList) || '—'}</p>
${table(['候选人', '所在学院', '产生经过'], candidates)}
<h2>三、监票人、计票人</h2><p>监票人：${names(p.scrutineers) || '—'}。计票人：${names(p.tellers) || '—'}。</p>
<div class="rounds"><h2>四、投票情况</h2>${p.quorumFailures.length ? `<p>开始投票前 ${p.quorumFailures.length} 次未达法定人数。</p>` : ''}
${p.rounds.map(roundSection).join('\n')}</div>
<h2>五、批准与备案</h2><ul>${p.resultChain.map((s) => `<li>${chainLine(s, org)}</li>`).join('')}</ul>
<div class="signatures"><p>总监票人（签字）：＿＿＿＿＿＿</p><p>大会主持人（签字）：＿＿＿＿＿＿</p><p>学生会负责人（签字）：＿＿＿＿＿＿</p></div>
<div class="signatures"><p>学生会（盖章）</p><p>党委（盖章）</p><p>日期：＿＿＿＿年＿＿月＿＿日</p></div>
<section class="audit"><h2>六、审计记录</h2><p>${when(p.audit.verifiedAt)}（北京时间）校验全部事件的哈希链：${p.audit.ok ? '完整' : '<strong>已被破坏</strong>'}。
下列各流的最新哈希可用 <code>npm run cli -- audit verify</code> 复核。</p>
${table(['事件流', '最新序号', '最新哈希'], heads)}
<p><small>打印时间：${when(printedAt ?? p.generatedAt)}（北京时间）。本材料由 Charter 依据事件记录生成，时间均为北京时间。</small></p></section>
</body></html>`;
}
