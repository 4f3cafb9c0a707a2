/** What other modules and the composition root may use of the voting room. */
export { VotingModule } from './voting.module.js';
export { votingManifest } from './voting.manifest.js';
export { VotingFacts, type ElectionOutcome } from './voting-facts.js';
export { ELECTION_EVENT_TYPES, type ElectionEvent } from './domain/election.events.js';
export { ElectionNotSetUp } from './domain/election.errors.js';
