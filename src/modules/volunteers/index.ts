/** What other modules and the composition root may use of the volunteers module (Art. 13). */
export { VolunteersModule } from './volunteers.module.js';
export { volunteersManifest } from './volunteers.manifest.js';
export { VolunteerStepCommand, type VolunteerStep } from './volunteers.command-handlers.js';
export {
  findVolunteerProject,
  hoursCertificates,
  unionVolunteerProjects,
  type HoursCertificate,
  type VolunteerProjectView,
} from './read-models/volunteer-projects/volunteer-projects.queries.js';
export { VOLUNTEER_PROJECT_EVENT_TYPES, type VolunteerProjectEvent } from './domain/volunteer-project.events.js';
