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
          organisationId: d.organisationId, kind: d.kind, name: d.name, parentId: d.parentId, policy: d.policy,
          policyChanges: 0, registeredAt: new Date(d.registeredAt), updatedAt: new Date(d.registeredAt), lastRevision: revision,
        },
        ['organisationId'],
      );
      return;
    }
    const row = await rows.findOneBy({ organisationId: event.data.organisationId });
    if (!row || BigInt(row.lastRevision) >= recorded.revision) return;
    switch (event.type) {
      case 'PolicyChanged':
        Object.assign(row, { policy: event.data.policy, policyChanges: row.policyChanges + 1, updatedAt: new Date(event.data.changedAt) });
        break;
      case 'OrganisationRenamed':
        Object.assign(row, { name: event.data.name, updatedAt: new Date(event.data.renamedAt) });
        break;
    }
    row.lastRevision = revision;
    await rows.save(row);
  },
};
