/** What other modules and the composition root may use of the misconduct module (Art. 21). */
export { MisconductModule } from './misconduct.module.js';
export { misconductManifest } from './misconduct.manifest.js';
export { MisconductStepCommand, type MisconductStep } from './misconduct.command-handlers.js';
export {
  visibleCase,
  visibleCases,
  type CaseReader,
  type MisconductCaseView,
} from './read-models/misconduct-cases/misconduct-cases.queries.js';
export { MISCONDUCT_CASE_EVENT_TYPES, type MisconductCaseEvent } from './domain/misconduct-case.events.js';
