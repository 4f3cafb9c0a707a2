import { escapeHtml } from '../../../shared/http/escape-html.js';
import type { FilingPacket, RoundRecord } from './filing-packet.js';

type Named = { personId?: string; name?: string; votes?: number };
type Tally = {
  candidates?: Array<{ name: string; for: number; against: number; abstain: number }>;
  writeIns?: Array<{ name: string; for: number }>;
};

const esc = escapeHtml;
const names = (people: unknown): string =>
  Array.isArray(people) ? (people as Named[]).map((p) => esc(p.name)).join('、') : '';
const row = (cells: unknown[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
const table = (head: string[], rows: string[]) =>
  `<table><thead>${row(head.map(esc), 'th')}</thead><tbody>${rows.join('')}</tbody></table>`;

function describeOutcome(o: Record<string, unknown>): string {
  switch (o.type) {
    case 'CandidatesElected':
      return `elected: ${names(o.elected)} (${esc(o.rule)})`;
    case 'TieAtCutOff':
      return `tie at ${esc(o.cutOffVotes)} votes for ${esc(o.seatsAtStake)} seat(s): ${names(o.tied)}`;
    case 'SeatsUnfilled':
      return `${esc(o.remainingSeats)} seat(s) unfilled`;
    case 'RoundVoided':
      return `void: ${esc((o.reasons as string[]).join(', '))}`;
    default:
      return esc(o.type);
  }
}

function roundSection(r: RoundRecord): string {
  const tally = (r.tally ?? {}) as Tally;
  const counts = [
    ...(tally.candidates ?? []).map((c) => row([esc(c.name), c.for, c.against, c.abstain])),
    ...(tally.writeIns ?? []).map((w) => row([`${esc(w.name)} (write-in)`, w.for, '', ''])),
  ];
  return `<section><h3>Round ${r.roundNumber} (${esc(r.kind)}, ${r.seats} seat(s))</h3>
<p>Elected delegates ${r.electedDelegates}; present with a vote ${r.presentWithVote}; ballots issued ${r.issued}, returned ${r.returned}, received ${esc(r.received)};
valid ${esc(r.validBallots)}, invalid ${esc(r.invalidBallots)}. Opened ${esc(r.openedAt)}, closed ${esc(r.closedAt)}.</p>
${counts.length ? table(['Candidate', 'For', 'Against', 'Abstain'], counts) : ''}
<ul>${r.outcome.map((o) => `<li>${describeOutcome(o)}</li>`).join('')}</ul></section>`;
}

/** The filing packet as a printable HTML document (UTF-8; every value escaped). */
export function renderFilingPacket(p: FilingPacket): string {
  const candidates = p.candidates.map((c) =>
    row([esc(c.name), esc(c.collegeId), esc(c.steps.map((s) => s.step).join(' → '))]),
  );
  const heads = Object.entries(p.audit.heads).map(([stream, h]) =>
    row([esc(stream), esc(h.revision), `<code>${esc(h.hash)}</code>`]),
  );
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Filing packet ${esc(p.electionId)}</title>
<style>body{font-family:serif;margin:2em}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #444;padding:.2em .5em;text-align:left}
code{font-size:.8em;word-break:break-all}@media print{body{margin:0}section{page-break-inside:avoid}}</style></head>
<body>
<h1>${p.office === 'federation-delegates' ? '出席上级学联代表大会代表选举结果报备 · Federation delegates election filing packet' : '主席团选举结果报备 · Presidium election filing packet'}</h1>
<p>Election <strong>${esc(p.electionId)}</strong> of ${esc(p.organisationId)}, congress ${esc(p.congressId)}; seats ${esc(p.seats)}. Generated ${esc(p.generatedAt)}.</p>
<h2>Elected (姓氏笔画)</h2><p>${names(p.elected) || '—'}</p>
<h2>Confirmed candidates (ballot order)</h2><p>${names(p.confirmedList)}</p>
${table(['Candidate', 'College', 'Pipeline'], candidates)}
<h2>Scrutineers and tellers</h2><p>Scrutineers (监票人): ${names(p.scrutineers)}. Tellers (计票人): ${names(p.tellers)}.</p>
<h2>Rounds</h2>${p.quorumFailures.length ? `<p>Quorum not reached ${p.quorumFailures.length} time(s) before a round opened.</p>` : ''}
${p.rounds.map(roundSection).join('\n')}
<h2>Result chain</h2><ul>${p.resultChain.map((s) => `<li>${esc(s.type)}: ${esc(JSON.stringify({ ...s, type: undefined }))}</li>`).join('')}</ul>
<h2>Audit</h2><p>Hash chains verified at ${esc(p.audit.verifiedAt)}: ${p.audit.ok ? 'intact' : 'BROKEN'}.</p>
${table(['Stream', 'Head revision', 'Head hash'], heads)}
</body></html>`;
}
