/** The bodies of the charter (Art. 1, 10, 16-17) and the oversight bodies that act in its workflows. */
export const ORGANISATION_KINDS = [
  'school-union',
  'college-union',
  'department',
  'party-committee',
  'student-affairs',
  'youth-league-committee',
  'college-league-org',
  'college-party-org',
  'class-league-branch',
  'federation',
  /** a school office (学校职能部门: 教务处, 后勤保障处, ...) that handles proposals assigned to it (Art. 8 (5)) */
  'school-office',
] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Which kind of body each kind sits under; undefined means it stands at the top. */
export const PARENT_KIND: Readonly<Record<OrganisationKind, OrganisationKind | undefined>> = {
  'school-union': undefined,
  'college-union': 'school-union',
  department: 'school-union',
  'party-committee': undefined,
  'student-affairs': undefined,
  'youth-league-committee': undefined,
  'college-league-org': 'college-union',
  'college-party-org': 'college-union',
  'class-league-branch': 'college-league-org',
  federation: undefined,
  'school-office': undefined,
};

/** Kinds that are unions and so carry a charter policy of their own. */
export const UNION_KINDS: readonly OrganisationKind[] = ['school-union', 'college-union'];
