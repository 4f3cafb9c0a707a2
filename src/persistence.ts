import type { MixedList } from 'typeorm';
import { EventStore1732400000000 } from './shared/database/migrations/1732400000000-event-store.js';

/**
 * Every TypeORM entity and migration, listed explicitly (globs do not work under ESM). The composition
 * root owns this list so that shared/ never imports a module.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: MixedList<Function> = [];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: MixedList<Function> = [EventStore1732400000000];
