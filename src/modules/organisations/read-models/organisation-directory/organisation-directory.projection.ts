import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../../../../shared/event-store/event-store.port.js';
import type { Projection } from '../../../../shared/projections/projection.js';
import type { OrganisationEvent } from '../../domain/organisation.events.js';
import { OrganisationDirectoryEntry } from './organisation-directory.entity.js';

export const ORGANISATION_DIRECTORY = 'organisations.directory';

export const organisationDirectoryProjection: Projection = {
  name: ORGANISATION_DIRECTORY,
  handles: ['OrganisationRegistered', 'PolicyChanged', 'OrganisationRenamed'],
  tables: ['organisation_directory'],

  async apply(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const rows = manager.getRepository(OrganisationDirectoryEntry);
    const event = { type: recorded.type, data: recorded.data } as OrganisationEvent;
    const revision = recorded.revision.toString();
    if (event.type === 'OrganisationRegistered') {
      const d = event.data;
      await rows.upsert(
        {
          organisationId: d.organisationId,
          kind: d.kind,
          name: d.name,
          parentId: d.parentId,
          policy: d.policy,
          policyChanges: 0,
          registeredAt: new Date(d.registeredAt),
          updatedAt: new Date(d.registeredAt),
          lastRevision: revision,
        },
        ['organisationId'],
      );
      return;
    }
    // One statement per event, guarded by the stream revision so that a replay changes nothing.
    const id = event.data.organisationId;
    switch (event.type) {
      case 'PolicyChanged':
        await manager.query(
          `UPDATE organisation_directory SET policy = $3, policy_changes = policy_changes + 1, updated_at = $4, last_revision = $2
            WHERE organisation_id = $1 AND last_revision < $2`,
          [id, revision, JSON.stringify(event.data.policy), event.data.changedAt],
        );
        return;
      case 'OrganisationRenamed':
        await manager.query(
          `UPDATE organisation_directory SET name = $3, updated_at = $4, last_revision = $2 WHERE organisation_id = $1 AND last_revision < $2`,
          [id, revision, event.data.name, event.data.renamedAt],
        );
        return;
    }
  },
};
