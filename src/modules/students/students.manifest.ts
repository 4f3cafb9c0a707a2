import { foldOf } from '../../shared/domain/aggregate-fold.js';
import { studentDecider } from './domain/student.decide.js';
import { rollImportDecider } from './domain/student-roll-import.decide.js';
import type { ModuleManifest } from '../../shared/modules/module-manifest.js';
import { STUDENT_ROLL_IMPORT_EVENT_TYPES } from './domain/student-roll-import.events.js';
import { STUDENT_EVENT_TYPES } from './domain/student.events.js';
import { StudentRegistry1732400400000 } from './migrations/1732400400000-student-registry.js';
import { personalDataKeysOf } from './personal-data/master-key.js';
import { StudentRosterEntry } from './read-models/student-roster/student-roster.entity.js';
import { createStudentRosterProjection } from './read-models/student-roster/student-roster.projection.js';
import { StudentsModule } from './students.module.js';

export const studentsManifest: ModuleManifest = {
  name: 'students',
  nestModule: StudentsModule,
  // The roster opens names with the keys of PII_MASTER_KEY, as the configuration gives it.
  projections: (config) => [createStudentRosterProjection(() => personalDataKeysOf(config.keys))],
  entities: [StudentRosterEntry],
  migrations: [StudentRegistry1732400400000],
  upcasters: [],
  eventRenames: [],
  eventTypes: { student: STUDENT_EVENT_TYPES, 'student roll import': STUDENT_ROLL_IMPORT_EVENT_TYPES },
  aggregates: {
    'student-': foldOf('student', studentDecider),
    'student-import-': foldOf('student roll import', rollImportDecider),
  },
};
