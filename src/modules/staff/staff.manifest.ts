import { foldOf } from '../../shared/domain/aggregate-fold.js';
import { staffRegisterDecider } from './domain/staff-register.decide.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { STAFF_REGISTER_EVENT_TYPES } from './domain/staff-register.events.js';
import { StaffRegister1732400900000 } from './migrations/1732400900000-staff-register.js';
import { CollegePresidiumFilings1732400900001 } from './migrations/1732400900001-college-presidium-filings.js';
import { staffRegisterProjection } from './read-models/staff-register/staff-register.projection.js';
import { StaffModule } from './staff.module.js';

export const staffManifest: ModuleManifest = {
  name: 'staff',
  nestModule: StaffModule,
  projections: () => [staffRegisterProjection],
  entities: [],
  migrations: [StaffRegister1732400900000, CollegePresidiumFilings1732400900001],
  upcasters: [],
  eventRenames: [],
  eventTypes: { 'staff register': STAFF_REGISTER_EVENT_TYPES },
  aggregates: { 'staff-': foldOf('staff register', staffRegisterDecider) },
};
