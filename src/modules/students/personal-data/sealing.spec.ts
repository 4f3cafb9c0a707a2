import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { ConfigError } from '../../../shared/config/app-config.js';
import { DEVELOPMENT_PII_MASTER_KEY, loadPersonalDataKeys, parseMasterKey } from './master-key.js';
import {
  ERASED,
  newDataKey,
  open,
  resealIfChanged,
  seal,
  studentNumberIndex,
  unwrapDataKey,
  wrapDataKey,
} from './sealing.js';

const studentId = '7d3c2b1a-0000-4000-8000-000000000001';
const keys = loadPersonalDataKeys({ PII_MASTER_KEY: randomBytes(32).toString('hex') });
const otherKeys = loadPersonalDataKeys({ PII_MASTER_KEY: randomBytes(32).toString('base64') });

describe('sealing personal values', () => {
  it('opens what it sealed (Chinese names included)', () => {
    const key = newDataKey();
    expect(open(key, studentId, 'name', seal(key, studentId, 'name', '欧阳 娜娜·买买提'))).toBe('欧阳 娜娜·买买提');
  });

  it('gives the same name a different ciphertext each time (a random IV per value)', () => {
    const key = newDataKey();
    expect(seal(key, studentId, 'name', '张三')).not.toBe(seal(key, studentId, 'name', '张三'));
  });

  it('refuses to open with another key', () => {
    const sealed = seal(newDataKey(), studentId, 'name', '张三');
    expect(() => open(newDataKey(), studentId, 'name', sealed)).toThrow();
  });

  it('refuses a value moved to another student or field (bound by associated data)', () => {
    const key = newDataKey();
    const sealed = seal(key, studentId, 'name', '张三');
    expect(() => open(key, studentId, 'studentNumber', sealed)).toThrow();
    expect(() => open(key, 'another-student', 'name', sealed)).toThrow();
  });

  it('reads an erased student (no key) as masked', () => {
    expect(open(null, studentId, 'name', seal(newDataKey(), studentId, 'name', '张三'))).toBe(ERASED);
  });

  it('keeps the current ciphertext for an unchanged value and seals a changed one anew', () => {
    const key = newDataKey();
    const current = seal(key, studentId, 'name', '张三');
    expect(resealIfChanged(key, studentId, 'name', current, '张三')).toBe(current);
    const renamed = resealIfChanged(key, studentId, 'name', current, '张叁');
    expect(renamed).not.toBe(current);
    expect(open(key, studentId, 'name', renamed)).toBe('张叁');
  });
});

describe('data keys under the master key', () => {
  it('unwraps a wrapped key with the same master key', () => {
    const dataKey = newDataKey();
    expect(unwrapDataKey(keys, studentId, wrapDataKey(keys, studentId, dataKey)).equals(dataKey)).toBe(true);
  });

  it('cannot unwrap with another master key', () => {
    expect(() => unwrapDataKey(otherKeys, studentId, wrapDataKey(keys, studentId, newDataKey()))).toThrow();
  });

  it('indexes a student number the same way every time, and differently under another master key', () => {
    expect(studentNumberIndex(keys, '2023010101')).toBe(studentNumberIndex(keys, '2023010101'));
    expect(studentNumberIndex(keys, '2023010101')).not.toBe(studentNumberIndex(otherKeys, '2023010101'));
    expect(studentNumberIndex(keys, '2023010101')).not.toContain('2023010101');
  });
});

describe('PII_MASTER_KEY', () => {
  it('accepts 32 bytes as hex or base64 and nothing else', () => {
    expect(parseMasterKey('ab'.repeat(32))).toHaveLength(32);
    expect(parseMasterKey(randomBytes(32).toString('base64'))).toHaveLength(32);
    expect(parseMasterKey(randomBytes(32).toString('base64url'))).toHaveLength(32);
    expect(() => parseMasterKey('too-short')).toThrow(ConfigError);
  });

  it('falls back to the development key, which production refuses', () => {
    expect(() => loadPersonalDataKeys({})).not.toThrow();
    expect(() => loadPersonalDataKeys({ NODE_ENV: 'production' })).toThrow(/PII_MASTER_KEY: must be set in production/);
    expect(() => loadPersonalDataKeys({ NODE_ENV: 'production', PII_MASTER_KEY: DEVELOPMENT_PII_MASTER_KEY })).toThrow(
      ConfigError,
    );
    expect(() => loadPersonalDataKeys({ NODE_ENV: 'production', PII_MASTER_KEY: 'cd'.repeat(32) })).not.toThrow();
  });
});
