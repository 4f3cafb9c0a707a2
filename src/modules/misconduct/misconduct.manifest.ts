import { foldOf } from '../../shared/domain/aggregate-fold.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { misconductCaseDecider } from './domain/misconduct-case.decide.js';
import { MISCONDUCT_CASE_EVENT_TYPES } from './domain/misconduct-case.events.js';
import { MisconductModule } from './misconduct.module.js';
import { MisconductCases1732401720000 } from './migrations/1732401720000-misconduct-cases.js';
import { misconductCasesProjection } from './read-models/misconduct-cases/misconduct-cases.projection.js';

export const misconductManifest: ModuleManifest = {
  name: 'misconduct',
  nestModule: MisconductModule,
  projections: () => [misconductCasesProjection],
  entities: [],
  migrations: [MisconductCases1732401720000],
  upcasters: [],
  eventRenames: [],
  eventTypes: { 'misconduct case': MISCONDUCT_CASE_EVENT_TYPES },
  aggregates: { 'misconduct-': foldOf('misconduct case', misconductCaseDecider) },
};
