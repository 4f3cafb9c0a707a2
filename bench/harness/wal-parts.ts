import type { BenchDatabase } from './types.js';

/**
 * What the WAL of a measurement was made of, in bytes by part: each relation of the measured database its block
 * data and records, its full-page images apart (the first change of a page after a checkpoint logs the whole
 * page), and the rest (commit records, records without a block, page headers and alignment) as one part. From
 * pg_walinspect (PostgreSQL 16+, a superuser or pg_read_server_files); null where it cannot be had. The WAL is the
 * cluster's: relations of other databases show as one part.
 */
export async function walParts(
  db: BenchDatabase,
  fromLsn: string,
  toLsn: string,
  totalBytes: number,
): Promise<Record<string, number> | null> {
  try {
    // each block its own data and image; a record's header and main data go to its first block
    const { rows } = await db.query<{ part: string; fpi: boolean; bytes: string }>(
      `WITH blocks AS (
         SELECT start_lsn, block_id, reldatabase, reltablespace, relfilenode, block_fpi_length,
                block_data_length + CASE WHEN block_id = min(block_id) OVER (PARTITION BY start_lsn)
                  THEN record_length - sum(block_data_length + block_fpi_length) OVER (PARTITION BY start_lsn)
                  ELSE 0 END AS data_length
           FROM pg_get_wal_block_info($1::pg_lsn, $2::pg_lsn, false)
       ), named AS (
         SELECT CASE WHEN reldatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
                  THEN coalesce(pg_filenode_relation(reltablespace, relfilenode)::regclass::text, 'a dropped relation')
                  ELSE 'other databases and shared catalogs' END AS part,
                block_fpi_length, data_length
           FROM blocks
       )
       SELECT part, false AS fpi, sum(data_length)::bigint AS bytes FROM named GROUP BY part
       UNION ALL
       SELECT part, true, sum(block_fpi_length)::bigint FROM named GROUP BY part HAVING sum(block_fpi_length) > 0`,
      [fromLsn, toLsn],
    );
    const parts: Record<string, number> = {};
    let attributed = 0;
    for (const r of rows) {
      const bytes = Number(r.bytes);
      parts[r.fpi ? `${r.part} (full-page images)` : r.part] = bytes;
      attributed += bytes;
    }
    parts['commits, records without a block, page headers'] = Math.max(0, totalBytes - attributed);
    return Object.fromEntries(Object.entries(parts).sort((a, b) => b[1] - a[1]));
  } catch {
    return null;
  }
}

/** Makes pg_walinspect's functions callable in the measured database; false where the server lacks it. */
export async function enableWalInspect(db: BenchDatabase): Promise<boolean> {
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_walinspect');
    return true;
  } catch {
    return false;
  }
}
