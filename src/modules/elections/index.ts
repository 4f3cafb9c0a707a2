/** What other modules and the composition root may use of the elections module. */
export { ElectionsModule } from './elections.module.js';
export { electionsManifest } from './elections.manifest.js';
