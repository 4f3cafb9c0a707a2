import { expect } from '@jest/globals';
import type { TestApp } from './test-app.js';

/**
 * Rebuilds the named projections from zero and checks their tables hold exactly what they held live, once they
 * have passed `position` again.
 */
export async function expectRebuildEqualsLive(
  t: TestApp,
  position: string,
  projections: string[],
  tables: string[],
): Promise<void> {
  const dump = async () =>
    Object.fromEntries(
      await Promise.all(
        tables.map(async (table) => [
          table,
          await t.runtime.dataSource.query(`SELECT * FROM ${table} ORDER BY 1, 2, 3`),
        ]),
      ),
    );
  await t.runtime.projections.waitFor(position, projections, 60_000);
  const live = await dump();
  await t.runtime.projections.rebuild(projections);
  await t.runtime.projections.waitFor(position, projections, 60_000);
  expect(await dump()).toEqual(live);
}
