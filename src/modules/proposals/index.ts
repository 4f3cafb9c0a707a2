/** What other modules and the composition root may use of the proposals module. */
export { ProposalsModule } from './proposals.module.js';
export { proposalsManifest } from './proposals.manifest.js';
export { PROPOSAL_BOOK_EVENT_TYPES, type ProposalBookEvent } from './domain/proposal-book.events.js';
