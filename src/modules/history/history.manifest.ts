import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { HistoryModule } from './history.module.js';

/** History keeps no read model and writes no event: it reads the log as it is. */
export const historyManifest: ModuleManifest = {
  name: 'history',
  nestModule: HistoryModule,
  projections: () => [],
  entities: [],
  migrations: [],
  upcasters: [],
  eventRenames: [],
  eventTypes: {},
  aggregates: {},
};
