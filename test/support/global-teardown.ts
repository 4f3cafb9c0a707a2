import pg from 'pg';

type Embedded = { stop: () => Promise<void> };

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __charterEmbedded?: Embedded }).__charterEmbedded;
  if (embedded) return embedded.stop();
  // On an external server, leave it as it was found.
  const client = new pg.Client({ connectionString: process.env.CHARTER_TEST_ADMIN_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${process.env.CHARTER_TEST_TEMPLATE} WITH (FORCE)`);
  await client.end();
}
