/** What other modules and the composition root may use of the results room. */
export { ResultsModule } from './results.module.js';
export { resultsManifest } from './results.manifest.js';
export { ResultFacts, type ApprovedResult } from './result-facts.js';
