import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import {
  type BatchStatement,
  type Projection,
  type ReadsOutsideTheBatch,
  runBatchStatement,
} from '../../../../shared/projections/projection.js';
import type { OrganisationEvent } from '../../domain/organisation.events.js';

export const ORGANISATION_DIRECTORY = 'organisations.directory';

export const organisationDirectoryProjection: Projection = {
  name: ORGANISATION_DIRECTORY,
  handles: ['OrganisationRegistered', 'PolicyChanged', 'OrganisationRenamed'],
  tables: ['organisation_directory'],

  // one fold serves all three: a single event is a batch of one
  apply: (event, manager) => applyDirectoryBatch([event], manager),
  applyBatch: (events, manager) => applyDirectoryBatch(events, manager),
  // read, then one statement with the checkpoint: the directory's rows change only with its checkpoint
  batchStatement: (events, db) => directoryBatch(events, db),
};

async function applyDirectoryBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  await runBatchStatement(manager, await directoryBatch(events, manager));
}

/**
 * A batch as one read and one statement (issue 15): the batch's organisations are read once, their events folded in
 * order in memory, each guarded by the stream revision so that a replay changes nothing (a registration overwrites
 * its row), and the rows changed written back set-based, whole rows and renames in the same statement. The policy (a few kB of JSON, stored compressed) is neither read nor
 * rewritten unless the batch sets it: rewriting it on every rename made the write-back most of a rebuild's time.
 */
async function directoryBatch(events: readonly RecordedEvent[], db: ReadsOutsideTheBatch): Promise<BatchStatement> {
  const ids = [...new Set(events.map((e) => (e.data as { organisationId: string }).organisationId))];
  const existing = (await db.query(
    `SELECT organisation_id, kind, name, parent_id, policy_changes, registered_at, updated_at,
              last_revision::text AS last_revision
         FROM organisation_directory WHERE organisation_id = ANY($1)`,
    [ids],
  )) as DirectoryRow[];
  const rows = new Map(existing.map((r) => [r.organisation_id, r]));
  const changed = new Set<string>();
  for (const recorded of events) {
    const event = { type: recorded.type, data: recorded.data } as OrganisationEvent;
    const revision = recorded.revision.toString();
    const id = event.data.organisationId;
    const row = rows.get(id);
    if (event.type === 'OrganisationRegistered') {
      const d = event.data;
      rows.set(id, {
        organisation_id: id,
        kind: d.kind,
        name: d.name,
        parent_id: d.parentId,
        policy: { value: d.policy },
        policy_changes: 0,
        registered_at: d.registeredAt,
        updated_at: d.registeredAt,
        last_revision: revision,
      });
    } else if (!row || BigInt(row.last_revision) >= recorded.revision) {
      continue;
    } else if (event.type === 'PolicyChanged') {
      const d = event.data;
      rows.set(id, {
        ...row,
        policy: { value: d.policy },
        policy_changes: row.policy_changes + 1,
        updated_at: d.changedAt,
        last_revision: revision,
      });
    } else if (event.type === 'OrganisationRenamed') {
      rows.set(id, { ...row, name: event.data.name, updated_at: event.data.renamedAt, last_revision: revision });
    } else continue;
    changed.add(id);
  }
  const written = [...changed].map((id) => rows.get(id)!);
  const whole = wholeRows(written.filter((r) => r.policy));
  return {
    ctes: [`whole AS (${whole.sql})`],
    final: RENAMES,
    params: [...whole.params, renames(written.filter((r) => !r.policy))],
  };
}

/**
 * Rows whose policy the batch set (a registration or a policy change): written whole, inserted or overwritten. Each
 * distinct policy is sent once and the rows name it by number: most organisations share the charter's defaults, and
 * parsing the same few kB of JSON into jsonb for every row was most of the statement's time.
 */
function wholeRows(rows: readonly DirectoryRow[]): { sql: string; params: unknown[] } {
  const policies = new Map<string, number>();
  const numbered = rows.map(({ policy, ...row }) => {
    if (policy!.value === null || policy!.value === undefined) return row;
    const json = JSON.stringify(policy!.value);
    if (!policies.has(json)) policies.set(json, policies.size + 1);
    return { ...row, policy_no: policies.get(json) };
  });
  return {
    sql: `INSERT INTO organisation_directory (organisation_id, kind, name, parent_id, policy, policy_changes,
              registered_at, updated_at, last_revision)
       SELECT x.organisation_id, x.kind, x.name, x.parent_id, p.policy, x.policy_changes, x.registered_at,
              x.updated_at, x.last_revision
         FROM jsonb_to_recordset($1::jsonb) AS x(organisation_id text, kind text, name text, parent_id text,
              policy_no int, policy_changes int, registered_at timestamptz, updated_at timestamptz, last_revision bigint)
         LEFT JOIN unnest($2::jsonb[]) WITH ORDINALITY AS p(policy, no) ON p.no = x.policy_no
       ON CONFLICT (organisation_id) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,
              parent_id = EXCLUDED.parent_id, policy = EXCLUDED.policy, policy_changes = EXCLUDED.policy_changes,
              registered_at = EXCLUDED.registered_at, updated_at = EXCLUDED.updated_at,
              last_revision = EXCLUDED.last_revision`,
    params: [JSON.stringify(numbered), [...policies.keys()]],
  };
}

/**
 * Rows the batch only renamed: they exist (an event before a registration is skipped), and only their name, time
 * and revision moved, so the stored policy stays as it is.
 */
const RENAMES = `UPDATE organisation_directory d SET name = x.name, updated_at = x.updated_at, last_revision = x.last_revision
  FROM jsonb_to_recordset($3::jsonb) AS x(organisation_id text, name text, updated_at timestamptz, last_revision bigint)
 WHERE d.organisation_id = x.organisation_id`;

/** The rows for RENAMES, as its one parameter. */
function renames(rows: readonly DirectoryRow[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      organisation_id: r.organisation_id,
      name: r.name,
      updated_at: r.updated_at,
      last_revision: r.last_revision,
    })),
  );
}

type DirectoryRow = {
  organisation_id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  /** set when the batch set the policy (null for an oversight body); absent when the stored one stands */
  policy?: { value: unknown };
  policy_changes: number;
  registered_at: string | Date;
  updated_at: string | Date;
  last_revision: string;
};
