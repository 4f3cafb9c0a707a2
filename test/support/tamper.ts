/** Runs SQL against es.events as an intruder with superuser rights could: append-only trigger off, then on again. */
export async function tamperWithEvents(
  db: { query: (sql: string, params?: unknown[]) => Promise<unknown> },
  statement: string,
  params: unknown[],
): Promise<void> {
  await db.query('ALTER TABLE es.events DISABLE TRIGGER events_immutable');
  try {
    await db.query(statement, params);
  } finally {
    await db.query('ALTER TABLE es.events ENABLE TRIGGER events_immutable');
  }
}
