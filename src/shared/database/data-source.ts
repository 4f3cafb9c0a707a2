import { DataSource } from 'typeorm';
import type { MixedList } from 'typeorm';

/** One TypeORM DataSource for read models and the project's own tables; migrations, never synchronize. */
export function createDataSource(
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  lists: { entities: MixedList<Function>; migrations: MixedList<Function> },
  poolSize = 10,
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: lists.entities,
    migrations: lists.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
  });
}
