/** What other modules and the composition root may use of the nominations room. */
export { NominationsModule } from './nominations.module.js';
export { nominationsManifest } from './nominations.manifest.js';
export { NominationFacts, type CandidateListFacts } from './nomination-facts.js';
export { CANDIDATE_LIST_EVENT_TYPES, type CandidateListEvent, REVIEW_BODIES } from './domain/candidate-list.events.js';
