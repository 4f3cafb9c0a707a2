import { describe, expect, it } from '@jest/globals';
import { ERASED, SEALED, sealPersonalData, studentIdsIn } from './personal-data-seal.js';

const sealedName = 'pii1:AAAAbbbbCCCC';

describe('sealing personal data in history', () => {
  it('never shows a sealed value: a live student reads as sealed', () => {
    const { data, personalData } = sealPersonalData(
      { studentId: 's-1', name: sealedName, studentNumber: 'pii1:xyz', collegeId: 'arts', grade: 2023 },
      new Set(),
    );
    expect(data).toEqual({ studentId: 's-1', name: SEALED, studentNumber: SEALED, collegeId: 'arts', grade: 2023 });
    expect(personalData).toBe('sealed');
  });

  it("shows an erased student's events as erased, nested changes too", () => {
    const { data, personalData } = sealPersonalData(
      { studentId: 's-1', changes: { name: sealedName, major: '物理学' } },
      new Set(['s-1']),
    );
    expect(data).toEqual({ studentId: 's-1', changes: { name: ERASED, major: '物理学' } });
    expect(personalData).toBe('erased');
    expect(sealPersonalData({ studentId: 's-1', erasedAt: 'now' }, new Set(['s-1'])).personalData).toBe('erased');
  });

  it("erases an erased student's clear name where another module keeps it, and no one else's", () => {
    const { data, personalData } = sealPersonalData(
      {
        electionId: 'e',
        candidates: [
          { personId: 's-1', name: '张三' },
          { personId: 's-2', name: '李四' },
        ],
      },
      new Set(['s-1']),
    );
    expect(data.candidates).toEqual([
      { personId: 's-1', name: ERASED },
      { personId: 's-2', name: '李四' },
    ]);
    expect(personalData).toBe('erased');
    expect(sealPersonalData({ studentId: 's-2', name: '李四', resume: '…' }, new Set(['s-1'])).personalData).toBe(null);
  });

  it('finds the students an event names, at any depth', () => {
    expect([
      ...studentIdsIn({ studentId: 'a', elected: [{ personId: 'b' }], tally: { x: [{ personId: 'c' }] } }),
    ]).toEqual(['a', 'b', 'c']);
  });
});
