/** What other modules and the composition root may use of the approvals module (Art. 12). */
export { ApprovalsModule } from './approvals.module.js';
export { approvalsManifest } from './approvals.manifest.js';
export { ApprovalFacts, type ActivityFact } from './approvals-facts.js';
export { MatterStepCommand, type MatterStep } from './approvals.command-handlers.js';
export {
  awaitingBody,
  findMatter,
  overdueMatters,
  unionMatters,
  type MatterView,
} from './read-models/matters/matters.queries.js';
export { MATTER_EVENT_TYPES, type MatterEvent } from './domain/matter.events.js';
