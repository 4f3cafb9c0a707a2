import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_REJECTION_CODES } from '../http/platform-rejection.js';
import { MESSAGES_EN } from './messages.en.js';
import { MESSAGES_ZH } from './messages.zh.js';
import { hasMessage, translate } from './translate.js';

const SRC = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** `class X extends DomainError { readonly code = '...'` (or any error class with a code), however it is laid out. */
function codesOfErrorClasses(source: string, base: RegExp): string[] {
  const codes: string[] = [];
  const classes = /class\s+\w+\s+extends\s+(\w+)\s*\{([\s\S]*?)\n\}/g;
  for (const [, parent, body] of source.matchAll(classes)) {
    if (!base.test(parent!)) continue;
    const code = /readonly\s+code\s*=\s*'([A-Z_.]+)'/.exec(body!);
    if (code) codes.push(code[1]!);
  }
  return codes;
}

const files = sourceFiles(SRC).map((path) => ({ path, source: readFileSync(path, 'utf8') }));
const domainErrorCodes = files.flatMap((f) => codesOfErrorClasses(f.source, /^DomainError$/));
/** Codes the filter names itself, and those of the non-domain errors it translates (RequestInvalid, Unauthenticated, ...). */
const filterSource = files.find((f) => f.path.endsWith('shared/http/problem.filter.ts'))!.source;
const platformCodes = [
  ...[...filterSource.matchAll(/'((?:REQUEST|SERVICE|PROJECTION|EVENT_STORE|AUTH)\.[A-Z_]+)'/g)].map((m) => m[1]!),
  ...files.flatMap((f) => codesOfErrorClasses(f.source, /^Error$/)),
  ...PLATFORM_REJECTION_CODES,
];

describe('the message catalogue', () => {
  it('finds the codes it checks: the scan is not empty by mistake', () => {
    expect(domainErrorCodes.length).toBeGreaterThan(100);
    expect(domainErrorCodes).toEqual(
      expect.arrayContaining([
        'ELECTION.ROUND_NOT_OPEN',
        'STUDENTS.IMPORT_REJECTED',
        'AUTH.ROLE_REQUIRED',
        'IDEMPOTENCY.KEY_REUSED',
      ]),
    );
    expect(platformCodes).toEqual(
      expect.arrayContaining([
        'REQUEST.INVALID',
        'AUTH.UNAUTHENTICATED',
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        'REQUEST.MALFORMED_JSON',
        'REQUEST.TOO_LARGE',
        'SERVICE.INTERNAL',
      ]),
    );
  });

  it('has Chinese and English text for every domain error code in the codebase', () => {
    expect(domainErrorCodes.filter((code) => !hasMessage(code, 'zh'))).toEqual([]);
    expect(domainErrorCodes.filter((code) => !hasMessage(code, 'en'))).toEqual([]);
  });

  it('has Chinese and English text for every code the problem filter answers with', () => {
    expect(platformCodes.filter((code) => !hasMessage(code, 'zh'))).toEqual([]);
    expect(platformCodes.filter((code) => !hasMessage(code, 'en'))).toEqual([]);
  });

  it('holds the same codes in both languages', () => {
    expect(Object.keys(MESSAGES_EN).sort()).toEqual(Object.keys(MESSAGES_ZH).sort());
  });

  it('writes Chinese in Chinese and English in English, and names no class', () => {
    const han = /\p{Script=Han}/u;
    for (const [code, { title, detail }] of Object.entries(MESSAGES_ZH))
      expect([code, han.test(title), han.test(detail)]).toEqual([code, true, true]);
    for (const [code, { title, detail }] of Object.entries(MESSAGES_EN))
      expect([code, han.test(title), han.test(detail)]).toEqual([code, false, false]);
    const className = /Exception|Error\b|\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/;
    for (const { title } of [...Object.values(MESSAGES_ZH), ...Object.values(MESSAGES_EN)])
      expect(title).not.toMatch(className);
  });
});

describe('translate', () => {
  it('fills a detail from the parameters, joining lists', () => {
    expect(translate('CONGRESS.SEAT_TARGET_TOO_LOW', 'zh', { needed: 42 }).detail).toBe('代表名额至少需要 42 个');
    expect(translate('ELECTION.CANDIDATE_NAME_NOT_ORDERABLE', 'zh', { unknownCharacters: ['犇', '骉'] }).detail).toBe(
      '缺少这些字的笔画数据：犇、骉',
    );
    expect(translate('ELECTION.CANDIDATE_NAME_NOT_ORDERABLE', 'en', { unknownCharacters: ['犇', '骉'] }).detail).toBe(
      'No stroke data for 犇, 骉',
    );
  });

  it('says the title rather than show a placeholder whose parameter is missing', () => {
    expect(translate('CONGRESS.SEAT_TARGET_TOO_LOW', 'zh')).toEqual({ title: '代表名额过少', detail: '代表名额过少' });
  });

  it('reads an unknown code as a sentence, never as the code', () => {
    expect(translate('NO.SUCH_CODE', 'zh').title).toBe('请求未能完成');
    expect(translate('NO.SUCH_CODE', 'en').title).toBe('The request was refused');
  });
});
