import type { MixedList } from 'typeorm';
import { CongressAllocationBasis1732400200001, CongressReadModels1732400200000 } from './modules/congress/index.js';
import { Elections1732400500000 } from './modules/elections/index.js';
import { OrganisationDirectory1732400100000, OrganisationDirectoryEntry } from './modules/organisations/index.js';
import { StudentRegistry1732400400000, StudentRosterEntry } from './modules/students/index.js';
import { EventStore1732400000000 } from './shared/database/migrations/1732400000000-event-store.js';
import { Platform1732400000001 } from './shared/database/migrations/1732400000001-platform.js';
import { AuditLedger1732400000002 } from './shared/database/migrations/1732400000002-audit-ledger.js';

/**
 * Every TypeORM entity and migration, listed explicitly (globs do not work under ESM). The composition
 * root owns this list so that shared/ never imports a module.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: MixedList<Function> = [OrganisationDirectoryEntry, StudentRosterEntry];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: MixedList<Function> = [
  EventStore1732400000000,
  Platform1732400000001,
  AuditLedger1732400000002,
  OrganisationDirectory1732400100000,
  CongressReadModels1732400200000,
  CongressAllocationBasis1732400200001,
  StudentRegistry1732400400000,
  Elections1732400500000,
];
