import type { DomainCommand } from '../../../shared/domain/decider.js';
import type { Ratio } from '../../../shared/domain/policy-value.js';

export type OpenSitting = DomainCommand<
  'OpenSitting',
  {
    sittingId: string;
    congressId: string;
    organisationId: string;
    title: string;
    /** qualified delegates of the congress, from its state when the sitting opens */
    roll: readonly string[];
    quorum: Ratio;
  }
>;
/** `organisationId` on each: the union acting, which must be the one whose congress sits. */
export type CheckInDelegate = DomainCommand<
  'CheckInDelegate',
  { sittingId: string; organisationId: string; delegateId: string }
>;
export type CheckOutDelegate = DomainCommand<
  'CheckOutDelegate',
  { sittingId: string; organisationId: string; delegateId: string }
>;
export type OpenBusiness = DomainCommand<'OpenBusiness', { sittingId: string; organisationId: string }>;
export type CloseSitting = DomainCommand<'CloseSitting', { sittingId: string; organisationId: string }>;

export type SittingCommand = OpenSitting | CheckInDelegate | CheckOutDelegate | OpenBusiness | CloseSitting;
