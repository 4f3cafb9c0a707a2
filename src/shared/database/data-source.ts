import pg from 'pg';
import { DataSource } from 'typeorm';
import { TolerantClient } from './tolerant-client.js';
import type { MixedList } from 'typeorm';

const DATE_OID = 1082;

/**
 * A `date` column is a calendar date (a due date, a term's first day): read as its 'YYYY-MM-DD' text. pg's default
 * turns it into a local-midnight Date, which on a server set to Beijing time reads as the day before in UTC.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID && format !== 'binary'
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

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
    // TolerantClient: a FATAL from a killed PostgreSQL on a handed-out, idle connection must not end the process
    extra: { max: poolSize, connectionTimeoutMillis: 5000, types, Client: TolerantClient },
  });
}
