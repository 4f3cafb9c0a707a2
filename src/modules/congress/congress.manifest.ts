import { foldOf } from '../../shared/domain/aggregate-fold.js';
import { congressDecider } from './domain/congress.decide.js';
import { sittingDecider } from './domain/sitting.decide.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { CongressModule } from './congress.module.js';
import { CONGRESS_EVENT_TYPES } from './domain/congress.events.js';
import { SITTING_EVENT_RENAMES, SITTING_EVENT_TYPES } from './domain/sitting.events.js';
import { CongressReadModels1732400200000 } from './migrations/1732400200000-congress-read-models.js';
import { CongressAllocationBasis1732400200001 } from './migrations/1732400200001-allocation-basis.js';
import { AnnualCongress1732400800000 } from './migrations/1732400800000-annual-congress.js';
import { attendanceProjection } from './read-models/attendance/attendance.projection.js';
import { congressOverviewProjection } from './read-models/congress-overview/congress-overview.projection.js';
import { delegateRosterProjection } from './read-models/delegate-roster/delegate-roster.projection.js';

export const congressManifest: ModuleManifest = {
  name: 'congress',
  nestModule: CongressModule,
  projections: () => [congressOverviewProjection, delegateRosterProjection, attendanceProjection],
  entities: [],
  migrations: [CongressReadModels1732400200000, CongressAllocationBasis1732400200001, AnnualCongress1732400800000],
  upcasters: [],
  eventRenames: SITTING_EVENT_RENAMES,
  eventTypes: { congress: CONGRESS_EVENT_TYPES, sitting: SITTING_EVENT_TYPES },
  aggregates: { 'congress-': foldOf('congress', congressDecider), 'sitting-': foldOf('sitting', sittingDecider) },
};
