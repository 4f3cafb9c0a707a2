// Connection-level failures of PostgreSQL (refused, reset, admin shutdown, cannot connect now, too many
// connections): the database is down, not the request wrong. Shared by the read models and the PostgreSQL store.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

export function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  // TypeORM releases a query runner whose connection failed (a transaction's, a dedicated one); the next query on
  // it says only that it was released
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'QueryRunnerAlreadyReleasedError' || name === 'QueryRunnerProviderAlreadyReleasedError') return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(
    message,
  );
}
