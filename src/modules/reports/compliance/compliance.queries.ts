import type { DataSource } from 'typeorm';
import { percentage } from '../../../shared/domain/policy-value.js';
import { congressSeatsReport } from '../read-models/congress-seats/congress-seats.queries.js';
import { congressSittings } from '../read-models/sitting-attendance/sitting-attendance.queries.js';
import { staffPostsSummary } from '../read-models/staff-posts/staff-posts.queries.js';
import { collegeAssessmentsReport } from '../read-models/college-assessments/college-assessments.queries.js';
import { beijingDate } from '../../../shared/domain/beijing-date.js';

export type ComplianceItem = {
  key: string;
  article: string;
  zh: string;
  en: string;
  /** what the charter asks, as a number */
  requirement: string;
  /** where the union stands now */
  actual: string;
  /** null where there is nothing to judge yet (no sitting, no election) */
  met: boolean | null;
};

export type ComplianceReport = {
  organisationId: string;
  organisationName: string;
  congressId: string | null;
  checkedAt: string;
  items: ComplianceItem[];
};

type Ratio = { numerator: number; denominator: number };

/**
 * Checking in towards the quorum is not yet a failure (nothing to judge until it is reached); in business the quorum
 * must hold now; a closed sitting met it if it opened business, which only a quorum can.
 */
function quorumMet(
  last: { status: string; quorate: boolean; businessOpenedAt: string | null } | undefined,
): boolean | null {
  if (!last) return null;
  if (last.status === 'open') return last.quorate ? true : null;
  if (last.status === 'in-business') return last.quorate;
  return last.businessOpenedAt !== null;
}

/** The year in Beijing (UTC+8, no daylight saving): Art. 8's "每年" is the union's calendar year. */
const beijingYear = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();

/**
 * Every charter number the reports can judge, and whether the union meets it now: read from its latest congress's
 * report rows and the policy the organisation directory holds. Nothing here is stored: it is a view over the
 * reporting read models, so it is as fresh as they are.
 */
export async function complianceReport(
  db: DataSource,
  organisationId: string,
  now: Date,
): Promise<ComplianceReport | undefined> {
  const [org] = await db.query(`SELECT name, policy FROM organisation_directory WHERE organisation_id = $1`, [
    organisationId,
  ]);
  if (!org) return undefined;
  const [latest] = await db.query(
    `SELECT congress_id FROM report_congress WHERE organisation_id = $1 ORDER BY year DESC, number DESC LIMIT 1`,
    [organisationId],
  );
  const [ordinary] = await db.query(
    `SELECT max(year)::int AS year FROM report_congress WHERE organisation_id = $1 AND NOT extraordinary`,
    [organisationId],
  );
  const year = beijingYear(now);
  const items: ComplianceItem[] = [
    {
      key: 'annualCongress',
      article: 'Art. 8',
      zh: '学生代表大会每年召开一次',
      en: 'a Student Congress every year',
      requirement: String(year),
      actual: ordinary?.year ? String(ordinary.year) : '—',
      met: ordinary?.year === year,
    },
  ];
  const policy = (org.policy ?? {}) as {
    delegateShareMin?: Ratio;
    staff?: { min: number; max: number };
    presidiumSeats?: number;
    departments?: number;
  };
  const staff = await staffPostsSummary(db, organisationId);
  if (policy.staff)
    items.push({
      key: 'staff',
      article: 'Art. 16-17',
      zh: '学生会干部人数',
      en: 'union staff',
      requirement: `${policy.staff.min}–${policy.staff.max}`,
      actual: String(staff.staff),
      met: staff.staff === 0 ? null : staff.staff >= policy.staff.min && staff.staff <= policy.staff.max,
    });
  if (policy.presidiumSeats !== undefined)
    items.push({
      key: 'presidiumSeats',
      article: 'Art. 14, 17',
      zh: '主席团席位',
      en: 'presidium seats',
      requirement: String(policy.presidiumSeats),
      actual: String(staff.presidium),
      met: staff.presidium === 0 ? null : staff.presidium === policy.presidiumSeats,
    });
  if (policy.departments !== undefined)
    items.push({
      key: 'departments',
      article: 'Art. 16',
      zh: '工作部门数',
      en: 'departments',
      requirement: `≤ ${policy.departments}`,
      actual: String(staff.departments.length),
      met: staff.departments.length === 0 ? null : staff.departments.length <= policy.departments,
    });
  const assessments = await collegeAssessmentsReport(db, organisationId, beijingDate(now.toISOString()));
  if (assessments.colleges.length > 0)
    items.push({
      key: 'rectificationsOverdue',
      article: 'Art. 17 (5)',
      zh: '学院学生会逾期未整改',
      en: 'college unions overdue with their rectification',
      requirement: '0',
      actual: String(assessments.byStatus['rectification-overdue']),
      met: assessments.byStatus['rectification-overdue'] === 0,
    });
  const report = latest ? await congressSeatsReport(db, latest.congress_id) : undefined;
  if (report) {
    const share = policy.delegateShareMin;
    if (share)
      items.push({
        key: 'delegateShareMin',
        article: '代表产生办法 (delegate notice)',
        zh: '代表占学生比例下限',
        en: 'minimum delegate share',
        requirement: `≥ ${percentage(share.numerator, share.denominator)}%`,
        actual: `${percentage(report.seated, report.totalStudents)}% (${report.seated}/${report.totalStudents})`,
        met: report.seated * share.denominator >= report.totalStudents * share.numerator,
      });
    const short = report.colleges.filter((c) => c.seated < c.minimum);
    items.push({
      key: 'delegateMinPerCollege',
      article: '代表产生办法 (delegate notice)',
      zh: '每学院最少代表名额',
      en: 'minimum seats per college',
      requirement: `≥ ${Math.min(...report.colleges.map((c) => c.minimum), Infinity)}`,
      actual:
        short.length === 0
          ? `${report.colleges.length}/${report.colleges.length}`
          : short.map((c) => c.collegeName).join('、'),
      met: short.length === 0,
    });
    const vacant = report.colleges.reduce((sum, c) => sum + c.vacant, 0);
    items.push({
      key: 'seatsFilled',
      article: '代表产生办法 (delegate notice)',
      zh: '各学院代表名额全部产生',
      en: 'every college’s seats filled',
      requirement: String(report.targetSeats),
      actual: String(report.seated),
      met: vacant === 0,
    });
    items.push({
      key: 'nonOfficerShareMin',
      article: '代表产生办法 (delegate notice)',
      zh: '非学生会骨干代表比例下限',
      en: 'minimum share of delegates without a union post',
      requirement: `≥ ${report.composition.nonOfficerShareRequired}%`,
      actual: `${report.composition.nonOfficerShare}% (${report.composition.nonOfficers}/${report.seated})`,
      met: report.composition.met,
    });
    const sittings = await congressSittings(db, report.congressId);
    const last = sittings.at(-1);
    items.push({
      key: 'quorum',
      article: 'Art. 8',
      zh: '法定人数',
      en: 'quorum',
      requirement: last ? `≥ ${last.required}` : `${report.quorum.numerator}/${report.quorum.denominator}`,
      actual: last ? `${last.status === 'closed' ? last.peakPresent : last.present}/${last.rollSize}` : '—',
      met: quorumMet(last),
    });
    const [elections] = await db.query(
      `SELECT count(*) FILTER (WHERE completed_at IS NOT NULL)::int AS completed,
              count(*) FILTER (WHERE filed_at IS NOT NULL)::int AS filed
         FROM report_election WHERE congress_id = $1`,
      [report.congressId],
    );
    items.push({
      key: 'resultsFiled',
      article: 'Art. 14, 17',
      zh: '选举结果经党委批准并报备',
      en: 'election results approved and filed',
      requirement: String(elections.completed),
      actual: String(elections.filed),
      met: elections.completed === 0 ? null : elections.filed === elections.completed,
    });
  }
  return {
    organisationId,
    organisationName: org.name,
    congressId: latest?.congress_id ?? null,
    checkedAt: now.toISOString(),
    items,
  };
}
