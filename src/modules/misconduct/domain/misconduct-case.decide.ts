import type { CommandMetadata, Decider } from '../../../shared/domain/decider.js';
import { assertNever } from '../../../shared/domain/decider.js';
import type { MisconductCaseCommand } from './misconduct-case.commands.js';
import {
  AppealNotAllowed,
  CaseAlreadyReported,
  CaseNotFound,
  FactsRequired,
  FindingsMissing,
  NotAnImpartialMember,
  NotStaffOfTheUnion,
  NotTheReportedPerson,
  ReferralInvalid,
  ReportInvalid,
  StepOutOfOrder,
} from './misconduct-case.errors.js';
import type { MisconductCaseEvent } from './misconduct-case.events.js';
import {
  evolveMisconductCase,
  initialMisconductCase,
  type MisconductCase,
  type ReportedCase,
} from './misconduct-case.state.js';

const ARTICLE = 'Art. 21';

function reported(state: MisconductCase, caseId: string): ReportedCase {
  if (state.status === 'None') throw new CaseNotFound(`No misconduct case ${caseId}`);
  return state;
}

function text(value: string, field: string, what: string): string {
  const given = value.trim();
  if (!given) throw new FactsRequired(`${what} (Art. 21)`, { field });
  return given;
}

function reasonsOf(reasons: readonly string[]): string[] {
  const given = reasons.map((r) => r.trim()).filter((r) => r.length > 0);
  if (given.length === 0) throw new FactsRequired('A decision states its reasons (Art. 21)', { field: 'reasons' });
  return given;
}

/** Art. 21: the committee acts on the case, but never a member the reporter named as conflicted, nor the reported. */
function byCommittee(c: ReportedCase, metadata: CommandMetadata): void {
  const id = metadata.actor.id;
  if (metadata.actor.role !== 'youth-league-committee' || c.conflicted.includes(id) || id === c.staffId)
    throw new NotAnImpartialMember(`${id} may not act on case ${c.caseId} (Art. 21)`, {
      details: { article: ARTICLE },
    });
}

function byReportedPerson(c: ReportedCase, metadata: CommandMetadata): void {
  if (metadata.actor.id !== c.staffId)
    throw new NotTheReportedPerson(`Only the reported person acts here on case ${c.caseId}`);
}

const outOfOrder = (c: ReportedCase, step: string) =>
  new StepOutOfOrder(`Case ${c.caseId} is ${c.status.toLowerCase()}: no ${step} now (Art. 21)`, {
    details: { article: ARTICLE, status: c.status },
  });

export function decideMisconductCase(
  command: MisconductCaseCommand,
  state: MisconductCase,
): MisconductCaseEvent | MisconductCaseEvent[] {
  const { metadata } = command;
  switch (command.type) {
    case 'ReportMisconduct': {
      const d = command.data;
      if (state.status !== 'None') throw new CaseAlreadyReported(`Case ${d.caseId} is already reported`);
      if (d.post === null)
        throw new NotStaffOfTheUnion(`${d.staffId} holds no post in ${d.organisationId} (Art. 21 concerns staff)`, {
          field: 'staffId',
        });
      const reporterId = metadata.actor.id;
      const conflicted = [...new Set(d.conflicted.map((c) => c.trim()).filter((c) => c.length > 0))];
      if (reporterId === d.staffId || conflicted.includes(d.staffId))
        throw new ReportInvalid('A report names another person, and the reported person is kept out anyway', {
          field: 'staffId',
        });
      return {
        type: 'MisconductReported',
        data: {
          caseId: d.caseId,
          organisationId: d.organisationId,
          staffId: d.staffId,
          post: d.post,
          facts: text(d.facts, 'facts', 'A report states the facts'),
          reporterId,
          conflicted,
          reportedAt: metadata.now,
        },
      };
    }
    case 'RecordFindings': {
      const c = reported(state, command.data.caseId);
      byCommittee(c, metadata);
      if (c.status !== 'Investigating') throw outOfOrder(c, 'findings');
      return {
        type: 'MisconductFindingsRecorded',
        data: {
          caseId: c.caseId,
          organisationId: c.organisationId,
          findings: text(command.data.findings, 'findings', 'Findings say what the investigation found'),
          recordedAt: metadata.now,
        },
      };
    }
    case 'GiveStatement': {
      const c = reported(state, command.data.caseId);
      byReportedPerson(c, metadata);
      if (c.status !== 'Investigating') throw outOfOrder(c, 'statement');
      return {
        type: 'MisconductStatementGiven',
        data: {
          caseId: c.caseId,
          organisationId: c.organisationId,
          staffId: c.staffId,
          statement: text(command.data.statement, 'statement', 'A statement says something'),
          givenAt: metadata.now,
        },
      };
    }
    case 'DecideMisconduct': {
      const c = reported(state, command.data.caseId);
      byCommittee(c, metadata);
      if (c.status !== 'Investigating') throw outOfOrder(c, 'decision');
      if (c.findings === null)
        throw new FindingsMissing(`Case ${c.caseId} has no findings yet: investigate first (Art. 21)`, {
          details: { article: ARTICLE },
        });
      const { outcome } = command.data;
      const referredTo = command.data.referredTo?.trim() || null;
      if ((outcome === 'referral') !== (referredTo !== null))
        throw new ReferralInvalid('A referral names the body it goes to; no other outcome does', {
          field: 'referredTo',
        });
      return {
        type: 'MisconductDecided',
        data: {
          caseId: c.caseId,
          organisationId: c.organisationId,
          staffId: c.staffId,
          outcome,
          reasons: reasonsOf(command.data.reasons),
          referredTo,
          decidedAt: metadata.now,
        },
      };
    }
    case 'AppealMisconduct': {
      const c = reported(state, command.data.caseId);
      byReportedPerson(c, metadata);
      if (c.status !== 'Decided')
        throw new AppealNotAllowed(
          `Case ${c.caseId} is ${c.status.toLowerCase()}: the reported person appeals a decision once (Art. 21)`,
          { details: { article: ARTICLE } },
        );
      return {
        type: 'MisconductAppealed',
        data: {
          caseId: c.caseId,
          organisationId: c.organisationId,
          staffId: c.staffId,
          grounds: text(command.data.grounds, 'grounds', 'An appeal states its grounds'),
          appealedAt: metadata.now,
        },
      };
    }
    case 'DecideAppeal': {
      const c = reported(state, command.data.caseId);
      byCommittee(c, metadata);
      if (c.status !== 'Appealed') throw outOfOrder(c, 'appeal decision');
      return {
        type: 'MisconductAppealDecided',
        data: {
          caseId: c.caseId,
          organisationId: c.organisationId,
          upheld: command.data.upheld,
          reasons: reasonsOf(command.data.reasons),
          decidedAt: metadata.now,
        },
      };
    }
    default:
      return assertNever(command, 'misconduct case command');
  }
}

export const misconductCaseDecider: Decider<MisconductCase, MisconductCaseCommand, MisconductCaseEvent> = {
  decide: decideMisconductCase,
  evolve: evolveMisconductCase,
  initialState: initialMisconductCase,
};

export const misconductCaseStream = (caseId: string) => `misconduct-${caseId}`;
