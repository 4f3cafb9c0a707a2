import type { Role } from '../../shared/auth/roles.js';

/** Who reads the election's record (supervisors and auditors read every route anyway). */
export const ELECTION_READERS: readonly Role[] = [
  'union-staff',
  'college-union-staff',
  'delegate',
  'party-committee',
  'student-affairs',
  'youth-league-committee',
  'college-league-org',
  'college-party-org',
  'federation',
  'scrutineer',
  'teller',
];

/** Who sees the roll of a round (who was issued and who returned a ballot): the secretariat and the officers of the count. */
export const ROLL_READERS: readonly Role[] = ['union-staff', 'scrutineer', 'teller'];
