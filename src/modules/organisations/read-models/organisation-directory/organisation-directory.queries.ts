import type { DataSource } from 'typeorm';
import { OrganisationDirectoryEntry } from './organisation-directory.entity.js';

export type OrganisationView = Readonly<{
  organisationId: string;
  kind: string;
  name: string;
  parentId: string | null;
  policy: OrganisationDirectoryEntry['policy'];
  policyChanges: number;
  registeredAt: string;
  updatedAt: string;
}>;

function toView(row: OrganisationDirectoryEntry): OrganisationView {
  return {
    organisationId: row.organisationId,
    kind: row.kind,
    name: row.name,
    parentId: row.parentId,
    policy: row.policy,
    policyChanges: row.policyChanges,
    registeredAt: row.registeredAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listOrganisations(
  db: DataSource,
  filter: { kind?: string; parentId?: string },
): Promise<OrganisationView[]> {
  const rows = await db.getRepository(OrganisationDirectoryEntry).find({
    where: { ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.parentId ? { parentId: filter.parentId } : {}) },
    order: { organisationId: 'ASC' },
  });
  return rows.map(toView);
}

export async function findOrganisation(db: DataSource, organisationId: string): Promise<OrganisationView | undefined> {
  const row = await db.getRepository(OrganisationDirectoryEntry).findOneBy({ organisationId });
  return row ? toView(row) : undefined;
}
