import type { MixedList } from 'typeorm';
import type { AggregateFold } from '../shared/domain/aggregate-fold.js';
import type { Projection } from '../shared/projections/projection.js';
import type { EventRename, Upcaster } from '../shared/event-store/upcasting.js';
import type { ManifestConfig } from '../shared/modules/module-manifest.js';
import { EventStore1732400000000 } from '../shared/database/migrations/1732400000000-event-store.js';
import { Platform1732400000001 } from '../shared/database/migrations/1732400000001-platform.js';
import { AuditLedger1732400000002 } from '../shared/database/migrations/1732400000002-audit-ledger.js';
import { IdempotencyClaims1732401300000 } from '../shared/database/migrations/1732401300000-idempotency-claims.js';
import { CheckpointGuard1732401400000 } from '../shared/database/migrations/1732401400000-checkpoint-guard.js';
import { MODULE_LIST } from './module-list.js';

/** What the composition root derives from the module list: TypeORM's lists (globs do not work under ESM), the read models, the upcasters. */

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ENTITIES: MixedList<Function> = MODULE_LIST.flatMap((m) => m.entities);

/** The platform's own migrations first, then every module's; TypeORM runs them in the order of their timestamps. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: MixedList<Function> = [
  EventStore1732400000000,
  Platform1732400000001,
  AuditLedger1732400000002,
  IdempotencyClaims1732401300000,
  CheckpointGuard1732401400000,
  ...MODULE_LIST.flatMap((m) => m.migrations),
];

/** Every read model the app keeps; the runner, rebuild and /health go through this list. */
export function projectionList(config: ManifestConfig): readonly Projection[] {
  return MODULE_LIST.flatMap((m) => m.projections(config));
}

/** Upcasters of every module: none while every stored event is at schema version 1 (never rewrite a stored event). */
export const UPCASTER_LIST: readonly Upcaster[] = MODULE_LIST.flatMap((m) => m.upcasters);

/** Event types read under a new name, so that no two modules share one (stored events keep the old name). */
export const EVENT_RENAMES: readonly EventRename[] = MODULE_LIST.flatMap((m) => m.eventRenames);

/** The fold of every stream the modules write, keyed by stream prefix: the history's state as of a moment. */
export const AGGREGATE_FOLD_LIST: Readonly<Record<string, AggregateFold>> = Object.assign(
  {},
  ...MODULE_LIST.map((m) => m.aggregates),
);
