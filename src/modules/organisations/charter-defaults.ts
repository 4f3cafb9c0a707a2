import { readFileSync } from 'node:fs';
import { policyViolations, type CharterPolicy } from './domain/charter-policy.js';
import type { OrganisationKind } from './domain/organisation-kind.js';

/** The seed charter's numbers per kind of union, read once from config/charter-policy.json. */
export type CharterDefaults = Readonly<Partial<Record<OrganisationKind, CharterPolicy>>>;

export const CHARTER_DEFAULTS = Symbol('CHARTER_DEFAULTS');

export function loadCharterDefaults(path: string): CharterDefaults {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const defaults: Partial<Record<OrganisationKind, CharterPolicy>> = {};
  for (const kind of ['school-union', 'college-union'] as const) {
    const policy = raw[kind] as CharterPolicy | undefined;
    if (!policy) throw new Error(`${path}: no policy for ${kind}`);
    const violations = policyViolations(policy);
    if (violations.length > 0)
      throw new Error(`${path}: ${kind}.${violations[0]!.field} must be ${violations[0]!.rule}`);
    defaults[kind] = policy;
  }
  return defaults;
}
