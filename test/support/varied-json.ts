/**
 * A deterministic source of what event data holds, for specs that compare two writers of the same JSON: nested
 * objects and arrays, Chinese text, escapes, control characters, astral characters, integers up to ±2^39, booleans,
 * nulls and undefined members.
 */
export function variedJson(seed: number) {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const strings = ['', 'a', 'B', '张三', '学生会', 'quote"s', 'back\\slash', 'line\nbreak', '\u0000', '😀', 'éé', 'z'];
  const pick = (): string => strings[Math.floor(random() * strings.length)]!;
  const value = (depth = 0): unknown => {
    const r = random();
    if (depth > 3 || r < 0.3) return pick();
    if (r < 0.4) return Math.floor(random() * 2 ** 40) - 2 ** 39;
    if (r < 0.45) return random() < 0.5;
    if (r < 0.5) return null;
    if (r < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    for (let i = 0; i < Math.floor(random() * 6); i++)
      object[`${pick()}${i}`] = random() < 0.1 ? undefined : value(depth + 1);
    return object;
  };
  return { random, pick, value };
}
