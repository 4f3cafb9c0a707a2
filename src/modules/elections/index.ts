/** The election's common floor, for its three rooms (nominations, voting, results) and the composition root. */
export { ElectionsModule } from './elections.module.js';
export { electionsManifest } from './elections.manifest.js';
export { ElectionFacts, type StudentFacts } from './election-facts.js';
export { ELECTION_READERS, ROLL_READERS } from './election-readers.js';
export { type StreamRecord, readStreamRecord } from './stream-record.js';
export { NotTheActingBody } from './domain/acting-body.errors.js';
export type { Person } from './domain/person.js';
export { orderByStrokes } from './domain/surname-stroke-order.js';
export { ELECTION_ID, PersonResponse, ROUND_KINDS } from './election-http.js';
