import { assertNever } from '../../../shared/domain/decider.js';
import type { MisconductCaseEvent, MisconductOutcome } from './misconduct-case.events.js';

export type CaseParties = Readonly<{
  caseId: string;
  organisationId: string;
  staffId: string;
  reporterId: string;
  conflicted: readonly string[];
}>;

/**
 * A misconduct case (Art. 21): under investigation (findings and the statement gathered), decided (open to one
 * appeal), under appeal, or closed.
 */
export type MisconductCase =
  | Readonly<{ status: 'None' }>
  | (CaseParties & Readonly<{ status: 'Investigating'; findings: string | null; statement: boolean }>)
  | (CaseParties & Readonly<{ status: 'Decided'; outcome: MisconductOutcome }>)
  | (CaseParties & Readonly<{ status: 'Appealed'; outcome: MisconductOutcome }>)
  | (CaseParties & Readonly<{ status: 'Closed'; outcome: MisconductOutcome; appealed: boolean }>);

export type ReportedCase = Exclude<MisconductCase, { status: 'None' }>;

export const initialMisconductCase = (): MisconductCase => ({ status: 'None' });

const partiesOf = (state: MisconductCase): CaseParties => {
  if (state.status === 'None') throw new Error('a misconduct event before its report');
  const { caseId, organisationId, staffId, reporterId, conflicted } = state;
  return { caseId, organisationId, staffId, reporterId, conflicted };
};

export function evolveMisconductCase(state: MisconductCase, event: MisconductCaseEvent): MisconductCase {
  switch (event.type) {
    case 'MisconductReported': {
      const { caseId, organisationId, staffId, reporterId, conflicted } = event.data;
      return {
        status: 'Investigating',
        caseId,
        organisationId,
        staffId,
        reporterId,
        conflicted,
        findings: null,
        statement: false,
      };
    }
    case 'MisconductFindingsRecorded':
      return state.status === 'Investigating' ? { ...state, findings: event.data.findings } : state;
    case 'MisconductStatementGiven':
      return state.status === 'Investigating' ? { ...state, statement: true } : state;
    case 'MisconductDecided': {
      const { outcome } = event.data;
      // a decision nobody can appeal against (no case) closes the case at once
      return outcome === 'no-case'
        ? { ...partiesOf(state), status: 'Closed', outcome, appealed: false }
        : { ...partiesOf(state), status: 'Decided', outcome };
    }
    case 'MisconductAppealed':
      return state.status === 'Decided' ? { ...partiesOf(state), status: 'Appealed', outcome: state.outcome } : state;
    case 'MisconductAppealDecided':
      return state.status === 'Appealed'
        ? { ...partiesOf(state), status: 'Closed', outcome: state.outcome, appealed: true }
        : state;
    default:
      return assertNever(event, 'misconduct case event');
  }
}
