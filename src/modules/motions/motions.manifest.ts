import { foldOf } from '../../shared/domain/aggregate-fold.js';
import { motionDecider } from './domain/motion.decide.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { MOTION_EVENT_TYPES } from './domain/motion.events.js';
import { MotionRecord1732400700000 } from './migrations/1732400700000-motion-record.js';
import { MotionsModule } from './motions.module.js';
import { motionRecordProjection } from './read-models/motion-record/motion-record.projection.js';

export const motionsManifest: ModuleManifest = {
  name: 'motions',
  nestModule: MotionsModule,
  projections: () => [motionRecordProjection],
  entities: [],
  migrations: [MotionRecord1732400700000],
  upcasters: [],
  eventRenames: [],
  eventTypes: { motion: MOTION_EVENT_TYPES },
  aggregates: { 'motion-': foldOf('motion', motionDecider) },
};
