import type { DomainEvent } from '../../../shared/domain/decider.js';
import { eventTypeList } from '../../../shared/domain/event-type-list.js';

export const MISCONDUCT_OUTCOMES = ['no-case', 'warning', 'removal', 'referral'] as const;
/** Art. 21: 不予处理, a warning, removal from post (through the staff register), or referral to another body. */
export type MisconductOutcome = (typeof MISCONDUCT_OUTCOMES)[number];

/**
 * Art. 21: a member of the union reported a staff member's misconduct with the facts. The case goes to the Youth
 * League committee; `conflicted` names the officers the reporter asks to be kept out of it. Confidential: read only
 * by the committee, the parties and supervisors (docs/approvals.md).
 */
export type MisconductReported = DomainEvent<
  'MisconductReported',
  {
    caseId: string;
    organisationId: string;
    staffId: string;
    post: string;
    facts: string;
    reporterId: string;
    conflicted: string[];
    reportedAt: string;
  }
>;

/** The committee recorded what its investigation found. */
export type MisconductFindingsRecorded = DomainEvent<
  'MisconductFindingsRecorded',
  { caseId: string; organisationId: string; findings: string; recordedAt: string }
>;

/** The reported person gave their statement (陈述申辩). */
export type MisconductStatementGiven = DomainEvent<
  'MisconductStatementGiven',
  { caseId: string; organisationId: string; staffId: string; statement: string; givenAt: string }
>;

/** The committee decided, with reasons; a removal is then carried out by the staff register (StaffRemoved). */
export type MisconductDecided = DomainEvent<
  'MisconductDecided',
  {
    caseId: string;
    organisationId: string;
    staffId: string;
    outcome: MisconductOutcome;
    reasons: string[];
    referredTo: string | null;
    decidedAt: string;
  }
>;

/** The reported person appealed the decision (once). */
export type MisconductAppealed = DomainEvent<
  'MisconductAppealed',
  { caseId: string; organisationId: string; staffId: string; grounds: string; appealedAt: string }
>;

/** The committee re-examined the decision on appeal: upheld, or overturned. The case is closed. */
export type MisconductAppealDecided = DomainEvent<
  'MisconductAppealDecided',
  { caseId: string; organisationId: string; upheld: boolean; reasons: string[]; decidedAt: string }
>;

export type MisconductCaseEvent =
  | MisconductReported
  | MisconductFindingsRecorded
  | MisconductStatementGiven
  | MisconductDecided
  | MisconductAppealed
  | MisconductAppealDecided;

export const MISCONDUCT_CASE_EVENT_TYPES = eventTypeList<MisconductCaseEvent['type']>({
  MisconductReported: true,
  MisconductFindingsRecorded: true,
  MisconductStatementGiven: true,
  MisconductDecided: true,
  MisconductAppealed: true,
  MisconductAppealDecided: true,
});
