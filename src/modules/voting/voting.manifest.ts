import { foldOf } from '../../shared/domain/aggregate-fold.js';
import { electionDecider } from './domain/election.decide.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { ELECTION_EVENT_TYPES } from './domain/election.events.js';
import { turnoutProjection } from './read-models/turnout/turnout.projection.js';
import { VotingModule } from './voting.module.js';

/** Its tables (the ballot box and turnout) come with the elections floor's migration. */
export const votingManifest: ModuleManifest = {
  name: 'voting',
  nestModule: VotingModule,
  projections: () => [turnoutProjection],
  entities: [],
  migrations: [],
  upcasters: [],
  eventRenames: [],
  eventTypes: { election: ELECTION_EVENT_TYPES },
  aggregates: { 'election-': foldOf('election', electionDecider) },
};
