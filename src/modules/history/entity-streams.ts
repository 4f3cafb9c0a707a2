/**
 * The streams of each entity a supervisor asks about. Modules keep their stream names to themselves
 * (architecture.md "How a module learns another's facts"); history reads them as the log spells them, and
 * entity-streams.spec.ts checks them against the names the modules' deciders define (read as text, not imported).
 */
export const ENTITY_STREAMS = {
  organisations: (id: string) => [`organisation-${id}`],
  students: (id: string) => [`student-${id}`],
  congresses: (id: string) => [`congress-${id}`],
  sittings: (id: string) => [`sitting-${id}`],
  /** an election's candidate list, the election itself (its rounds and ballot box) and its result chain */
  elections: (id: string) => [`candidates-${id}`, `election-${id}`, `result-${id}`],
  /** a congress's proposal book: window, committee, every proposal and its handling (keyed by the congress) */
  'proposal-books': (congressId: string) => [`proposals-${congressId}`],
  motions: (id: string) => [`motion-${id}`],
  /** a union's staff register: departments, appointments and removals, the seated presidium, the chair's rotation */
  'staff-registers': (organisationId: string) => [`staff-${organisationId}`],
  /** a college union's semester reports, the school union's assessments and its rectifications (Art. 17 (5)) */
  'college-assessments': (collegeId: string) => [`college-assessment-${collegeId}`],
  /** a union's review of one semester (by `<union id>.<semester>`): panel, recusals, sheets, results, re-reviews */
  'staff-reviews': (periodId: string) => [`staff-review-${periodId}`],
  /** a matter submitted for prior approval: its chain, every step's decision, escalations (Art. 12) */
  matters: (matterId: string) => [`matter-${matterId}`],
  /** a volunteer project of an approved activity: recruitment, hours, its close (Art. 13) */
  'volunteer-projects': (projectId: string) => [`volunteer-project-${projectId}`],
  /** a misconduct case (Art. 21): confidential, shown to supervisors, auditors and admin only */
  'misconduct-cases': (caseId: string) => [`misconduct-${caseId}`],
} as const;

export type HistoryEntity = keyof typeof ENTITY_STREAMS;

/** The streams history reads to name organisations and to follow their policy, and the roll imports. */
export const ORGANISATION_STREAM_PREFIX = 'organisation-';
export const ROLL_IMPORT_STREAM_PREFIX = 'student-import-';
export const studentStreamOf = (studentId: string) => `student-${studentId}`;

/**
 * Streams whose contents are confidential (Art. 21 misconduct cases): history shows them only to readers whose scope
 * admits them (supervisors, auditors, admin); to everyone else they do not exist, in a stream's page, a search or a
 * correlation.
 */
export const CONFIDENTIAL_STREAM_PREFIXES = ['misconduct-'] as const;
export const isConfidentialStream = (stream: string) => CONFIDENTIAL_STREAM_PREFIXES.some((p) => stream.startsWith(p));
