/** What other modules and the composition root may use of the motions module. */
export { MotionsModule } from './motions.module.js';
export { motionsManifest } from './motions.manifest.js';
export { MOTION_EVENT_TYPES, type MotionEvent } from './domain/motion.events.js';
