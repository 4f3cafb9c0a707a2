import { describe, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { MisconductCaseCommand } from './misconduct-case.commands.js';
import { misconductCaseDecider } from './misconduct-case.decide.js';
import {
  AppealNotAllowed,
  FindingsMissing,
  NotAnImpartialMember,
  NotStaffOfTheUnion,
  NotTheReportedPerson,
  ReportInvalid,
} from './misconduct-case.errors.js';
import type { MisconductCaseEvent } from './misconduct-case.events.js';

const given = givenDecider(misconductCaseDecider);
const now = '2026-11-02T02:00:00.000Z';
const as = (id: string, role: string) => ({ now, actor: { id, role, organisationId: 'school' } });
const committee = (id = 'league-1') => as(id, 'youth-league-committee');
const base = { caseId: 'c-1', organisationId: 'school' };
const report = (post: string | null = 'office/head', conflicted = ['league-2']): MisconductCaseCommand => ({
  type: 'ReportMisconduct',
  data: { ...base, staffId: 's-9', post, facts: '多次擅自使用活动经费', conflicted },
  metadata: as('s-1', 'member'),
});
const reported: MisconductCaseEvent = {
  type: 'MisconductReported',
  data: {
    ...base,
    staffId: 's-9',
    post: 'office/head',
    facts: '多次擅自使用活动经费',
    reporterId: 's-1',
    conflicted: ['league-2'],
    reportedAt: now,
  },
};
const findings: MisconductCaseEvent = {
  type: 'MisconductFindingsRecorded',
  data: { ...base, findings: '经核实，三次未经审批动用经费', recordedAt: now },
};
const decide = (outcome: 'no-case' | 'removal', by = committee()): MisconductCaseCommand => ({
  type: 'DecideMisconduct',
  data: { caseId: 'c-1', outcome, reasons: ['违反经费管理规定'], referredTo: null },
  metadata: by,
});
const decided: MisconductCaseEvent = {
  type: 'MisconductDecided',
  data: {
    ...base,
    staffId: 's-9',
    outcome: 'removal',
    reasons: ['违反经费管理规定'],
    referredTo: null,
    decidedAt: now,
  },
};
const appeal = (by = 's-9'): MisconductCaseCommand => ({
  type: 'AppealMisconduct',
  data: { caseId: 'c-1', grounds: '经费用于活动，有票据' },
  metadata: as(by, 'member'),
});
const appealed: MisconductCaseEvent = {
  type: 'MisconductAppealed',
  data: { ...base, staffId: 's-9', grounds: '经费用于活动，有票据', appealedAt: now },
};

describe('A misconduct case (Art. 21)', () => {
  it('is reported by a member about a staff member, with the officers named as conflicted', () => {
    given().when(report()).then(reported);
    given().when(report(null)).thenRejects(NotStaffOfTheUnion);
    given()
      .when(report('office/head', ['s-9']))
      .thenRejects(ReportInvalid);
  });

  it('is investigated and decided by the committee, never by a member named as conflicted or the reported person', () => {
    given(reported)
      .when({ type: 'RecordFindings', data: { caseId: 'c-1', findings: 'x' }, metadata: committee('league-2') })
      .thenRejects(NotAnImpartialMember, /Art\. 21/);
    given(reported)
      .when({ type: 'RecordFindings', data: { caseId: 'c-1', findings: 'x' }, metadata: as('s-1', 'member') })
      .thenRejects(NotAnImpartialMember);
    given(reported)
      .when({
        type: 'RecordFindings',
        data: { caseId: 'c-1', findings: '经核实，三次未经审批动用经费' },
        metadata: committee(),
      })
      .then(findings);
    given(reported).when(decide('removal')).thenRejects(FindingsMissing);
    given(reported, findings)
      .when(decide('removal', committee('league-2')))
      .thenRejects(NotAnImpartialMember);
    given(reported, findings).when(decide('removal')).then(decided);
  });

  it('hears the reported person’s statement, and only theirs', () => {
    const statement = (by: string): MisconductCaseCommand => ({
      type: 'GiveStatement',
      data: { caseId: 'c-1', statement: '经费用于购买活动物资' },
      metadata: as(by, 'member'),
    });
    given(reported).when(statement('s-1')).thenRejects(NotTheReportedPerson);
    given(reported)
      .when(statement('s-9'))
      .then({
        type: 'MisconductStatementGiven',
        data: { ...base, staffId: 's-9', statement: '经费用于购买活动物资', givenAt: now },
      });
  });

  it('takes one appeal from the reported person, against a decision that is not “no case”', () => {
    given(reported, findings, decided).when(appeal('s-1')).thenRejects(NotTheReportedPerson);
    given(reported, findings, decided).when(appeal()).then(appealed);
    given(reported, findings, decided, appealed).when(appeal()).thenRejects(AppealNotAllowed);
    const noCase: MisconductCaseEvent = { ...decided, data: { ...decided.data, outcome: 'no-case' } } as never;
    given(reported, findings, noCase).when(appeal()).thenRejects(AppealNotAllowed);
    given(reported, findings, decided, appealed)
      .when({
        type: 'DecideAppeal',
        data: { caseId: 'c-1', upheld: true, reasons: ['票据不能证明经批准'] },
        metadata: committee(),
      })
      .then({
        type: 'MisconductAppealDecided',
        data: { ...base, upheld: true, reasons: ['票据不能证明经批准'], decidedAt: now },
      });
  });
});
