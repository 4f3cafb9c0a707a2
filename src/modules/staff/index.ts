/** What other modules and the composition root may use of the staff module. */
export { StaffModule } from './staff.module.js';
export { staffManifest } from './staff.manifest.js';
export { STAFF_REGISTER_EVENT_TYPES, type StaffRegisterEvent } from './domain/staff-register.events.js';
export { StaffRegisterFacts, type OfficeHolder } from './staff-register-facts.js';
export { StaffStepCommand, type StaffStep } from './staff.command-handlers.js';
export type { Post } from './domain/staff-register.events.js';
