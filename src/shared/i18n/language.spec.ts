import { describe, expect, it } from '@jest/globals';
import { languageOf } from './language.js';

describe('languageOf (Accept-Language)', () => {
  it.each([
    [undefined, 'zh'],
    ['', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['EN-gb', 'en'],
    ['fr-FR, en;q=0.5', 'en'],
    ['zh;q=0.4, en;q=0.6', 'en'],
    ['en;q=0, zh', 'zh'],
    ['*', 'zh'],
    ['de, fr', 'zh'],
    ['en;q=abc', 'zh'],
  ] as const)('%s → %s', (header, language) => {
    expect(languageOf(header)).toBe(language);
  });

  it('reads a header sent twice as one list', () => {
    expect(languageOf(['fr', 'en-US'])).toBe('en');
  });
});
