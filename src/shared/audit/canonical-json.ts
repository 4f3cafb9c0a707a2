/**
 * The canonical form the hash chain is computed over: keys sorted recursively, no insignificant space.
 * jsonb reorders keys and JavaScript loses precision past 2^53, so only safe integers are allowed as numbers;
 * decimals and large numbers travel as strings. Changing this function changes every hash: it is versioned
 * as CANONICAL_VERSION and frozen (canonical-json.spec.ts and hash-chain.spec.ts pin its output and the hashes
 * built on it).
 */
export const CANONICAL_VERSION = '1';

/**
 * Every event's hash goes through here, on commands and for every event `audit verify` reads (issue 15: it was half
 * of verify's time). The usual value is written by V8's own JSON.stringify over a copy with its keys inserted in
 * sorted order, which is the same text; the few values whose copy would not keep that order or those keys go the
 * long way, `canonicalText`.
 */
export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(sortedCopy(value));
  } catch (error) {
    if (!(error instanceof NeedsTheLongWay)) throw error;
    return canonicalText(value);
  }
}

/** An object's canonical form, leaving out the keys in `omit` (the chain links in an event's metadata). */
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

/** The definition of the canonical form, written out: the reference the fast path must equal. */
export function canonicalText(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return String(canonicalNumber(value));
    case 'object':
      if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
      return `{${Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalText((value as Record<string, unknown>)[key])}`)
        .join(',')}}`;
    default:
      throw new TypeError(`Not canonical: ${typeof value}`);
  }
}

/** A value the copy cannot carry exactly: its canonical text is written the long way. */
class NeedsTheLongWay extends Error {}

/**
 * The value with every object's keys inserted in sorted order, undefined members left out, and the same errors as
 * the long way. Not carried: a hole in an array (map skips it, JSON.stringify writes null), a key that is an array
 * index (V8 orders those numerically before the others, the canonical form by code unit) and `__proto__` (assigning
 * it sets the copy's prototype instead).
 */
function sortedCopy(value: unknown): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return canonicalNumber(value);
    case 'object': {
      if (Array.isArray(value)) {
        const copy = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) {
          if (!(i in value)) throw new NeedsTheLongWay();
          copy[i] = sortedCopy(value[i]);
        }
        return copy;
      }
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) {
        const member = (value as Record<string, unknown>)[key];
        if (member === undefined) continue;
        if (key === '__proto__' || isArrayIndex(key)) throw new NeedsTheLongWay();
        copy[key] = sortedCopy(member);
      }
      return copy;
    }
    default:
      throw new TypeError(`Not canonical: ${typeof value}`);
  }
}

function canonicalNumber(value: number): number {
  if (!Number.isSafeInteger(value)) throw new TypeError(`Not canonical: ${value} (use a string for decimals)`);
  return value;
}

/** "0", "7", "4294967294": a key V8 keeps as an array index, in numeric order ahead of the others. */
function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57 || key.length > 10 || (first === 48 && key.length > 1)) return false;
  for (let i = 1; i < key.length; i++) {
    const digit = key.charCodeAt(i);
    if (digit < 48 || digit > 57) return false;
  }
  return Number(key) < 4294967295;
}
