/** What the composition root may use of the history module. */
export { HistoryModule } from './history.module.js';
export { historyManifest } from './history.manifest.js';
