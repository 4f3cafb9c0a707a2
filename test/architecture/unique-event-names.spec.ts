import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MODULE_LIST } from '../../src/app/module-list.js';
import { EVENT_RENAMES } from '../../src/app/persistence.js';

/**
 * An event type names one fact in the whole app: a projection that subscribes by type, the audit history and
 * the upcasters all rely on it. Each module's manifest lists its aggregates' types (the compiler checks each
 * list is complete for its union, eventTypeList), so a name shared by two streams' unions shows up here.
 */
const LISTS: Record<string, readonly string[]> = Object.fromEntries(
  MODULE_LIST.flatMap((m) =>
    Object.entries(m.eventTypes).map(([aggregate, types]) => [`${m.name}: ${aggregate}`, types]),
  ),
);

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

  it('cover every events file of the modules (a new aggregate adds its list to its manifest)', () => {
    const root = join(import.meta.dirname, '..', '..', 'src', 'modules');
    const declared = [...sourceFiles(root)].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/DomainEvent<\s*'(\w+)'/g)].map((m) => m[1]!),
    );
    const listed = new Set(Object.values(LISTS).flat());
    expect(declared.filter((type) => !listed.has(type))).toEqual([]);
  });

  it('read a renamed stored event under a name no other aggregate uses', () => {
    expect(EVENT_RENAMES.length).toBeGreaterThan(0);
    for (const rename of EVENT_RENAMES)
      expect(
        Object.values(LISTS)
          .flat()
          .filter((type) => type === rename.to),
      ).toHaveLength(1);
  });
});
