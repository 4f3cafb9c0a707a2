import { congressTitle } from '../../congress/index.js';
import type { ComplianceReport } from '../compliance/compliance.queries.js';
import type { ReviewDistribution } from '../read-models/review-results/review-results.queries.js';
import type { CollegeAssessmentsReport } from '../read-models/college-assessments/college-assessments.queries.js';
import type { CongressSeatsReport } from '../read-models/congress-seats/congress-seats.queries.js';
import type { ElectionReport } from '../read-models/election-progress/election-progress.queries.js';
import type { SittingReport } from '../read-models/sitting-attendance/sitting-attendance.queries.js';
import { beijingTime } from '../beijing-time.js';
import type { ReportTable } from '../../../shared/exports/report-file.js';

const STATUS_ZH: Record<string, string> = {
  open: '签到中',
  'in-business': '议程进行中',
  closed: '已闭会',
  'set-up': '已设立',
  voting: '投票中',
  completed: '选举完成',
  announced: '已公布',
  approved: '党委已批准',
  returned: '党委退回',
  filed: '已报备',
  closed_round: '已截止',
  void: '无效',
  counted: '已计票',
  elected: '已当选',
  tie: '票数相同',
  'seats-unfilled': '名额未满',
};
export const statusZh = (s: string) => STATUS_ZH[s] ?? s;

export function congressTables(r: CongressSeatsReport, sittings: readonly SittingReport[]): ReportTable[] {
  return [
    {
      title: `${congressTitle(r.organisationName, r)}代表名额`,
      columns: [
        { key: 'collegeName', header: '学院' },
        { key: 'students', header: '学生人数' },
        { key: 'minimum', header: '最少名额' },
        { key: 'quota', header: '分配名额' },
        { key: 'recommended', header: '推荐人数' },
        { key: 'seated', header: '已产生代表' },
        { key: 'qualified', header: '资格审查通过' },
        { key: 'vacant', header: '空缺' },
      ],
      rows: r.colleges,
    },
    {
      title: '代表构成',
      columns: [
        { key: 'item', header: '项目' },
        { key: 'value', header: '数值' },
        { key: 'required', header: '章程要求' },
        { key: 'met', header: '是否符合' },
      ],
      rows: [
        { item: '代表总数', value: r.seated, required: r.targetSeats, met: r.seated === r.targetSeats },
        { item: '学生会骨干代表', value: r.composition.officers, required: null, met: null },
        {
          item: '非学生会骨干代表比例（%）',
          value: r.composition.nonOfficerShare,
          required: `≥ ${r.composition.nonOfficerShareRequired}`,
          met: r.composition.met,
        },
        ...r.composition.grades.map((g) => ({
          item: `${g.grade}级代表`,
          value: g.delegates,
          required: null,
          met: null,
        })),
      ],
    },
    {
      title: '各次会议出席与法定人数',
      columns: [
        { key: 'title', header: '会议' },
        { key: 'status', header: '状态' },
        { key: 'rollSize', header: '应到代表' },
        { key: 'required', header: '法定人数' },
        { key: 'present', header: '实到代表' },
        { key: 'peakPresent', header: '最多同时出席' },
        { key: 'attendance', header: '出席率（%）' },
        { key: 'quorate', header: '是否达到法定人数' },
        { key: 'openedAt', header: '开始时间（北京时间）' },
        { key: 'closedAt', header: '闭会时间（北京时间）' },
      ],
      rows: sittings.map((s) => ({
        ...s,
        status: statusZh(s.status),
        quorate: s.quorate || s.businessOpenedAt !== null,
        openedAt: beijingTime(s.openedAt),
        closedAt: s.closedAt ? beijingTime(s.closedAt) : null,
      })),
    },
  ];
}

export function electionTables(r: ElectionReport): ReportTable[] {
  return [
    {
      title: `选举 ${r.electionId} 各轮投票`,
      columns: [
        { key: 'roundNumber', header: '轮次' },
        { key: 'rollSize', header: '应到代表' },
        { key: 'issued', header: '发出选票' },
        { key: 'returned', header: '收回选票' },
        { key: 'received', header: '投入票箱' },
        { key: 'valid', header: '有效票' },
        { key: 'invalid', header: '无效票' },
        { key: 'turnout', header: '投票率（%）' },
        { key: 'outcome', header: '结果' },
      ],
      rows: r.rounds.map((x) => ({ ...x, outcome: statusZh(x.outcome === 'closed' ? 'closed_round' : x.outcome) })),
    },
    {
      title: '得票',
      columns: [
        { key: 'roundNumber', header: '轮次' },
        { key: 'name', header: '姓名' },
        { key: 'votes', header: '赞成票' },
      ],
      rows: r.rounds.flatMap((x) =>
        x.standings.map((s) => ({ roundNumber: x.roundNumber, name: s.name, votes: s.votes })),
      ),
    },
    {
      title: '审批进度',
      columns: [
        { key: 'step', header: '步骤' },
        { key: 'at', header: '时间（北京时间）' },
        { key: 'days', header: '用时（天）' },
      ],
      rows: r.approvalChain.map((s) => ({ step: STEP_ZH[s.step], at: s.at ? beijingTime(s.at) : null, days: s.days })),
    },
  ];
}

export const STEP_ZH: Record<string, string> = {
  completed: '选举完成',
  announced: '公布结果',
  approved: '党委批准',
  filed: '报团委备案',
};

export function complianceTables(r: ComplianceReport): ReportTable[] {
  return [
    {
      title: `${r.organisationName}章程执行情况`,
      columns: [
        { key: 'zh', header: '事项' },
        { key: 'article', header: '依据' },
        { key: 'requirement', header: '要求' },
        { key: 'actual', header: '现状' },
        { key: 'met', header: '是否符合' },
      ],
      rows: r.items.map((i) => ({ ...i, met: i.met === null ? '暂无' : i.met })),
    },
  ];
}

const ASSESSMENT_ZH: Record<string, string> = {
  'awaiting-assessment': '待评议',
  passed: '评议通过',
  rectifying: '整改中',
  'rectification-overdue': '逾期未整改',
  'awaiting-reassessment': '整改已报，待再次评议',
};

export function collegeAssessmentTables(r: CollegeAssessmentsReport): ReportTable[] {
  return [
    {
      title: '学院学生会工作评议与整改',
      columns: [
        { key: 'organisationName', header: '学院学生会' },
        { key: 'semester', header: '学期' },
        { key: 'reportedOn', header: '汇报日期' },
        { key: 'reportLate', header: '是否逾期汇报' },
        { key: 'rounds', header: '评议次数' },
        { key: 'status', header: '状态' },
        { key: 'rectifyBy', header: '整改期限' },
        { key: 'rectificationsLate', header: '逾期整改报告次数' },
      ],
      rows: r.colleges.map((c) => ({ ...c, status: ASSESSMENT_ZH[c.status] ?? c.status })),
    },
  ];
}

export function reviewTables(distributions: readonly ReviewDistribution[]): ReportTable[] {
  return [
    {
      title: '学生会干部述职评议结果',
      columns: [
        { key: 'semester', header: '学期' },
        { key: 'passMark', header: '合格分数线' },
        { key: 'reviewees', header: '参评人数' },
        { key: 'passed', header: '合格' },
        { key: 'failed', header: '不合格' },
        { key: 'b0', header: '60分以下' },
        { key: 'b1', header: '60-69分' },
        { key: 'b2', header: '70-79分' },
        { key: 'b3', header: '80-89分' },
        { key: 'b4', header: '90分及以上' },
        { key: 'appeals', header: '申请复核' },
        { key: 'changedOnAppeal', header: '复核改变结果' },
        { key: 'kept', header: '留任整改' },
        { key: 'removed', header: '免职' },
      ],
      rows: distributions.map((d) => ({
        ...d,
        ...Object.fromEntries(d.bands.map((b, i) => [`b${i}`, b.reviewees])),
      })),
    },
  ];
}
