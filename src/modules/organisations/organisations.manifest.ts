import { foldOf } from '../../shared/domain/aggregate-fold.js';
import { organisationDecider } from './domain/organisation.decide.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { ORGANISATION_EVENT_TYPES } from './domain/organisation.events.js';
import { OrganisationDirectory1732400100000 } from './migrations/1732400100000-organisation-directory.js';
import { OrganisationsModule } from './organisations.module.js';
import { OrganisationDirectoryEntry } from './read-models/organisation-directory/organisation-directory.entity.js';
import { organisationDirectoryProjection } from './read-models/organisation-directory/organisation-directory.projection.js';

export const organisationsManifest: ModuleManifest = {
  name: 'organisations',
  nestModule: OrganisationsModule,
  projections: () => [organisationDirectoryProjection],
  entities: [OrganisationDirectoryEntry],
  migrations: [OrganisationDirectory1732400100000],
  upcasters: [],
  eventRenames: [],
  eventTypes: { organisation: ORGANISATION_EVENT_TYPES },
  aggregates: { 'organisation-': foldOf('organisation', organisationDecider) },
};
