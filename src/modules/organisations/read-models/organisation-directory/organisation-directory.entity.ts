import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CharterPolicy } from '../../domain/charter-policy.js';

/** One row per organisation: what it is, where it sits, and its charter policy as it stands. */
@Entity({ name: 'organisation_directory' })
export class OrganisationDirectoryEntry {
  @PrimaryColumn({ name: 'organisation_id', type: 'text' })
  organisationId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'parent_id', type: 'text', nullable: true })
  parentId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  policy: CharterPolicy | null;

  @Column({ name: 'policy_changes', type: 'int', default: 0 })
  policyChanges: number;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** the stream revision last applied: replaying an event already seen changes nothing */
  @Column({ name: 'last_revision', type: 'bigint' })
  lastRevision: string;
}
