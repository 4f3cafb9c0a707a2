import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONGRESS_EVENT_TYPES } from '../../src/modules/congress/domain/congress.events.js';
import { SITTING_EVENT_RENAMES, SITTING_EVENT_TYPES } from '../../src/modules/congress/domain/sitting.events.js';
import { CANDIDATE_LIST_EVENT_TYPES } from '../../src/modules/elections/domain/candidate-list.events.js';
import { ELECTION_RESULT_EVENT_TYPES } from '../../src/modules/elections/domain/election-result.events.js';
import { ELECTION_EVENT_TYPES } from '../../src/modules/elections/domain/election.events.js';
import { ORGANISATION_EVENT_TYPES } from '../../src/modules/organisations/domain/organisation.events.js';
import { STUDENT_ROLL_IMPORT_EVENT_TYPES } from '../../src/modules/students/domain/student-roll-import.events.js';
import { STUDENT_EVENT_TYPES } from '../../src/modules/students/domain/student.events.js';
import { EVENT_RENAMES } from '../../src/upcaster-list.js';

/**
 * An event type names one fact in the whole app: a projection that subscribes by type, the audit history and
 * the upcasters all rely on it. Each list is complete for its union (the compiler checks eventTypeList), so a
 * name shared by two streams' unions shows up here.
 */
const LISTS: Record<string, readonly string[]> = {
  sitting: SITTING_EVENT_TYPES,
  congress: CONGRESS_EVENT_TYPES,
  'candidate list': CANDIDATE_LIST_EVENT_TYPES,
  'election result': ELECTION_RESULT_EVENT_TYPES,
  election: ELECTION_EVENT_TYPES,
  organisation: ORGANISATION_EVENT_TYPES,
  student: STUDENT_EVENT_TYPES,
  'student roll import': STUDENT_ROLL_IMPORT_EVENT_TYPES,
};

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.events.ts')) yield path;
  }
}

describe('event type names', () => {
  it('are unique across every aggregate of the app', () => {
    const owners = new Map<string, string[]>();
    for (const [aggregate, types] of Object.entries(LISTS))
      for (const type of types) owners.set(type, [...(owners.get(type) ?? []), aggregate]);
    expect([...owners].filter(([, aggregates]) => aggregates.length > 1)).toEqual([]);
  });

  it('cover every events file of the modules (a new aggregate adds its list here)', () => {
    const root = join(import.meta.dirname, '..', '..', 'src', 'modules');
    const declared = [...sourceFiles(root)].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/DomainEvent<\s*'(\w+)'/g)].map((m) => m[1]!),
    );
    const listed = new Set(Object.values(LISTS).flat());
    expect(declared.filter((type) => !listed.has(type))).toEqual([]);
  });

  it('read a renamed stored event under a name no other aggregate uses', () => {
    expect(EVENT_RENAMES).toEqual(expect.arrayContaining([...SITTING_EVENT_RENAMES]));
    for (const rename of EVENT_RENAMES)
      expect(
        Object.values(LISTS)
          .flat()
          .filter((type) => type === rename.to),
      ).toHaveLength(1);
  });
});
