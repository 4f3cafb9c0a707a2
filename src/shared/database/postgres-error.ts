/**
 * The SQLSTATE and DETAIL of a PostgreSQL error, whether node-postgres threw it or TypeORM wrapped it (its
 * QueryFailedError keeps the driver's error as `driverError`). Both fields are undefined for any other error.
 */
export function postgresError(error: unknown): { code?: string; detail?: string } {
  const e = error as { code?: unknown; detail?: unknown; driverError?: { code?: unknown; detail?: unknown } };
  const { code, detail } = e?.driverError ?? e ?? {};
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof detail === 'string' ? { detail } : {}),
  };
}
