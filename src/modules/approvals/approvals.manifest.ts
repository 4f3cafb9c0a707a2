import { foldOf } from '../../shared/domain/aggregate-fold.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { ApprovalsModule } from './approvals.module.js';
import { matterDecider } from './domain/matter.decide.js';
import { MATTER_EVENT_TYPES } from './domain/matter.events.js';
import { Matters1732401700000 } from './migrations/1732401700000-matters.js';
import { mattersProjection } from './read-models/matters/matters.projection.js';

export const approvalsManifest: ModuleManifest = {
  name: 'approvals',
  nestModule: ApprovalsModule,
  projections: () => [mattersProjection],
  entities: [],
  migrations: [Matters1732401700000],
  upcasters: [],
  eventRenames: [],
  eventTypes: { matter: MATTER_EVENT_TYPES },
  aggregates: { 'matter-': foldOf('matter', matterDecider) },
};
