import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { AuditModule } from './audit.module.js';
import { AuditVerifications1732401200000 } from './migrations/1732401200000-audit-verifications.js';

/** The audit exports keep no read model of their own: the ledger projection is the platform's (src/shared/audit). */
export const auditManifest: ModuleManifest = {
  name: 'audit',
  nestModule: AuditModule,
  projections: () => [],
  entities: [],
  migrations: [AuditVerifications1732401200000],
  upcasters: [],
  eventRenames: [],
  eventTypes: {},
  aggregates: {},
};
