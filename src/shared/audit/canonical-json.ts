/**
 * The canonical form the hash chain is computed over: keys sorted recursively, no insignificant space.
 * jsonb reorders keys and JavaScript loses precision past 2^53, so only safe integers are allowed as numbers;
 * decimals and large numbers travel as strings. Changing this function changes every hash: it is versioned
 * as CANONICAL_VERSION and frozen.
 */
export const CANONICAL_VERSION = '1';

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isSafeInteger(value)) throw new TypeError(`Not canonical: ${value} (use a string for decimals)`);
      return String(value);
    case 'object':
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      return `{${Object.keys(value as object)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
        .join(',')}}`;
    default:
      throw new TypeError(`Not canonical: ${typeof value}`);
  }
}
