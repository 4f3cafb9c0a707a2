import pg from 'pg';
import { TolerantClient } from './tolerant-client.js';

// int8 columns (revisions, sequence numbers) arrive as strings and are turned into bigint by the adapters.
export function createPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000, Client: TolerantClient });
  // An idle client losing its connection (database restarted) must not crash the process; the pool
  // discards it and the next query opens a new connection.
  pool.on('error', () => undefined);
  return pool;
}
