/**
 * The canonical form the hash chain is computed over: keys sorted recursively, no insignificant space.
 * jsonb reorders keys and JavaScript loses precision past 2^53, so only safe integers are allowed as numbers;
 * decimals and large numbers travel as strings. Changing this function changes every hash: it is versioned
 * as CANONICAL_VERSION and frozen (canonical-json.spec.ts pins its output and the hashes built on it).
 */
export const CANONICAL_VERSION = '1';

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) throw new TypeError(`Not canonical: ${value} (use a string for decimals)`);
      return String(value);
    case 'object':
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      return canonicalObject(value as Readonly<Record<string, unknown>>);
    default:
      throw new TypeError(`Not canonical: ${typeof value}`);
  }
}

/**
 * An object's canonical form, leaving out the keys in `omit`. Built by appending to one string: every event's hash
 * goes through here, on commands and in `audit verify` (issue 15: the intermediate arrays of map/filter/join were
 * most of verify's hashing time).
 */
export function canonicalObject(object: Readonly<Record<string, unknown>>, omit?: ReadonlySet<string>): string {
  const keys = Object.keys(object).sort();
  let out = '{';
  for (const key of keys) {
    const member = object[key];
    if (member === undefined || omit?.has(key)) continue;
    if (out.length > 1) out += ',';
    out += JSON.stringify(key);
    out += ':';
    out += canonicalJson(member);
  }
  return out + '}';
}
