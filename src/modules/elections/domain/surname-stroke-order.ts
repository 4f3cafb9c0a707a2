import { STROKE_TABLE } from './stroke-table.js';

/**
 * 姓氏笔画 ordering, as official name lists use it (domain.md "Presidium election": candidate lists on ballots and the
 * list of the elected): fewer strokes first; equal counts by the first stroke's shape in the order 横 丨 丿 丶 乛,
 * then the second stroke, and so on; then the following characters the same way. A plain locale sort does not do it.
 *
 * Choices where the rule is silent:
 * - Two different characters with the same stroke sequence (人/入, 己/已/巳, 于/干) are ordered by code point before
 *   the next character is looked at, so people of one surname stay together. (Official practice then looks at the
 *   character's structure, 左右 before 上下 before 整体; the table does not hold that.)
 * - A name that is a prefix of another comes first (王五 before 王五一).
 * - Characters not in the table sort after every known one, among themselves by code point, and are reported.
 * - Spaces and the middle dots of transliterated names (买买提·艾力) are not characters of the name.
 */

/** Stroke shapes as digits: 1 横 2 竖 3 撇 4 点 5 折. */
export type StrokeSequence = string;

export type StrokeOrdered<T> = Readonly<{ ordered: T[]; unknownCharacters: string[] }>;

const SEPARATORS = /[\s·・•‧]/u;

let table: ReadonlyMap<string, StrokeSequence> | undefined;

function strokeTable(): ReadonlyMap<string, StrokeSequence> {
  if (!table) {
    const entries = new Map<string, StrokeSequence>();
    for (const line of STROKE_TABLE)
      for (const [, char, strokes] of line.matchAll(/(\D)([1-5]+)/gu)) entries.set(char!, strokes!);
    table = entries;
  }
  return table;
}

/** The stroke sequence of one character, or undefined when the table does not know it. */
export function strokesOf(char: string): StrokeSequence | undefined {
  return strokeTable().get(char);
}

function characters(name: string): string[] {
  return [...name.normalize('NFC')].filter((c) => !SEPARATORS.test(c));
}

function compareCharacters(a: string, b: string): number {
  if (a === b) return 0;
  const x = strokesOf(a);
  const y = strokesOf(b);
  if (x === undefined || y === undefined) {
    if (x !== y) return x === undefined ? 1 : -1;
  } else if (x !== y) {
    // Same alphabet 1-5, so equal-length sequences compare as strings: shape order 横 竖 撇 点 折.
    return x.length - y.length || (x < y ? -1 : 1);
  }
  return a.codePointAt(0)! - b.codePointAt(0)!;
}

/** Comparator for names in 姓氏笔画 order: negative when `a` comes first. */
export function compareByStrokes(a: string, b: string): number {
  const x = characters(a);
  const y = characters(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const order = compareCharacters(x[i]!, y[i]!);
    if (order !== 0) return order;
  }
  return x.length - y.length;
}

/** The characters of `name` that the stroke table does not know, each once, in order of appearance. */
export function unknownCharacters(name: string): string[] {
  return [...new Set(characters(name).filter((c) => strokesOf(c) === undefined))];
}

/** `items` in 姓氏笔画 order of their names (stable for equal names), and the characters that could not be placed. */
export function orderByStrokes<T>(items: readonly T[], nameOf: (item: T) => string): StrokeOrdered<T> {
  const ordered = [...items].sort((a, b) => compareByStrokes(nameOf(a), nameOf(b)));
  const unknown = new Set(items.flatMap((item) => unknownCharacters(nameOf(item))));
  return { ordered, unknownCharacters: [...unknown] };
}
