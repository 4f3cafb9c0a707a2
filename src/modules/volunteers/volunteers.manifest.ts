import { foldOf } from '../../shared/domain/aggregate-fold.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { volunteerProjectDecider } from './domain/volunteer-project.decide.js';
import { VOLUNTEER_PROJECT_EVENT_TYPES } from './domain/volunteer-project.events.js';
import { VolunteerProjects1732401710000 } from './migrations/1732401710000-volunteer-projects.js';
import { volunteerProjectsProjection } from './read-models/volunteer-projects/volunteer-projects.projection.js';
import { VolunteersModule } from './volunteers.module.js';

export const volunteersManifest: ModuleManifest = {
  name: 'volunteers',
  nestModule: VolunteersModule,
  projections: () => [volunteerProjectsProjection],
  entities: [],
  migrations: [VolunteerProjects1732401710000],
  upcasters: [],
  eventRenames: [],
  eventTypes: { 'volunteer project': VOLUNTEER_PROJECT_EVENT_TYPES },
  aggregates: { 'volunteer-project-': foldOf('volunteer project', volunteerProjectDecider) },
};
