/** What other modules and the composition root may use of the elections module. */
export { ElectionsModule } from './elections.module.js';
export { Elections1732400500000 } from './migrations/1732400500000-elections.js';
export { electionsRecordProjection } from './read-models/elections-record.projection.js';
