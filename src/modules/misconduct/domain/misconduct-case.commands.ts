import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { MisconductOutcome } from './misconduct-case.events.js';

/** The post the reported student holds in the union's staff register (staff facts); null when they hold none. */
export type PostFact = string | null;

export type ReportMisconduct = DomainCommand<
  'ReportMisconduct',
  {
    caseId: string;
    organisationId: string;
    staffId: string;
    post: PostFact;
    facts: string;
    conflicted: readonly string[];
  }
>;
export type RecordFindings = DomainCommand<'RecordFindings', { caseId: string; findings: string }>;
/** The reported person is the actor. */
export type GiveStatement = DomainCommand<'GiveStatement', { caseId: string; statement: string }>;
export type DecideMisconduct = DomainCommand<
  'DecideMisconduct',
  { caseId: string; outcome: MisconductOutcome; reasons: readonly string[]; referredTo: string | null }
>;
export type AppealMisconduct = DomainCommand<'AppealMisconduct', { caseId: string; grounds: string }>;
export type DecideAppeal = DomainCommand<
  'DecideAppeal',
  { caseId: string; upheld: boolean; reasons: readonly string[] }
>;

export type MisconductCaseCommand =
  ReportMisconduct | RecordFindings | GiveStatement | DecideMisconduct | AppealMisconduct | DecideAppeal;
