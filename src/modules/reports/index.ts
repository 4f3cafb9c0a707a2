/** What the composition root may use of the reports module. */
export { ReportsModule } from './reports.module.js';
export { reportsManifest } from './reports.manifest.js';
