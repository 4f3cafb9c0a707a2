import { describe, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { DecisionRule } from './decision-rule.js';
import type { MotionCommand, SittingFact } from './motion.commands.js';
import { motionDecider } from './motion.decide.js';
import {
  MotionAlreadyDecided,
  MotionInvalid,
  MotionVoteAlreadyCast,
  NotOnMotionRoll,
  NotTheConvener,
  SittingNotOfCongress,
  TallyInconsistent,
  TallyMissing,
  WrongVotingMode,
} from './motion.errors.js';
import type { MotionEvent } from './motion.events.js';

const given = givenDecider(motionDecider);

describe('motions of the congress (Art. 8, Art. 23)', () => {
  it('puts a charter amendment with the numbers it changes and the rule that will decide it', () =>
    given().when(put()).then(putEvent()));

  it('refuses a motion by another union, numbers changed by a motion that is not an amendment, and a bad policy', () => {
    given()
      .when(put({ organisationId: 'other' }))
      .thenRejects(NotTheConvener);
    given()
      .when(put({ kind: 'work-report' }))
      .thenRejects(MotionInvalid, /Only a charter amendment/);
    given()
      .when(put({ policyViolations: [{ field: 'quorum', rule: 'more than half' }] }))
      .thenRejects(MotionInvalid, /policyChanges.quorum/);
  });

  it('opens the vote only at a sitting of its congress in session, and records a sitting short of its quorum', () => {
    given(putEvent())
      .when(open({ congressId: 'other' }))
      .thenRejects(SittingNotOfCongress);
    given(putEvent())
      .when(open({ presentDelegateIds: DELEGATES.slice(0, 5) }))
      .then({
        type: 'MotionQuorumNotReached',
        data: {
          motionId,
          sittingId: 'plenary',
          electedDelegates: 9,
          present: 5,
          quorum: TWO_THIRDS,
          requiredPresent: 6,
          checkedAt: now,
        },
      });
    given(putEvent()).when(open()).then(opened());
  });

  it('takes one named vote from each delegate on the roll', () => {
    given(putEvent(), opened())
      .when(vote('d-1', 'for'))
      .then({ type: 'RollCallVoteCast', data: { motionId, delegateId: 'd-1', choice: 'for', castAt: now } });
    given(putEvent(), opened()).when(vote('d-9', 'for')).thenRejects(NotOnMotionRoll);
    given(putEvent(), opened(), cast('d-1', 'for')).when(vote('d-1', 'against')).thenRejects(MotionVoteAlreadyCast);
  });

  it('adopts an amendment with two thirds of those present, and rejects it one vote short', () => {
    // 7 present; two thirds (at least) is 5 votes for
    const five = ['d-1', 'd-2', 'd-3', 'd-4', 'd-5'].map((d) => cast(d, 'for'));
    given(putEvent(), opened(), ...five, cast('d-6', 'against'))
      .when(close())
      .then(outcome('MotionAdopted', { for: 5, against: 1, abstain: 0, invalid: 0, notVoting: 1 }, 5));
    given(putEvent(), opened(), ...five.slice(0, 4), cast('d-5', 'abstain'), cast('d-6', 'against'))
      .when(close())
      .then(outcome('MotionRejected', { for: 4, against: 1, abstain: 1, invalid: 0, notVoting: 1 }, 5));
  });

  it('decides a secret vote from the tellers’ count, void when more ballots came back than were issued', () => {
    const secret = putEvent({ mode: 'secret' });
    given(secret, opened()).when(vote('d-1', 'for')).thenRejects(WrongVotingMode);
    given(secret, opened()).when(close()).thenRejects(TallyMissing);
    given(secret, opened())
      .when(tally({ returned: 7, for: 5, against: 1, abstain: 0, invalid: 0 }))
      .thenRejects(TallyInconsistent);
    given(secret, opened(), tallied(6, 5, 1))
      .when(close())
      .then(outcome('MotionAdopted', { for: 5, against: 1, abstain: 0, invalid: 0, notVoting: 1 }, 5));
    given(secret, opened(), tallied(8, 7, 1))
      .when(close())
      .then({ type: 'MotionVoteVoided', data: { motionId, issued: 7, returned: 8, voidedAt: now } });
  });

  it('decides once', () =>
    given(
      putEvent(),
      opened(),
      outcome('MotionAdopted', { for: 5, against: 0, abstain: 0, invalid: 0, notVoting: 2 }, 5),
    )
      .when(close())
      .thenRejects(MotionAlreadyDecided));
});

const now = '2026-11-27T01:00:00.000Z';
const motionId = 'amend-quorum';
const TWO_THIRDS = { numerator: 2, denominator: 3 };
const RULE: DecisionRule = { base: 'present', ratio: TWO_THIRDS, strict: false, article: '第二十三条' };
const DELEGATES = ['d-1', 'd-2', 'd-3', 'd-4', 'd-5', 'd-6', 'd-7', 'd-8', 'd-9'];
const meta = (id = 'staff-1', role = 'union-staff') => ({ now, actor: { id, role, organisationId: 'school' } });
const CHANGES = { quorum: { numerator: 3, denominator: 4 } };

function put(data: object = {}): MotionCommand {
  return {
    type: 'PutMotion',
    data: {
      motionId,
      organisationId: 'school',
      congressId: 'c-1',
      kind: 'charter-amendment',
      title: '关于修改章程第八条的议案',
      text: '将“三分之二以上”改为“四分之三以上”。',
      mode: 'roll-call',
      rule: RULE,
      policyChanges: CHANGES,
      policyViolations: [],
      congress: { convened: true, organisationId: 'school' },
      ...data,
    },
    metadata: meta(),
  } as MotionCommand;
}
const putEvent = (data: object = {}): MotionEvent =>
  ({
    type: 'MotionPut',
    data: {
      motionId,
      organisationId: 'school',
      congressId: 'c-1',
      kind: 'charter-amendment',
      title: '关于修改章程第八条的议案',
      text: '将“三分之二以上”改为“四分之三以上”。',
      mode: 'roll-call',
      rule: RULE,
      policyChanges: CHANGES,
      putAt: now,
      ...data,
    },
  }) as MotionEvent;
function open(sitting: Partial<SittingFact> = {}): MotionCommand {
  return {
    type: 'OpenMotionVote',
    data: {
      motionId,
      organisationId: 'school',
      sitting: {
        sittingId: 'plenary',
        congressId: 'c-1',
        inSession: true,
        electedDelegates: 9,
        presentDelegateIds: DELEGATES.slice(0, 7),
        quorum: TWO_THIRDS,
        ...sitting,
      },
    },
    metadata: meta(),
  };
}
const opened = (): MotionEvent => ({
  type: 'MotionVoteOpened',
  data: { motionId, sittingId: 'plenary', roll: DELEGATES.slice(0, 7), electedDelegates: 9, openedAt: now },
});
const vote = (delegateId: string, choice: 'for' | 'against' | 'abstain'): MotionCommand => ({
  type: 'CastRollCallVote',
  data: { motionId, choice },
  metadata: meta(delegateId, 'delegate'),
});
const cast = (delegateId: string, choice: 'for' | 'against' | 'abstain'): MotionEvent => ({
  type: 'RollCallVoteCast',
  data: { motionId, delegateId, choice, castAt: now },
});
const tally = (counts: {
  returned: number;
  for: number;
  against: number;
  abstain: number;
  invalid: number;
}): MotionCommand => ({
  type: 'EnterMotionTally',
  data: { motionId, organisationId: 'school', scrutineerId: 's-1', ...counts },
  metadata: meta(),
});
const tallied = (returned: number, votesFor: number, against: number): MotionEvent => ({
  type: 'MotionTallyEntered',
  data: { motionId, returned, for: votesFor, against, abstain: 0, invalid: 0, scrutineerId: 's-1', enteredAt: now },
});
const close = (): MotionCommand => ({
  type: 'CloseMotionVote',
  data: { motionId, organisationId: 'school' },
  metadata: meta(),
});
const outcome = (
  type: 'MotionAdopted' | 'MotionRejected',
  t: { for: number; against: number; abstain: number; invalid: number; notVoting: number },
  required: number,
): MotionEvent => ({
  type,
  data: {
    motionId,
    tally: t,
    present: 7,
    electedDelegates: 9,
    base: 'present',
    baseCount: 7,
    required,
    rule: RULE,
    decidedAt: now,
  },
});
