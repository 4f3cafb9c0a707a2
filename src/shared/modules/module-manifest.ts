import type { Type } from '@nestjs/common';
import type { AggregateFold } from '../domain/aggregate-fold.js';
import type { AppConfig } from '../config/app-config.js';
import type { EventRename, Upcaster } from '../event-store/upcasting.js';
import type { Projection } from '../projections/projection.js';

/**
 * Everything the composition root needs of one module, declared in one place beside the module (its
 * `<name>.manifest.ts`, exported from its index.ts). `src/app/module-list.ts` lists the manifests; the runtime,
 * the persistence lists, the projection runner and the tests derive what they need from that list.
 */
export type ModuleManifest = Readonly<{
  /** the module's folder name: the prefix of its projections' names */
  name: string;
  /** the Nest module with its controllers and command handlers */
  nestModule: Type<unknown>;
  /** its read models, built from the settings (a projection that decrypts needs the keys) */
  projections: (config: ManifestConfig) => readonly Projection[];
  /** TypeORM entities of its read models (queries that use the repository API) */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: readonly Function[];
  /** its migrations, in the order they were written; a migration's name never changes once released */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: readonly Function[];
  /** upcasters from older schema versions of its events (empty while every stored event is at version 1) */
  upcasters: readonly Upcaster[];
  /** stored event type names read under a new name, so that no two modules share one */
  eventRenames: readonly EventRename[];
  /** every event type the module writes, per aggregate: the unique-names test and the history read it */
  eventTypes: Readonly<Record<string, readonly string[]>>;
  /** the fold of every stream it writes, keyed by the stream name's prefix: history shows state as of a moment */
  aggregates: Readonly<Record<string, AggregateFold>>;
}>;

/** What of the configuration a manifest may read when it builds its projections. */
export type ManifestConfig = Pick<AppConfig, 'keys'>;
