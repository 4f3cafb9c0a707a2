import { foldOf } from '../../shared/domain/aggregate-fold.js';
import { candidateListDecider } from './domain/candidate-list.decide.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { CANDIDATE_LIST_EVENT_TYPES } from './domain/candidate-list.events.js';
import { NominationsModule } from './nominations.module.js';
import { candidatesProjection } from './read-models/candidates/candidates.projection.js';

/** Its tables come with the elections floor's migration, which created every election table under its name. */
export const nominationsManifest: ModuleManifest = {
  name: 'nominations',
  nestModule: NominationsModule,
  projections: () => [candidatesProjection],
  entities: [],
  migrations: [],
  upcasters: [],
  eventRenames: [],
  eventTypes: { 'candidate list': CANDIDATE_LIST_EVENT_TYPES },
  aggregates: { 'candidates-': foldOf('candidate list', candidateListDecider) },
};
