import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { CANDIDATE_LIST_EVENT_TYPES } from './domain/candidate-list.events.js';
import { ELECTION_RESULT_EVENT_TYPES } from './domain/election-result.events.js';
import { ELECTION_EVENT_TYPES } from './domain/election.events.js';
import { ElectionsModule } from './elections.module.js';
import { Elections1732400500000 } from './migrations/1732400500000-elections.js';
import { electionsRecordProjection } from './read-models/elections-record.projection.js';

export const electionsManifest: ModuleManifest = {
  name: 'elections',
  nestModule: ElectionsModule,
  projections: () => [electionsRecordProjection],
  entities: [],
  migrations: [Elections1732400500000],
  upcasters: [],
  eventRenames: [],
  eventTypes: {
    'candidate list': CANDIDATE_LIST_EVENT_TYPES,
    election: ELECTION_EVENT_TYPES,
    'election result': ELECTION_RESULT_EVENT_TYPES,
  },
};
