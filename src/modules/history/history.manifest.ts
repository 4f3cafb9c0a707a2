import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { HistoryModule } from './history.module.js';
import { AuditVerifications1732401200000 } from './migrations/1732401200000-audit-verifications.js';

/** History keeps no read model and writes no event: it reads the log as it is (and records auditors' verifications). */
export const historyManifest: ModuleManifest = {
  name: 'history',
  nestModule: HistoryModule,
  projections: () => [],
  entities: [],
  migrations: [AuditVerifications1732401200000],
  upcasters: [],
  eventRenames: [],
  eventTypes: {},
  aggregates: {},
};
