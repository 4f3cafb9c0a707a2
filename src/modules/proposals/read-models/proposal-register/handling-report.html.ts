import { escapeHtml } from '../../../../shared/http/escape-html.js';
import { beijingDateTime } from '../../../../shared/domain/beijing-date.js';
import type { HandlingReport } from './handling-report.js';
import type { AssignmentView, ProposalView } from './proposal-register.queries.js';

/** Names of the organisations the report mentions (school offices), by id. */
export type OrganisationNames = ReadonlyMap<string, string>;

const esc = escapeHtml;

/** A proposal's stage as the congress reads it. */
export const STAGE_ZH: Record<string, string> = {
  AwaitingCoSigners: '待附议',
  Filed: '已立案待审查',
  Lapsed: '未成立',
  Withdrawn: '已撤回',
  Accepted: '立案办理',
  Opinion: '转为意见建议',
  Merged: '并案',
  NotAccepted: '不予立案',
};
const CATEGORY_ZH: Record<string, string> = {
  solved: '已解决',
  'being-solved': '正在解决',
  planned: '列入计划',
  explained: '解释说明、留作参考',
};
const RATING_ZH: Record<string, string> = {
  satisfied: '满意',
  'basically-satisfied': '基本满意',
  'not-satisfied': '不满意',
};

function unitLine(a: AssignmentView, names: OrganisationNames): string {
  const answer = a.answer as { category?: string } | null;
  const ratings = (a.ratings as Array<{ rating: string }>).map((r) => RATING_ZH[r.rating] ?? r.rating).join('、');
  const status = a.publishedAt
    ? `${esc(CATEGORY_ZH[answer?.category ?? ''] ?? answer?.category)}（${a.daysToAnswer} 天${a.late ? '，逾期' : ''}）`
    : a.overdue
      ? `<strong>逾期未答复</strong>（应于 ${esc(a.dueOn)} 前）`
      : `办理中（应于 ${esc(a.dueOn)} 前）`;
  return `<li>${esc(names.get(a.unitId) ?? a.unitId)}：${status}${a.reopened ? '；因不满意重新办理' : ''}${
    ratings ? `；评价：${esc(ratings)}` : ''
  }${a.questions.length ? `；询问 ${a.questions.length} 次` : ''}</li>`;
}

function proposalRow(p: ProposalView, names: OrganisationNames): string {
  const number = p.number ? `第 ${p.number} 号` : '—';
  const merged = p.mergedInto
    ? `（并入 ${esc(p.mergedInto)}）`
    : p.mergedFrom.length
      ? `（并入：${esc(p.mergedFrom.join('、'))}）`
      : '';
  const units = p.assignments.length ? `<ul>${p.assignments.map((a) => unitLine(a, names)).join('')}</ul>` : '';
  return `<tr><td>${number}</td><td>${esc(p.title)}</td><td>${esc(p.category)}</td><td>${esc(p.filerId)}${
    p.confirmedIds.length ? `<br><small>附议：${esc(p.confirmedIds.join('、'))}</small>` : ''
  }</td><td>${esc(STAGE_ZH[p.stage] ?? p.stage)}${merged}</td><td>${units}</td></tr>`;
}

/**
 * The handling report as a document a person reads to the congress and files (Art. 8 (5)): Chinese labels, school
 * offices by name, Beijing time, a CJK font stack, and signature lines.
 */
export function renderHandlingReport(
  report: HandlingReport,
  names: OrganisationNames,
  printedAt: string,
  congress: string = report.congressId,
): string {
  const t = report.totals;
  const ratings = `满意 ${t.ratings.satisfied}，基本满意 ${t.ratings['basically-satisfied']}，不满意 ${t.ratings['not-satisfied']}`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>提案办理情况报告 ${esc(congress)}</title>
<style>
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; margin: 2.5cm; line-height: 1.6; }
h1 { text-align: center; font-size: 20pt; } table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
th, td { border: 1px solid #444; padding: 4px 6px; vertical-align: top; } th { background: #eee; }
ul { margin: 0; padding-left: 1.2em; } .signatures { margin-top: 3em; display: flex; justify-content: space-between; }
@media print { body { margin: 1.5cm; } }
</style></head><body>
<h1>提案办理情况报告</h1>
<p>代表大会：${esc(congress)}　截至：${esc(report.asOf)}（北京时间）</p>
<h2>一、总体情况</h2>
<p>共收到提案 ${t.submitted} 件，立案编号 ${t.filed} 件；交办 ${t.assignments} 项，已答复 ${t.answered} 项（其中逾期答复 ${t.answeredLate} 项），
逾期未答复 ${t.overdue} 项；平均答复用时 ${t.averageDaysToAnswer ?? '—'} 天。提案人评价：${ratings}。代表询问 ${t.followUps} 次。</p>
<h2>二、各承办单位办理情况</h2>
<table><thead><tr><th>承办单位</th><th>交办</th><th>已答复</th><th>逾期答复</th><th>逾期未答复</th><th>平均答复用时（天）</th></tr></thead>
<tbody>${report.byUnit
    .map(
      (u) =>
        `<tr><td>${esc(names.get(u.unitId) ?? u.unitId)}</td><td>${u.assignments}</td><td>${u.answered}</td><td>${u.answeredLate}</td><td>${u.overdue}</td><td>${u.averageDaysToAnswer ?? '—'}</td></tr>`,
    )
    .join('')}</tbody></table>
<h2>三、逐件办理情况</h2>
<table><thead><tr><th>编号</th><th>案由</th><th>类别</th><th>提案人</th><th>审查结果</th><th>承办单位与答复</th></tr></thead>
<tbody>${report.proposals.map((p) => proposalRow(p, names)).join('')}</tbody></table>
<div class="signatures"><p>提案委员会（签章）：＿＿＿＿＿＿</p><p>学生会（签章）：＿＿＿＿＿＿</p><p>日期：＿＿＿＿年＿＿月＿＿日</p></div>
<p><small>打印时间：${esc(beijingDateTime(printedAt))}（北京时间）。本报告由 Charter 依据事件记录生成。</small></p>
</body></html>`;
}
