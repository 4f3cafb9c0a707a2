import { describe, expect, it } from '@jest/globals';
import { MODULE_LIST } from '../../../app/module-list.js';
import { describeEvent, hasDescription } from './describe-event.js';
import { EVENT_DESCRIPTIONS_EN } from './event-descriptions.en.js';
import { EVENT_DESCRIPTIONS_ZH } from './event-descriptions.zh.js';

/** Every event type a module's manifest registers: the history must be able to say each in both languages. */
const REGISTERED = MODULE_LIST.flatMap((m) => Object.values(m.eventTypes).flat());
const staff = { id: 'staff-7', organisationName: '校学生会', role: 'union-staff' };

describe('the event description catalogue', () => {
  it('finds the registered types it checks: the scan is not empty by mistake', () => {
    expect(REGISTERED.length).toBeGreaterThan(40);
    expect(REGISTERED).toEqual(expect.arrayContaining(['PolicyChanged', 'BallotsCounted', 'StudentRollImported']));
  });

  it('describes every event type registered in any manifest, in Chinese and in English', () => {
    expect(REGISTERED.filter((type) => !hasDescription(type, 'zh'))).toEqual([]);
    expect(REGISTERED.filter((type) => !hasDescription(type, 'en'))).toEqual([]);
  });

  it('holds the same types in both languages, and none that no manifest registers', () => {
    expect(Object.keys(EVENT_DESCRIPTIONS_EN).sort()).toEqual(Object.keys(EVENT_DESCRIPTIONS_ZH).sort());
    expect(Object.keys(EVENT_DESCRIPTIONS_ZH).filter((type) => !REGISTERED.includes(type))).toEqual([]);
  });

  it('writes Chinese in Chinese and English in English, and names the actor in every sentence', () => {
    const han = /\p{Script=Han}/u;
    for (const [type, template] of Object.entries(EVENT_DESCRIPTIONS_ZH)) {
      expect([type, han.test(template), template.includes('{actor}')]).toEqual([type, true, true]);
    }
    for (const [type, template] of Object.entries(EVENT_DESCRIPTIONS_EN)) {
      expect([type, han.test(template), template.includes('{actor}')]).toEqual([type, false, true]);
    }
  });
});

describe('describeEvent', () => {
  it('reads a policy change with its old and new values, Chinese first', () => {
    const event = { type: 'PolicyChanged', data: { organisationId: 'school', reason: '代表大会决议' } };
    const extra = { organisationName: '校学生会', changes: '将法定人数从 2/3 改为 3/4' };
    expect(describeEvent(event, staff, 'zh', extra)).toBe(
      'staff-7 (校学生会, union-staff) 修改了「校学生会」的章程参数：将法定人数从 2/3 改为 3/4；理由：代表大会决议',
    );
    expect(describeEvent(event, staff, 'en', { ...extra, changes: 'quorum from 2/3 to 3/4' })).toBe(
      'staff-7 (校学生会, union-staff) changed the charter policy of "校学生会": quorum from 2/3 to 3/4; reason: 代表大会决议',
    );
  });

  it('shows ratios as fractions, persons by name, flags and list sizes', () => {
    const convened = {
      type: 'CongressConvened',
      data: { number: 2, year: 2026, congressId: 'c-2', targetSeats: 120, quorum: { numerator: 2, denominator: 3 } },
    };
    expect(describeEvent(convened, staff, 'zh')).toContain('代表名额 120 个，法定人数 2/3');
    const elected = {
      type: 'ElectionCompleted',
      data: {
        electionId: 'e-1',
        elected: [
          { personId: 'a', name: '王五' },
          { personId: 'b', name: '李四' },
        ],
      },
    };
    expect(describeEvent(elected, staff, 'zh')).toBe(
      'staff-7 (校学生会, union-staff)：选举 e-1 完成，当选：王五、李四',
    );
    expect(describeEvent(elected, staff, 'en')).toContain('elected: 王五, 李四');
    const checked = { type: 'EligibilityChecked', data: { studentId: 's', eligible: false, by: 'student-affairs' } };
    expect(describeEvent(checked, staff, 'zh')).toContain('符合条件：否');
    const counted = {
      type: 'BallotsCounted',
      data: { roundNumber: 1, ballots: [{}, {}, {}], tally: { validBallots: 2 } },
    };
    expect(describeEvent(counted, staff, 'en')).toContain('counted 3 ballots of round 1 (shuffled, no voter), 2 valid');
  });

  it('reads a type it has no sentence for as a generic line, and a missing field as a dash', () => {
    expect(describeEvent({ type: 'SomethingNew', data: {} }, staff, 'zh')).toBe(
      'staff-7 (校学生会, union-staff) 记录了事件 SomethingNew',
    );
    expect(describeEvent({ type: 'SomethingNew', data: {} }, staff, 'en')).toBe(
      'staff-7 (校学生会, union-staff) recorded SomethingNew',
    );
    expect(describeEvent({ type: 'OrganisationRenamed', data: { organisationId: 'arts' } }, staff, 'en')).toBe(
      'staff-7 (校学生会, union-staff) renamed organisation arts to "—"',
    );
  });
});
