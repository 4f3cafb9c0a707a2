import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { ElectionsModule } from './elections.module.js';
import { Elections1732400500000 } from './migrations/1732400500000-elections.js';
import { OneProjectionPerReadModel1732400500001 } from './migrations/1732400500001-one-projection-per-read-model.js';

/** The floor writes no events and keeps no read model: it owns the tables' migrations, which ran under its name. */
export const electionsManifest: ModuleManifest = {
  name: 'elections',
  nestModule: ElectionsModule,
  projections: () => [],
  entities: [],
  migrations: [Elections1732400500000, OneProjectionPerReadModel1732400500001],
  upcasters: [],
  eventRenames: [],
  eventTypes: {},
  aggregates: {},
};
