import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { motionRecordProjection } from './motion-record.projection.js';
import { listMotions } from './motion-record.queries.js';

const db = projectionDatabase();
const given = givenProjection(motionRecordProjection, db).given;
const at = (minute: number) => `2026-11-27T01:${String(minute).padStart(2, '0')}:00.000Z`;
const RULE = { base: 'present', ratio: { numerator: 2, denominator: 3 }, strict: false, article: '第二十三条' };
const event = (motionId: string, type: string, data: object) => ({
  type,
  stream: `motion-${motionId}`,
  data: { motionId, ...data },
});
const put = (motionId: string, mode: string, minute: number) =>
  event(motionId, 'MotionPut', {
    organisationId: 'school',
    congressId: 'c-1',
    kind: 'charter-amendment',
    title: `议案 ${motionId}`,
    text: '修正文本',
    mode,
    rule: RULE,
    policyChanges: { quorum: { numerator: 3, denominator: 4 } },
    putAt: at(minute),
  });
const opened = (motionId: string, minute: number) =>
  event(motionId, 'MotionVoteOpened', {
    sittingId: 's-1',
    roll: ['d-1', 'd-2', 'd-3'],
    electedDelegates: 4,
    openedAt: at(minute),
  });
const outcome = (motionId: string, type: string, votesFor: number, minute: number) =>
  event(motionId, type, {
    tally: { for: votesFor, against: 3 - votesFor, abstain: 0, invalid: 0, notVoting: 0 },
    present: 3,
    electedDelegates: 4,
    base: 'present',
    baseCount: 3,
    required: 2,
    rule: RULE,
    decidedAt: at(minute),
  });

const history = [
  put('m-1', 'roll-call', 1),
  opened('m-1', 2),
  event('m-1', 'RollCallVoteCast', { delegateId: 'd-1', choice: 'for', castAt: at(3) }),
  event('m-1', 'RollCallVoteCast', { delegateId: 'd-2', choice: 'for', castAt: at(3) }),
  event('m-1', 'RollCallVoteCast', { delegateId: 'd-3', choice: 'against', castAt: at(3) }),
  outcome('m-1', 'MotionAdopted', 2, 4),
  put('m-2', 'secret', 5),
  opened('m-2', 6),
  event('m-2', 'MotionTallyEntered', {
    returned: 4,
    for: 3,
    against: 1,
    abstain: 0,
    invalid: 0,
    scrutineerId: 's',
    enteredAt: at(7),
  }),
  event('m-2', 'MotionVoteVoided', { issued: 3, returned: 4, voidedAt: at(8) }),
  opened('m-2', 9),
  event('m-2', 'MotionTallyEntered', {
    returned: 3,
    for: 1,
    against: 2,
    abstain: 0,
    invalid: 0,
    scrutineerId: 's',
    enteredAt: at(10),
  }),
  outcome('m-2', 'MotionRejected', 1, 11),
];

describe('the motion record', () => {
  it('lists named votes for a roll-call vote, only the count for a secret one, and the result in words', () =>
    given(...history).thenQuery(
      async (dataSource) =>
        (await listMotions(dataSource, 'c-1')).map((m) => ({
          id: m.motionId,
          status: m.status,
          named: m.namedVotes.length,
          failures: (m.failures as Array<{ type: string }>).map((f) => f.type),
          result: m.result?.zh,
        })),
      [
        {
          id: 'm-1',
          status: 'Adopted',
          named: 3,
          failures: [],
          result: '通过：赞成 2 票，出席代表 3，须达到三分之二（至少 2 票，第二十三条）',
        },
        {
          id: 'm-2',
          status: 'Rejected',
          named: 0,
          failures: ['VoteVoided'],
          result: '未通过：赞成 1 票，出席代表 3，须达到三分之二（至少 2 票，第二十三条）',
        },
      ],
    ));
});
