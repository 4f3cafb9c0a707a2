import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MODULE_LIST } from '../../app/module-list.js';
import {
  ENTITY_STREAMS,
  ORGANISATION_STREAM_PREFIX,
  ROLL_IMPORT_STREAM_PREFIX,
  studentStreamOf,
} from './entity-streams.js';

const MODULES = join(import.meta.dirname, '..');

/** Every stream name the modules' deciders define, as `<prefix>${id}`: read from their source, not imported. */
function moduleStreamPrefixes(): string[] {
  const prefixes: string[] = [];
  for (const module of readdirSync(MODULES)) {
    const domain = join(MODULES, module, 'domain');
    let files: string[] = [];
    try {
      files = readdirSync(domain).filter((f) => f.endsWith('.decide.ts'));
    } catch {
      continue;
    }
    for (const file of files) {
      const source = readFileSync(join(domain, file), 'utf8');
      for (const m of source.matchAll(/export const \w+Stream = \(\w+: string\) => `([\w-]+)\$\{\w+\}`/g)) {
        prefixes.push(m[1]!);
      }
    }
  }
  return prefixes;
}

const historyPrefixes = [
  ...Object.values(ENTITY_STREAMS).flatMap((streamsOf) => streamsOf('ID').map((s) => s.replace('ID', ''))),
  ORGANISATION_STREAM_PREFIX,
  ROLL_IMPORT_STREAM_PREFIX,
  studentStreamOf('ID').replace('ID', ''),
];

describe('the streams history reads by name', () => {
  it("are the streams the modules' deciders write, and cover every one of them", () => {
    const written = moduleStreamPrefixes();
    expect(written.length).toBeGreaterThanOrEqual(8);
    expect(written.filter((p) => !historyPrefixes.includes(p))).toEqual([]);
    expect([...new Set(historyPrefixes)].filter((p) => !written.includes(p))).toEqual([]);
  });
});

describe('the folds the manifests hand over for state as of a moment', () => {
  it("cover every stream the modules' deciders write, and nothing else", () => {
    const folded = MODULE_LIST.flatMap((m) => Object.keys(m.aggregates)).sort();
    expect(folded).toEqual([...new Set(moduleStreamPrefixes())].sort());
  });
});
