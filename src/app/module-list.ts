import { approvalsManifest } from '../modules/approvals/index.js';
import { auditManifest } from '../modules/audit/index.js';
import { collegeAssessmentManifest } from '../modules/college-assessment/index.js';
import { congressManifest } from '../modules/congress/index.js';
import { electionsManifest } from '../modules/elections/index.js';
import { misconductManifest } from '../modules/misconduct/index.js';
import { motionsManifest } from '../modules/motions/index.js';
import { historyManifest } from '../modules/history/index.js';
import { nominationsManifest } from '../modules/nominations/index.js';
import { organisationsManifest } from '../modules/organisations/index.js';
import { proposalsManifest } from '../modules/proposals/index.js';
import { resultsManifest } from '../modules/results/index.js';
import { staffManifest } from '../modules/staff/index.js';
import { staffReviewManifest } from '../modules/staff-review/index.js';
import { reportsManifest } from '../modules/reports/index.js';
import { studentsManifest } from '../modules/students/index.js';
import { volunteersManifest } from '../modules/volunteers/index.js';
import { votingManifest } from '../modules/voting/index.js';
import type { ModuleManifest } from '../shared/modules/module-manifest.js';

/**
 * The app's modules, in the order their projections run. Each declares its Nest module, read models,
 * entities, migrations and upcasters in its own manifest; nothing else in the app lists them.
 */
export const MODULE_LIST: readonly ModuleManifest[] = [
  organisationsManifest,
  studentsManifest,
  congressManifest,
  electionsManifest,
  nominationsManifest,
  votingManifest,
  resultsManifest,
  proposalsManifest,
  motionsManifest,
  staffManifest,
  collegeAssessmentManifest,
  staffReviewManifest,
  approvalsManifest,
  volunteersManifest,
  misconductManifest,
  reportsManifest,
  historyManifest,
  auditManifest,
];
