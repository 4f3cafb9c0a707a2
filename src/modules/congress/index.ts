/** What other modules and the composition root may use of the congress module. */
export { CongressModule } from './congress.module.js';
export { congressManifest } from './congress.manifest.js';
export { congressOverviewProjection } from './read-models/congress-overview/congress-overview.projection.js';
export { delegateRosterProjection } from './read-models/delegate-roster/delegate-roster.projection.js';
export { attendanceProjection } from './read-models/attendance/attendance.projection.js';
export { SittingFacts, type SittingRoll } from './sitting-facts.js';
export { CongressFacts, type CongressFact } from './congress-facts.js';
export { requiredPresent } from './domain/quorum.js';
export type { Congress } from './domain/congress.state.js';
export type { Sitting } from './domain/sitting.state.js';
export { congressTitle, printedCongressName } from './congress-title.js';
