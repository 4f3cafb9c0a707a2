import { foldOf } from '../../shared/domain/aggregate-fold.js';
import { electionResultDecider } from './domain/election-result.decide.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { ELECTION_RESULT_EVENT_TYPES } from './domain/election-result.events.js';
import { approvalQueueProjection } from './read-models/approval-queue/approval-queue.projection.js';
import { electionRecordProjection } from './read-models/election-record/election-record.projection.js';
import { ResultsModule } from './results.module.js';

/** Its tables come with the elections floor's migration. */
export const resultsManifest: ModuleManifest = {
  name: 'results',
  nestModule: ResultsModule,
  projections: () => [electionRecordProjection, approvalQueueProjection],
  entities: [],
  migrations: [],
  upcasters: [],
  eventRenames: [],
  eventTypes: { 'election result': ELECTION_RESULT_EVENT_TYPES },
  aggregates: { 'result-': foldOf('election result', electionResultDecider) },
};
