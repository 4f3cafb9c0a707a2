import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { misconductCasesProjection } from './misconduct-cases.projection.js';
import { visibleCase, visibleCases } from './misconduct-cases.queries.js';

const db = projectionDatabase();
const given = givenProjection(misconductCasesProjection, db).given;
const at = '2026-11-02T02:00:00.000Z';
const event = (caseId: string, type: string, data: object) => ({
  type,
  stream: `misconduct-${caseId}`,
  data: { caseId, organisationId: 'school', ...data },
});
const reported = (caseId: string, staffId: string, reporterId: string) =>
  event(caseId, 'MisconductReported', {
    staffId,
    post: 'office/head',
    facts: '擅自动用经费',
    reporterId,
    conflicted: ['league-2'],
    reportedAt: at,
  });
const history = [
  reported('c-1', 's-9', 's-1'),
  reported('c-2', 's-8', 's-3'),
  event('c-1', 'MisconductFindingsRecorded', { findings: '属实', recordedAt: at }),
  event('c-1', 'MisconductDecided', {
    staffId: 's-9',
    outcome: 'removal',
    reasons: ['违反经费管理规定'],
    referredTo: null,
    decidedAt: at,
  }),
  event('c-1', 'MisconductAppealed', { staffId: 's-9', grounds: '有票据', appealedAt: at }),
  event('c-1', 'MisconductAppealDecided', { upheld: true, reasons: ['维持'], decidedAt: at }),
];
const ids = async (dataSource: never, id: string, role: string) =>
  (await visibleCases(dataSource, { id, role })).map((c) => c.caseId);

describe('the misconduct cases read model (Art. 21)', () => {
  it('follows a case from report to its appeal decision', () =>
    given(...history).thenQuery(
      async (dataSource) => {
        const c = (await visibleCase(dataSource, 'c-1', { id: 'sup', role: 'supervisor' }))!;
        return [c.status, c.outcome, c.findings, c.appeal?.upheld, c.reporterId];
      },
      ['closed', 'removal', '属实', true, 's-1'],
    ));

  it('shows a case only to the committee (less the conflicted), its parties and oversight; lists leak nothing', () =>
    given(...history).thenQuery(
      async (dataSource) => ({
        committee: await ids(dataSource as never, 'league-1', 'youth-league-committee'),
        conflicted: await ids(dataSource as never, 'league-2', 'youth-league-committee'),
        supervisor: await ids(dataSource as never, 'sup', 'supervisor'),
        reporter: await ids(dataSource as never, 's-1', 'member'),
        reported: await ids(dataSource as never, 's-9', 'member'),
        bystander: await ids(dataSource as never, 's-5', 'member'),
        staff: await ids(dataSource as never, 'school-staff', 'union-staff'),
        lookup: await visibleCase(dataSource, 'c-1', { id: 's-5', role: 'member' }),
        shielded: await visibleCase(dataSource, 'c-1', { id: 's-9', role: 'member' }).then((c) => [
          c?.reporterId,
          c?.conflicted,
        ]),
      }),
      {
        committee: ['c-1', 'c-2'],
        conflicted: [],
        supervisor: ['c-1', 'c-2'],
        reporter: ['c-1'],
        reported: ['c-1'],
        bystander: [],
        staff: [],
        lookup: null,
        shielded: [null, []],
      },
    ));
});
