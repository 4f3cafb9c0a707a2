import type { Language } from '../../../shared/i18n/language.js';

/**
 * The charter numbers a union's policy holds (organisations module, charter-policy.ts), each with the article it
 * comes from and its name in both languages: what a supervisor reads in a policy change.
 */
export const CHARTER_NUMBERS: Readonly<Record<string, { article: string; zh: string; en: string }>> = {
  'staff.min': { article: 'Art. 16-17', zh: '学生会干部人数下限', en: 'minimum union staff' },
  'staff.max': { article: 'Art. 16-17', zh: '学生会干部人数上限', en: 'maximum union staff' },
  presidiumSeats: { article: 'Art. 14, 17', zh: '主席团席位', en: 'presidium seats' },
  departments: { article: 'Art. 16', zh: '工作部门数', en: 'departments' },
  quorum: { article: 'Art. 8', zh: '法定人数', en: 'quorum' },
  delegateShareMin: {
    article: '代表产生办法 (delegate notice)',
    zh: '代表占学生比例下限',
    en: 'minimum delegate share',
  },
  delegateMinPerCollege: {
    article: '代表产生办法 (delegate notice)',
    zh: '每学院最少代表名额',
    en: 'minimum seats per college',
  },
  seatAllocation: { article: '代表产生办法 (delegate notice)', zh: '名额分配方法', en: 'seat allocation method' },
  nonOfficerShareMin: {
    article: '代表产生办法 (delegate notice)',
    zh: '非学生会骨干代表比例下限',
    en: 'minimum share of delegates without a union post',
  },
  'staffEligibility.politicalStatuses': {
    article: 'Art. 18',
    zh: '干部政治面貌要求',
    en: 'political statuses of staff',
  },
  'staffEligibility.topPercentOfMajor': {
    article: 'Art. 18',
    zh: '干部专业排名前百分比',
    en: 'staff rank within the top percent of the major',
  },
  'staffEligibility.maxFailedCourses': {
    article: 'Art. 18',
    zh: '干部不及格门数上限',
    en: 'staff failed courses at most',
  },
  'proposals.minCoSigners': {
    article: 'Art. 9',
    zh: '联名提案附议人下限',
    en: 'minimum co-signers of a joint proposal',
  },
  'proposals.answerDueDays': { article: 'Art. 8 (5)', zh: '提案答复期限（天）', en: 'days to answer a proposal' },
  'proposals.reopenDueDays': { article: 'Art. 8 (5)', zh: '重新办理期限（天）', en: 'days for a reopened proposal' },
  'proposals.answerCategories': { article: 'Art. 8 (5)', zh: '答复类别', en: 'answer categories' },
  'motionRules.charter-amendment': { article: 'Art. 23', zh: '章程修正案表决规则', en: 'rule for charter amendments' },
  'motionRules.work-report': { article: 'Art. 8 (2)', zh: '工作报告表决规则', en: 'rule for the work report' },
  'motionRules.major-matter': { article: 'Art. 8 (6)', zh: '重大事项表决规则', en: 'rule for major matters' },
  'collegeAssessment.semesters': { article: 'Art. 17 (5)', zh: '学期起止日期', en: 'semesters' },
  'collegeAssessment.rectificationDays': {
    article: 'Art. 17 (5)',
    zh: '学院学生会整改期限（天）',
    en: 'days for a college union to rectify',
  },
  'staffReview.openingDays': {
    article: '评议办法第五条',
    zh: '述职评议开始于学期最后几天',
    en: 'review opens within the last days',
  },
  'staffReview.panel': { article: '评议办法第二条', zh: '述职评议会组成', en: 'review panel composition' },
  'staffReview.rubric': { article: '评议办法第七条至第十二条', zh: '评分细则', en: 'review rubric' },
  'staffReview.aggregation': { article: '评议办法', zh: '评分汇总方法', en: 'score aggregation' },
  'staffReview.weights': {
    article: '评议办法第六条、第十二条',
    zh: '日常考评与集中考评权重',
    en: 'weights of the two parts',
  },
  'staffReview.decimals': { article: '评议办法', zh: '结果保留小数位', en: 'decimals of a result' },
  'staffReview.rounding': { article: '评议办法', zh: '舍入规则', en: 'rounding rule' },
  'staffReview.passMark': { article: 'Art. 20', zh: '述职评议合格分数线', en: 'pass mark' },
  'staffReview.appealDays': { article: '评议办法', zh: '申请复核期限（天）', en: 'days to ask for a re-review' },
  'approvals.matterTypes': {
    article: 'Art. 12',
    zh: '事前审批事项类型及审批链',
    en: 'matter types and their approval chains',
  },
};

export const charterNumberName = (field: string, language: Language) => CHARTER_NUMBERS[field]?.[language] ?? field;
