import type { ReportTable } from '../../../../shared/exports/report-file.js';
import type { HandlingReport } from './handling-report.js';
import { STAGE_ZH } from './handling-report.html.js';

/**
 * The handling report (Art. 8 (5)) as tables with Chinese headers, for its CSV and XLSX exports (issue 14 item 3):
 * the totals, each handling unit, and every proposal with its units by name.
 */
export function handlingReportTables(report: HandlingReport, unitNames: ReadonlyMap<string, string>): ReportTable[] {
  const t = report.totals;
  const totals: Array<[string, unknown]> = [
    ['收到提案', t.submitted],
    ['立案编号', t.filed],
    ['交办事项', t.assignments],
    ['已答复', t.answered],
    ['逾期答复', t.answeredLate],
    ['逾期未答复', t.overdue],
    ['平均答复用时（天）', t.averageDaysToAnswer],
    ['满意', t.ratings.satisfied],
    ['基本满意', t.ratings['basically-satisfied']],
    ['不满意', t.ratings['not-satisfied']],
    ['代表询问', t.followUps],
  ];
  return [
    {
      title: '提案办理总体情况',
      columns: [
        { key: 'item', header: '事项' },
        { key: 'value', header: '数量' },
      ],
      rows: totals.map(([item, value]) => ({ item, value })),
    },
    {
      title: '各承办单位办理情况',
      columns: [
        { key: 'unitName', header: '承办单位' },
        { key: 'assignments', header: '交办' },
        { key: 'answered', header: '已答复' },
        { key: 'answeredLate', header: '逾期答复' },
        { key: 'overdue', header: '逾期未答复' },
        { key: 'averageDaysToAnswer', header: '平均答复用时（天）' },
      ],
      rows: report.byUnit,
    },
    {
      title: '逐件办理情况',
      columns: [
        { key: 'number', header: '编号' },
        { key: 'title', header: '案由' },
        { key: 'category', header: '类别' },
        { key: 'stage', header: '审查结果' },
        { key: 'units', header: '承办单位' },
      ],
      rows: report.proposals.map((p) => ({
        number: p.number,
        title: p.title,
        category: p.category,
        stage: STAGE_ZH[p.stage] ?? p.stage,
        units: p.assignments.map((a) => unitNames.get(a.unitId) ?? a.unitId).join('、'),
      })),
    },
  ];
}
