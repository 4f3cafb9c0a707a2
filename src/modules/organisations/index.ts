/** What other modules and the composition root may use of the organisations module. */
export { OrganisationsModule } from './organisations.module.js';
export { OrganisationFacts, type RegisteredOrganisation } from './organisation-facts.js';
export { organisationsManifest } from './organisations.manifest.js';
export { organisationDirectoryProjection } from './read-models/organisation-directory/organisation-directory.projection.js';
export { CHARTER_DEFAULTS, loadCharterDefaults, type CharterDefaults } from './charter-defaults.js';
export {
  listOrganisations,
  findOrganisation,
  type OrganisationView,
} from './read-models/organisation-directory/organisation-directory.queries.js';
export type { Organisation } from './domain/organisation.state.js';
export type {
  ApprovalsPolicy,
  ApprovalStepRule,
  ApprovingBody,
  MatterTypePolicy,
  CharterPolicy,
  CollegeAssessmentPolicy,
  MotionRule,
  PolicyChanges,
  ProposalPolicy,
  SemesterRule,
} from './domain/charter-policy.js';
export { policyViolations, withChanges } from './domain/charter-policy.js';
export { ChangePolicyCommand } from './organisation.command-handlers.js';
export type { OrganisationEvent } from './domain/organisation.events.js';
export { ID_PATTERN, PolicyChangesDto } from './organisations.requests.js';
