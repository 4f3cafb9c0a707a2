import { describe, expect, it } from '@jest/globals';
import { fieldMessage } from './validation-messages.js';

describe('validation messages', () => {
  it('names the field and the bound in either language', () => {
    const rule = {
      field: 'name',
      rule: 'maxLength',
      limit: 64,
      ownMessage: 'name must be shorter than or equal to 64 characters',
    };
    expect(fieldMessage(rule, 'zh')).toBe('name 最多 64 个字符');
    expect(fieldMessage(rule, 'en')).toBe('name must be at most 64 characters');
  });

  it('lists the allowed values of isIn', () => {
    expect(fieldMessage({ field: 'kind', rule: 'isIn', limit: ['club', 'union'], ownMessage: '' }, 'zh')).toBe(
      'kind 必须是以下之一：club、union',
    );
  });

  it('still reads when the bound is unknown', () => {
    expect(fieldMessage({ field: 'seats', rule: 'min', ownMessage: 'seats must not be less than 1' }, 'zh')).toBe(
      'seats 超出了允许的范围',
    );
  });

  it("keeps a pattern's own English message, and words it generically in Chinese", () => {
    const rule = {
      field: 'organisationId',
      rule: 'matches',
      ownMessage: 'organisationId must be 1-64 lower-case letters',
    };
    expect(fieldMessage(rule, 'en')).toBe('organisationId must be 1-64 lower-case letters');
    expect(fieldMessage(rule, 'zh')).toBe('organisationId 的格式不正确');
  });

  it('words an unknown rule generically', () => {
    expect(fieldMessage({ field: 'x', rule: 'isHexColor', ownMessage: '' }, 'zh')).toBe('x 不符合要求');
  });
});
