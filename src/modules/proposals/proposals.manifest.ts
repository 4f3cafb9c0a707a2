import { foldOf } from '../../shared/domain/aggregate-fold.js';
import { proposalBookDecider } from './domain/proposal-book.decide.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { PROPOSAL_BOOK_EVENT_TYPES } from './domain/proposal-book.events.js';
import { ProposalRegister1732400600000 } from './migrations/1732400600000-proposal-register.js';
import { ProposalsModule } from './proposals.module.js';
import { proposalRegisterProjection } from './read-models/proposal-register/proposal-register.projection.js';

export const proposalsManifest: ModuleManifest = {
  name: 'proposals',
  nestModule: ProposalsModule,
  projections: () => [proposalRegisterProjection],
  entities: [],
  migrations: [ProposalRegister1732400600000],
  upcasters: [],
  eventRenames: [],
  eventTypes: { 'proposal book': PROPOSAL_BOOK_EVENT_TYPES },
  aggregates: { 'proposals-': foldOf('proposal book', proposalBookDecider) },
};
