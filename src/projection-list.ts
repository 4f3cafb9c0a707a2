import {
  attendanceProjection,
  congressOverviewProjection,
  delegateRosterProjection,
} from './modules/congress/index.js';
import { electionsRecordProjection } from './modules/elections/index.js';
import { organisationDirectoryProjection } from './modules/organisations/index.js';
import { studentRosterProjection } from './modules/students/index.js';
import type { Projection } from './shared/projections/projection.js';

/** Every read model the app keeps; the runner, rebuild and /health go through this list. */
export const PROJECTION_LIST: readonly Projection[] = [
  organisationDirectoryProjection,
  studentRosterProjection,
  congressOverviewProjection,
  delegateRosterProjection,
  attendanceProjection,
  electionsRecordProjection,
];
