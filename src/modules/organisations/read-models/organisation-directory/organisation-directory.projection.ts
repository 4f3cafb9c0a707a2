import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import type { OrganisationEvent } from '../../domain/organisation.events.js';

export const ORGANISATION_DIRECTORY = 'organisations.directory';

export const organisationDirectoryProjection: Projection = {
  name: ORGANISATION_DIRECTORY,
  handles: ['OrganisationRegistered', 'PolicyChanged', 'OrganisationRenamed'],
  tables: ['organisation_directory'],

  // one fold serves both: a single event is a batch of one
  apply: (event, manager) => applyDirectoryBatch([event], manager),
  applyBatch: (events, manager) => applyDirectoryBatch(events, manager),
};

/**
 * A batch in two statements (issue 15): the batch's organisations are read once, their events folded in order in
 * memory, each guarded by the stream revision so that a replay changes nothing (a registration overwrites its row),
 * and every row changed written back in one upsert.
 */
async function applyDirectoryBatch(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const ids = [...new Set(events.map((e) => (e.data as { organisationId: string }).organisationId))];
  const existing: DirectoryRow[] = await manager.query(
    `SELECT organisation_id, kind, name, parent_id, policy, policy_changes, registered_at, updated_at,
              last_revision::text AS last_revision
         FROM organisation_directory WHERE organisation_id = ANY($1)`,
    [ids],
  );
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
        policy: d.policy,
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
        policy: d.policy,
        policy_changes: row.policy_changes + 1,
        updated_at: d.changedAt,
        last_revision: revision,
      });
    } else if (event.type === 'OrganisationRenamed') {
      rows.set(id, { ...row, name: event.data.name, updated_at: event.data.renamedAt, last_revision: revision });
    } else continue;
    changed.add(id);
  }
  if (changed.size === 0) return;
  await manager.query(
    `INSERT INTO organisation_directory (organisation_id, kind, name, parent_id, policy, policy_changes,
              registered_at, updated_at, last_revision)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(organisation_id text, kind text, name text, parent_id text,
              policy jsonb, policy_changes int, registered_at timestamptz, updated_at timestamptz, last_revision bigint)
       ON CONFLICT (organisation_id) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,
              parent_id = EXCLUDED.parent_id, policy = EXCLUDED.policy, policy_changes = EXCLUDED.policy_changes,
              registered_at = EXCLUDED.registered_at, updated_at = EXCLUDED.updated_at,
              last_revision = EXCLUDED.last_revision`,
    [JSON.stringify([...changed].map((id) => rows.get(id)))],
  );
}

type DirectoryRow = {
  organisation_id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  policy: unknown;
  policy_changes: number;
  registered_at: string | Date;
  updated_at: string | Date;
  last_revision: string;
};
