/** What the composition root may use of the history module. */
export { HistoryModule } from './history.module.js';
export { historyManifest } from './history.manifest.js';
/** What the audit bundle reuses: the log read a batch at a time under a filter, and the reader's scope. */
export { type LogFilter, scanLog } from './log-search.js';
export { ReaderScope } from './history-request.js';
export { type HistoryScope, organisationFilter } from './history-scope.js';
export { ORGANISATION_RULE, POSITION_PATTERN, POSITION_RULE } from './history.requests.js';
