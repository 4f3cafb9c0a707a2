/**
 * architecture.md "Personal data": the students module seals a student's name and number with the student's own
 * key (crypto-shredding). History never opens a sealed value: it shows that one is there, and, once the student
 * is erased, that it is erased. Names other modules keep in the clear (a candidate's name and résumé) are shown
 * as the other routes show them, except that an erased student's read as erased too.
 */
export const SEALED = '[sealed]';
export const ERASED = '[erased]';

/** The students module's format tag of a sealed value (personal-data/sealing.ts): ciphertext follows it. */
const SEALED_FORMAT = 'pii1:';
/** Clear-text personal fields of an object naming a student (a candidate, a person on a ballot). */
const CLEAR_PERSONAL_FIELDS = ['name', 'resume'];

export type PersonalDataMark = 'sealed' | 'erased' | null;

/** The student ids an event's data names: `studentId` and `personId` at any depth. */
export function studentIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) studentIdsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'studentId' || key === 'personId') && typeof inner === 'string') found.add(inner);
      else studentIdsIn(inner, found);
    }
  }
  return found;
}

/**
 * The data with every sealed value replaced by SEALED (ERASED when the event's own student is erased), and the
 * clear personal fields of erased students by ERASED; with the mark of what was done.
 */
export function sealPersonalData(
  data: Readonly<Record<string, unknown>>,
  erased: ReadonlySet<string>,
): { data: Record<string, unknown>; personalData: PersonalDataMark } {
  const ownStudent = typeof data.studentId === 'string' ? data.studentId : undefined;
  const ownErased = ownStudent !== undefined && erased.has(ownStudent);
  let mark: PersonalDataMark = ownErased ? 'erased' : null;
  const walk = (value: unknown, studentErased: boolean): unknown => {
    if (typeof value === 'string' && value.startsWith(SEALED_FORMAT)) {
      mark = ownErased || studentErased ? 'erased' : (mark ?? 'sealed');
      return ownErased || studentErased ? ERASED : SEALED;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, studentErased));
    if (!value || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    const id = record.studentId ?? record.personId;
    const isErased = studentErased || (typeof id === 'string' && erased.has(id));
    return Object.fromEntries(
      Object.entries(record).map(([key, inner]) => {
        if (isErased && CLEAR_PERSONAL_FIELDS.includes(key) && typeof inner === 'string') {
          mark = 'erased';
          return [key, ERASED];
        }
        return [key, walk(inner, isErased)];
      }),
    );
  };
  const sealed = walk(data, ownErased) as Record<string, unknown>;
  return { data: sealed, personalData: mark };
}
