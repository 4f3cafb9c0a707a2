import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { Person } from '../../elections/domain/person.js';

/** The completed election, as its own stream tells it (a fact the handler brings); null while it is not complete. */
export type CompletedElection = Readonly<{
  organisationId: string;
  congressId: string;
  seats: number;
  elected: readonly Person[];
}>;

export type AnnounceResult = DomainCommand<
  'AnnounceResult',
  {
    electionId: string;
    organisationId: string;
    sittingId: string | null;
    completed: CompletedElection | null;
    /** facts the handler brings: the candidate list's congress (null: no list) and the named sitting's (null: none) */
    congressId: string | null;
    sittingCongressId: string | null;
  }
>;
/** The registered kind of the acting body (null: not registered), a fact the handler brings from its stream. */
import type { ActingBodyFact } from '../../elections/domain/acting-body.js';
export type DecideResultApproval = DomainCommand<
  'DecideResultApproval',
  {
    electionId: string;
    partyCommitteeId: string;
    approved: boolean;
    reasons: readonly string[];
    reference: string;
  } & ActingBodyFact
>;
export type ResubmitResult = DomainCommand<
  'ResubmitResult',
  { electionId: string; organisationId: string; response: string }
>;
export type FileResult = DomainCommand<
  'FileResult',
  { electionId: string; federationId: string; reference: string; filedOn: string } & ActingBodyFact
>;

export type ElectionResultCommand = AnnounceResult | DecideResultApproval | ResubmitResult | FileResult;
