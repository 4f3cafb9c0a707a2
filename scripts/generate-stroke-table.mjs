#!/usr/bin/env node
/**
 * Writes stroke-table.ts: per Chinese character, its stroke sequence as the five basic stroke shapes
 * 1 横 2 竖 3 撇 4 点 5 折, the key of 姓氏笔画 ordering (surname-stroke-order.ts).
 *
 * Source: the npm package cnchar-order (MIT, theajack/cnchar), which knows the stroke order of 6,939 characters
 * with ~25 detailed stroke names (横折钩, 竖弯钩, 提, ...). It is installed into a temporary folder for this run
 * only: it is never a dependency of the project, and the domain imports only the generated table.
 *
 *   node scripts/generate-stroke-table.mjs
 *
 * Needs the npm registry and a Node built with full ICU (for the GB 2312 coverage report).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '3.2.6';
const PACKAGES = [`cnchar@${VERSION}`, `cnchar-order@${VERSION}`];
const OUTPUT = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'modules',
  'elections',
  'domain',
  'stroke-table.ts',
);
const ENTRIES_PER_LINE = 40;

/**
 * Detailed stroke name (as cnchar-order names them) → basic shape, following the classification of the national
 * stroke-order standards (《GB13000.1字符集汉字笔顺规范》, 《现代汉语通用字笔顺规范》): 提 counts as 横, 竖钩 as 竖,
 * 捺 as 点, and every stroke with a turn (折, 弯, 钩 after a turn, 撇点, 撇折, 斜钩, 卧钩, ...) as 折.
 * '点2' is cnchar's name for the left-falling dot of 心, 火, 宀 (心 = 点 卧钩 点 点 = 4544): a 点.
 * A name not in this list stops the run: a new stroke name must be classified by a person, not guessed.
 */
const SHAPE_OF_NAME = new Map([
  ['横', '1'],
  ['提', '1'],
  ['竖', '2'],
  ['竖钩', '2'],
  ['撇', '3'],
  ['点', '4'],
  ['点2', '4'],
  ['捺', '4'],
  ...[
    '横折',
    '横撇',
    '横钩',
    '横折钩',
    '横折提',
    '横折弯',
    '横折折',
    '横折折撇',
    '横折折折',
    '横折折折钩',
    '横撇弯钩',
    '横斜钩',
    '竖折',
    '竖弯',
    '竖弯钩',
    '竖提',
    '竖折撇',
    '竖折折',
    '竖折折钩',
    '撇折',
    '撇点',
    '弯钩',
    '斜钩',
    '卧钩',
  ].map((name) => [name, '5']),
]);

function shapeOf(name, char) {
  // cnchar writes a stroke it cannot tell apart as 'A|B' (横撇|横钩); both alternatives must fall in one class.
  const shapes = new Set(name.split('|').map((alternative) => SHAPE_OF_NAME.get(alternative)));
  if (shapes.size !== 1 || shapes.has(undefined)) throw new Error(`Unclassified stroke name '${name}' in ${char}`);
  return [...shapes][0];
}

function install() {
  const dir = mkdtempSync(join(tmpdir(), 'stroke-table-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'stroke-table-source', private: true }));
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', ...PACKAGES],
    {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return dir;
}

function readStrokes(dir) {
  const require = createRequire(join(dir, 'package.json'));
  const cnchar = require('cnchar');
  cnchar.use(require('cnchar-order'));
  const table = [];
  // cnchar-order's characters all lie in the CJK Unified Ideographs block; asking for each is cheaper than
  // reading the package's minified data file, and uses only its documented API.
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    const [names] = cnchar.stroke(char, 'order', 'name');
    if (!names) continue;
    const strokes = names.map((name) => shapeOf(name, char)).join('');
    const count = cnchar.stroke(char);
    if (count !== strokes.length)
      throw new Error(`${char}: stroke count ${count} but ${strokes.length} strokes in its order`);
    table.push([char, strokes]);
  }
  return table;
}

/** GB 2312 level 1 is rows 16-55 (0xB0A1-0xD7F9, 3,755 characters), level 2 rows 56-87 (3,008). */
function gb2312Level(firstRow, lastRow) {
  const decoder = new TextDecoder('gbk', { fatal: true });
  const chars = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) continue;
      chars.push(decoder.decode(Uint8Array.of(row, cell)));
    }
  }
  return chars;
}

function coverage(table) {
  const known = new Set(table.map(([char]) => char));
  const report = (chars) => ({ total: chars.length, missing: chars.filter((c) => !known.has(c)) });
  return { level1: report(gb2312Level(0xb0, 0xd7)), level2: report(gb2312Level(0xd8, 0xf7)) };
}

/** Sorted in 姓氏笔画 order itself (count, shapes, code point), so the file reads as the ordering it encodes. */
function render(table, { level1, level2 }) {
  table.sort(([a, x], [b, y]) => x.length - y.length || (x < y ? -1 : x > y ? 1 : a.codePointAt(0) - b.codePointAt(0)));
  const lines = [];
  for (let i = 0; i < table.length; i += ENTRIES_PER_LINE) {
    lines.push(
      `  '${table
        .slice(i, i + ENTRIES_PER_LINE)
        .map(([char, strokes]) => char + strokes)
        .join('')}',`,
    );
  }
  const missing = (level) => (level.missing.length ? ` (missing: ${level.missing.join('')})` : '');
  return `/**
 * GENERATED by generate-stroke-table.mjs from ${PACKAGES.join(' + ')} (MIT). Do not edit by hand; re-run the script.
 *
 * Each entry is a character followed by its strokes as basic shapes: 1 横 2 竖 3 撇 4 点 5 折 (提 as 横, 竖钩 as 竖,
 * 捺 as 点, every turning stroke as 折). Entries are listed in 姓氏笔画 order.
 * ${table.length} characters. GB 2312 level 1: ${level1.total - level1.missing.length} of ${level1.total}${missing(level1)}.
 * GB 2312 level 2: ${level2.total - level2.missing.length} of ${level2.total}${missing(level2)}.
 */
export const STROKE_TABLE_SOURCE = '${PACKAGES.join(' + ')}';

export const STROKE_TABLE: readonly string[] = [
${lines.join('\n')}
];
`;
}

const dir = install();
try {
  const table = readStrokes(dir);
  const cover = coverage(table);
  writeFileSync(OUTPUT, render(table, cover));
  console.log(`Wrote ${OUTPUT}: ${table.length} characters`);
  console.log(
    `GB 2312 level 1: ${cover.level1.total - cover.level1.missing.length}/${cover.level1.total}, missing ${cover.level1.missing.join('') || 'none'}`,
  );
  console.log(
    `GB 2312 level 2: ${cover.level2.total - cover.level2.missing.length}/${cover.level2.total}, missing ${cover.level2.missing.join('') || 'none'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
