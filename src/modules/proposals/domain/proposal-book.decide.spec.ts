import { describe, expect, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import type { CongressFact, ProposalBookCommand } from './proposal-book.commands.js';
import { proposalBookDecider } from './proposal-book.decide.js';
import {
  AnswerAlreadyPublished,
  AnswerAlreadyRated,
  AnswerInvalid,
  AnswerNotPublished,
  CoSignatureAlreadyGiven,
  CoSignerInvalid,
  CongressNotConvened,
  FollowUpAlreadyAnswered,
  MergeTargetInvalid,
  NoDraftAnswer,
  NotACoSigner,
  NotADelegate,
  NotAHandlingUnit,
  NotAProposer,
  NotOnProposalCommittee,
  NotTheConveningUnion,
  NotTheFiler,
  ProposalAlreadySubmitted,
  ProposalStepOutOfOrder,
  ProposalTextRequired,
  ProposalWindowAlreadyOpened,
  ProposalWindowNotOpen,
  RatingCommentRequired,
  ScreeningReasonRequired,
  TooFewCoSigners,
} from './proposal-book.errors.js';
import type { AnswerContent, ProposalBookEvent, WindowPolicy } from './proposal-book.events.js';

const given = givenDecider(proposalBookDecider);

describe('Proposals (提案): filing, screening, handling and follow-up (Art. 8 (5), Art. 9 rights 3)', () => {
  describe('the window', () => {
    it('is opened by the union that convened the congress, with the policy in force', () =>
      given().when(openWindow()).then(windowOpened()));

    it('is not opened for a congress not convened, by another union, or twice', () => {
      given()
        .when(openWindow({ convened: false, organisationId: null, seatedDelegateIds: [] }))
        .thenRejects(CongressNotConvened);
      given()
        .when(withData(openWindow(), { organisationId: 'other' }))
        .thenRejects(NotTheConveningUnion);
      given(windowOpened()).when(openWindow()).thenRejects(ProposalWindowAlreadyOpened);
    });

    it('closes, lapsing the joint proposals whose co-signers have not all confirmed', () =>
      given(windowOpened(), ...joint('p-2', [D2, D3]))
        .when(staff('CloseProposalWindow', {}))
        .then(
          { type: 'ProposalWindowClosed', data: { congressId, closedAt: now } },
          { type: 'ProposalLapsed', data: { congressId, proposalId: 'p-2', reason: 'window-closed', lapsedAt: now } },
        ));

    it('takes no filing once closed', () =>
      given(windowOpened(), { type: 'ProposalWindowClosed', data: { congressId, closedAt: now } })
        .when(submit('p-1', D1))
        .thenRejects(ProposalWindowNotOpen, /closed/));
  });

  describe('filing', () => {
    it('files a proposal of one delegate at once, as 第1号', () =>
      given(windowOpened()).when(submit('p-1', D1)).then(submitted('p-1', D1), filed('p-1', 1)));

    it('numbers the proposals in the order they count as filed', () =>
      given(windowOpened(), submitted('p-1', D1), filed('p-1', 1))
        .when(submit('p-2', D2))
        .then(submitted('p-2', D2), filed('p-2', 2)));

    it('refuses a filer who holds no seat, a second proposal with the same id, and empty text', () => {
      given(windowOpened()).when(submit('p-1', 'not-a-delegate')).thenRejects(NotADelegate);
      given(windowOpened(), submitted('p-1', D1), filed('p-1', 1))
        .when(submit('p-1', D1))
        .thenRejects(ProposalAlreadySubmitted);
      given(windowOpened())
        .when(submit('p-1', D1, { title: '  ' }))
        .thenRejects(ProposalTextRequired, /title/);
    });

    it('refuses a suggested unit that is not a school office', () =>
      given(windowOpened())
        .when(submit('p-1', D1, { suggestedUnitId: 'arts', suggestedUnitKind: 'college-union' }))
        .thenRejects(NotAHandlingUnit));

    it('holds a joint proposal until every co-signer confirms, then files it', () => {
      given(windowOpened())
        .when(submit('p-2', D1, { coSignerIds: [D2, D3] }))
        .then(submitted('p-2', D1, [D2, D3]));
      given(windowOpened(), ...joint('p-2', [D2, D3]))
        .when(delegate(D2, 'ConfirmCoSignature', { proposalId: 'p-2' }))
        .then({
          type: 'CoSignatureConfirmed',
          data: { congressId, proposalId: 'p-2', coSignerId: D2, confirmedAt: now },
        });
      given(windowOpened(), ...joint('p-2', [D2, D3]), confirmed('p-2', D2))
        .when(delegate(D3, 'ConfirmCoSignature', { proposalId: 'p-2' }))
        .then(
          { type: 'CoSignatureConfirmed', data: { congressId, proposalId: 'p-2', coSignerId: D3, confirmedAt: now } },
          filed('p-2', 1),
        );
    });

    it('counts the policy’s minimum of co-signers, who must be other delegates named once', () => {
      given(windowOpened())
        .when(submit('p-2', D1, { coSignerIds: [D2] }))
        .thenRejects(TooFewCoSigners, /at least 2/);
      given(windowOpened())
        .when(submit('p-2', D1, { coSignerIds: [D2, D1] }))
        .thenRejects(CoSignerInvalid, /own proposal/);
      given(windowOpened())
        .when(submit('p-2', D1, { coSignerIds: [D2, D2] }))
        .thenRejects(CoSignerInvalid, /twice/);
      given(windowOpened())
        .when(submit('p-2', D1, { coSignerIds: [D2, 'outsider'] }))
        .thenRejects(CoSignerInvalid, /not a delegate/);
    });

    it('lets only a named co-signer answer, once', () => {
      given(windowOpened(), ...joint('p-2', [D2, D3]))
        .when(delegate(D4, 'ConfirmCoSignature', { proposalId: 'p-2' }))
        .thenRejects(NotACoSigner);
      given(windowOpened(), ...joint('p-2', [D2, D3]), confirmed('p-2', D2))
        .when(delegate(D2, 'DeclineCoSignature', { proposalId: 'p-2' }))
        .thenRejects(CoSignatureAlreadyGiven);
    });

    it('lapses a joint proposal when a decline leaves fewer co-signers than the minimum', () =>
      given(windowOpened(), ...joint('p-2', [D2, D3]))
        .when(delegate(D3, 'DeclineCoSignature', { proposalId: 'p-2' }))
        .then(
          { type: 'CoSignatureDeclined', data: { congressId, proposalId: 'p-2', coSignerId: D3, declinedAt: now } },
          {
            type: 'ProposalLapsed',
            data: { congressId, proposalId: 'p-2', reason: 'too-few-co-signers', lapsedAt: now },
          },
        ));

    it('files a joint proposal when a decline leaves enough co-signers who all confirmed', () =>
      given(windowOpened(), ...joint('p-2', [D2, D3, D4]), confirmed('p-2', D2), confirmed('p-2', D3))
        .when(delegate(D4, 'DeclineCoSignature', { proposalId: 'p-2' }))
        .then(
          { type: 'CoSignatureDeclined', data: { congressId, proposalId: 'p-2', coSignerId: D4, declinedAt: now } },
          filed('p-2', 1),
        ));

    it('lets the filer alone withdraw, and only before screening', () => {
      given(windowOpened(), submitted('p-1', D1), filed('p-1', 1))
        .when(delegate(D1, 'WithdrawProposal', { proposalId: 'p-1', reason: '已另行反映' }))
        .then({
          type: 'ProposalWithdrawn',
          data: { congressId, proposalId: 'p-1', reason: '已另行反映', withdrawnAt: now },
        });
      given(windowOpened(), submitted('p-1', D1), filed('p-1', 1))
        .when(delegate(D2, 'WithdrawProposal', { proposalId: 'p-1', reason: '' }))
        .thenRejects(NotTheFiler);
      given(...screenedBook('accepted'))
        .when(delegate(D1, 'WithdrawProposal', { proposalId: 'p-1', reason: '' }))
        .thenRejects(ProposalStepOutOfOrder);
    });
  });

  describe('screening by the proposal committee', () => {
    const book = () => [
      windowOpened(),
      committee(),
      submitted('p-1', D1),
      filed('p-1', 1),
      submitted('p-2', D2),
      filed('p-2', 2),
    ];

    it('accepts, converts to an opinion or does not accept, each with its reason', () => {
      for (const outcome of ['accepted', 'opinion', 'not-accepted'] as const)
        given(...book())
          .when(screen('p-1', outcome))
          .then(screened('p-1', outcome));
    });

    it('merges a proposal into another, traceable both ways', () => {
      given(...book())
        .when(screen('p-2', 'merged', 'p-1'))
        .then(screened('p-2', 'merged', 'p-1'));
      const state = [...book(), screened('p-2', 'merged', 'p-1')].reduce(
        proposalBookDecider.evolve,
        proposalBookDecider.initialState(),
      );
      expect(state.status !== 'NotOpened' && state.proposals['p-1']?.mergedFrom).toEqual(['p-2']);
      expect(state.status !== 'NotOpened' && state.proposals['p-2']?.mergedInto).toBe('p-1');
    });

    it('refuses a merge into itself, into a proposal not filed, or without a target', () => {
      given(...book())
        .when(screen('p-2', 'merged', 'p-2'))
        .thenRejects(MergeTargetInvalid);
      given(...book())
        .when(screen('p-2', 'merged', 'p-9'))
        .thenRejects(MergeTargetInvalid);
      given(...book())
        .when(screen('p-2', 'merged', null))
        .thenRejects(MergeTargetInvalid);
    });

    it('takes screening only from a committee member, with a reason, once', () => {
      given(...book())
        .when({ ...screen('p-1', 'accepted'), metadata: as(D4, 'delegate') })
        .thenRejects(NotOnProposalCommittee);
      given(...book())
        .when(screen('p-1', 'accepted', null, ' '))
        .thenRejects(ScreeningReasonRequired);
      given(...book(), screened('p-1', 'accepted'))
        .when(screen('p-1', 'opinion'))
        .thenRejects(ProposalStepOutOfOrder);
    });
  });

  describe('handling by school offices', () => {
    it('assigns an accepted proposal to school offices, each due 30 Beijing days later', () =>
      given(...screenedBook('accepted'))
        .when(assign(['academic-affairs', 'logistics']))
        .then(assigned('academic-affairs'), assigned('logistics')));

    it('counts the due date from the Beijing date of the assignment', () =>
      given(...screenedBook('accepted'))
        .when({
          ...assign(['logistics']),
          metadata: { ...assign(['logistics']).metadata, now: '2026-10-31T17:30:00.000Z' },
        })
        .then({
          type: 'ProposalAssigned',
          data: {
            congressId,
            proposalId: 'p-1',
            unitId: 'logistics',
            dueOn: '2026-12-01',
            assignedAt: '2026-10-31T17:30:00.000Z',
          },
        }));

    it('assigns only accepted proposals, to registered school offices, by the convening union', () => {
      given(...screenedBook('opinion'))
        .when(assign(['logistics']))
        .thenRejects(ProposalStepOutOfOrder);
      given(...screenedBook('accepted'))
        .when(assign(['arts']))
        .thenRejects(NotAHandlingUnit);
      given(...screenedBook('accepted'))
        .when(withData(assign(['logistics']), { organisationId: 'other' }))
        .thenRejects(NotTheConveningUnion);
    });

    it('drafts and then publishes an answer, recording the days taken and lateness', () => {
      given(...assignedBook())
        .when(unit('DraftAnswer', { answer: ANSWER }))
        .then({
          type: 'AnswerDrafted',
          data: { congressId, proposalId: 'p-1', unitId: 'logistics', answer: ANSWER, draftedAt: now },
        });
      given(...assignedBook(), drafted())
        .when({ ...unit('PublishAnswer', {}), metadata: { ...unit('PublishAnswer', {}).metadata, now: LATER } })
        .then(published(LATER, 33, true));
    });

    it('refuses an answer category outside the policy, a publication without a draft, and a second publication', () => {
      given(...assignedBook())
        .when(unit('DraftAnswer', { answer: { ...ANSWER, category: 'ignored' } }))
        .thenRejects(AnswerInvalid, /solved, being-solved, planned, explained/);
      given(...assignedBook())
        .when(unit('PublishAnswer', {}))
        .thenRejects(NoDraftAnswer);
      given(...assignedBook(), drafted(), published(now, 0, false))
        .when(unit('PublishAnswer', {}))
        .thenRejects(AnswerAlreadyPublished);
    });
  });

  describe('follow-up', () => {
    const answered = () => [...assignedBook(), drafted(), published(now, 0, false)];

    it('records a rating of the filer', () =>
      given(...answered())
        .when(rate(D1, 'satisfied'))
        .then(rated(D1, 'satisfied')));

    it('reopens the handling once on "not satisfied", due 15 days later, then only records', () => {
      given(...answered())
        .when(rate(D1, 'not-satisfied', '措施不具体'))
        .then(rated(D1, 'not-satisfied', '措施不具体'), {
          type: 'HandlingReopened',
          data: { congressId, proposalId: 'p-1', unitId: 'logistics', dueOn: '2026-10-30', reopenedAt: now },
        });
      const reopened: ProposalBookEvent = {
        type: 'HandlingReopened',
        data: { congressId, proposalId: 'p-1', unitId: 'logistics', dueOn: '2026-10-30', reopenedAt: now },
      };
      given(...answered(), rated(D1, 'not-satisfied', '措施不具体'), reopened, drafted(), published(now, 0, false))
        .when(rate(D1, 'not-satisfied', '仍不满意'))
        .then(rated(D1, 'not-satisfied', '仍不满意'));
    });

    it('takes ratings only from the proposers, of a published answer, once, with a comment when not satisfied', () => {
      given(...answered())
        .when(rate(D4, 'satisfied'))
        .thenRejects(NotAProposer);
      given(...assignedBook())
        .when(rate(D1, 'satisfied'))
        .thenRejects(AnswerNotPublished);
      given(...answered(), rated(D1, 'satisfied'))
        .when(rate(D1, 'satisfied'))
        .thenRejects(AnswerAlreadyRated);
      given(...answered())
        .when(rate(D1, 'not-satisfied', ' '))
        .thenRejects(RatingCommentRequired);
    });

    it('lets any delegate ask the unit a follow-up question, which the unit answers once', () => {
      const asked: ProposalBookEvent = {
        type: 'FollowUpAsked',
        data: {
          congressId,
          proposalId: 'p-1',
          unitId: 'logistics',
          questionId: 'q-1',
          askedBy: D4,
          question: '何时完工？',
          askedAt: now,
        },
      };
      given(...answered())
        .when(
          delegate(D4, 'AskFollowUp', {
            proposalId: 'p-1',
            unitId: 'logistics',
            questionId: 'q-1',
            question: '何时完工？',
            congress: CONGRESS,
          }),
        )
        .then(asked);
      given(...answered())
        .when(
          delegate('outsider', 'AskFollowUp', {
            proposalId: 'p-1',
            unitId: 'logistics',
            questionId: 'q-1',
            question: '?',
            congress: CONGRESS,
          }),
        )
        .thenRejects(NotADelegate);
      const answer = unit('AnswerFollowUp', { questionId: 'q-1', answer: '12月底完工' });
      given(...answered(), asked)
        .when(answer)
        .then({
          type: 'FollowUpAnswered',
          data: {
            congressId,
            proposalId: 'p-1',
            unitId: 'logistics',
            questionId: 'q-1',
            answer: '12月底完工',
            answeredAt: now,
          },
        });
      given(...answered(), asked, {
        type: 'FollowUpAnswered',
        data: { congressId, proposalId: 'p-1', unitId: 'logistics', questionId: 'q-1', answer: 'x', answeredAt: now },
      })
        .when(answer)
        .thenRejects(FollowUpAlreadyAnswered);
    });
  });
});

const now = '2026-10-15T02:00:00.000Z';
const LATER = '2026-11-17T02:00:00.000Z';
const congressId = 'congress-2026';
const [D1, D2, D3, D4] = ['d-1', 'd-2', 'd-3', 'd-4'] as const;
const CONGRESS: CongressFact = { convened: true, organisationId: 'school', seatedDelegateIds: [D1, D2, D3, D4] };
const POLICY: WindowPolicy = {
  minCoSigners: 2,
  answerDueDays: 30,
  reopenDueDays: 15,
  answerCategories: ['solved', 'being-solved', 'planned', 'explained'],
};
const ANSWER: AnswerContent = {
  category: 'being-solved',
  text: '已安排维修',
  measures: '更换照明',
  completionDate: '2026-12-31',
};

/** The command with some of its data replaced (a wrong acting union, say). */
const withData = (command: ProposalBookCommand, data: object) =>
  ({ ...command, data: { ...command.data, ...data } }) as ProposalBookCommand;

const as = (id: string, role: string, organisationId = 'school') => ({ now, actor: { id, role, organisationId } });

function openWindow(congress = CONGRESS): ProposalBookCommand {
  return {
    type: 'OpenProposalWindow',
    data: { congressId, organisationId: 'school', congress, policy: POLICY },
    metadata: as('staff-1', 'union-staff'),
  };
}
const windowOpened = (): ProposalBookEvent => ({
  type: 'ProposalWindowOpened',
  data: { congressId, organisationId: 'school', policy: POLICY, openedAt: now },
});
const committee = (): ProposalBookEvent => ({
  type: 'ProposalCommitteeAppointed',
  data: { congressId, memberIds: ['m-1', 'm-2'], appointedAt: now },
});

function staff(type: 'CloseProposalWindow', data: object): ProposalBookCommand {
  return {
    type,
    data: { congressId, organisationId: 'school', ...data },
    metadata: as('staff-1', 'union-staff'),
  } as ProposalBookCommand;
}
function delegate(id: string, type: ProposalBookCommand['type'], data: object): ProposalBookCommand {
  return { type, data: { congressId, ...data }, metadata: as(id, 'delegate') } as ProposalBookCommand;
}
function unit(type: 'DraftAnswer' | 'PublishAnswer' | 'AnswerFollowUp', data: object): ProposalBookCommand {
  return {
    type,
    data: { congressId, proposalId: 'p-1', unitId: 'logistics', ...data },
    metadata: as('officer-1', 'handling-unit', 'logistics'),
  } as ProposalBookCommand;
}

function submit(proposalId: string, filerId: string, data: object = {}): ProposalBookCommand {
  return delegate(filerId, 'SubmitProposal', {
    proposalId,
    title: '改善图书馆照明',
    body: '三楼自习区照明不足。',
    category: '后勤服务',
    suggestedUnitId: null,
    suggestedUnitKind: null,
    coSignerIds: [],
    congress: CONGRESS,
    ...data,
  });
}
const submitted = (proposalId: string, filerId: string, coSignerIds: string[] = []): ProposalBookEvent => ({
  type: 'ProposalSubmitted',
  data: {
    congressId,
    proposalId,
    filerId,
    title: '改善图书馆照明',
    body: '三楼自习区照明不足。',
    category: '后勤服务',
    suggestedUnitId: null,
    coSignerIds,
    submittedAt: now,
  },
});
const filed = (proposalId: string, number: number): ProposalBookEvent => ({
  type: 'ProposalFiled',
  data: { congressId, proposalId, number, filedAt: now },
});
const joint = (proposalId: string, coSignerIds: string[]) => [submitted(proposalId, D1, coSignerIds)];
const confirmed = (proposalId: string, coSignerId: string): ProposalBookEvent => ({
  type: 'CoSignatureConfirmed',
  data: { congressId, proposalId, coSignerId, confirmedAt: now },
});

function screen(
  proposalId: string,
  outcome: 'accepted' | 'opinion' | 'merged' | 'not-accepted',
  mergeInto: string | null = null,
  reason = '符合提案要求',
): ProposalBookCommand {
  return {
    type: 'ScreenProposal',
    data: { congressId, proposalId, outcome, mergeInto, reason },
    metadata: as('m-1', 'delegate'),
  };
}
const screened = (
  proposalId: string,
  outcome: 'accepted' | 'opinion' | 'merged' | 'not-accepted',
  mergedInto: string | null = null,
): ProposalBookEvent => ({
  type: 'ProposalScreened',
  data: { congressId, proposalId, outcome, mergedInto, reason: '符合提案要求', screenedBy: 'm-1', screenedAt: now },
});
const screenedBook = (outcome: 'accepted' | 'opinion') => [
  windowOpened(),
  committee(),
  submitted('p-1', D1),
  filed('p-1', 1),
  screened('p-1', outcome),
];

function assign(unitIds: string[]): ProposalBookCommand {
  const unitKinds = { 'academic-affairs': 'school-office', logistics: 'school-office', arts: 'college-union' };
  return {
    type: 'AssignProposal',
    data: { congressId, organisationId: 'school', proposalId: 'p-1', unitIds, unitKinds },
    metadata: as('staff-1', 'union-staff'),
  };
}
const assigned = (unitId: string): ProposalBookEvent => ({
  type: 'ProposalAssigned',
  data: { congressId, proposalId: 'p-1', unitId, dueOn: '2026-11-14', assignedAt: now },
});
const assignedBook = () => [...screenedBook('accepted'), assigned('logistics')];
const drafted = (): ProposalBookEvent => ({
  type: 'AnswerDrafted',
  data: { congressId, proposalId: 'p-1', unitId: 'logistics', answer: ANSWER, draftedAt: now },
});
const published = (publishedAt: string, daysToAnswer: number, late: boolean): ProposalBookEvent => ({
  type: 'AnswerPublished',
  data: {
    congressId,
    proposalId: 'p-1',
    unitId: 'logistics',
    answer: ANSWER,
    dueOn: '2026-11-14',
    daysToAnswer,
    late,
    publishedAt,
  },
});

function rate(raterId: string, rating: 'satisfied' | 'not-satisfied', comment = ''): ProposalBookCommand {
  return delegate(raterId, 'RateAnswer', { proposalId: 'p-1', unitId: 'logistics', rating, comment });
}
const rated = (raterId: string, rating: 'satisfied' | 'not-satisfied', comment = ''): ProposalBookEvent => ({
  type: 'AnswerRated',
  data: { congressId, proposalId: 'p-1', unitId: 'logistics', raterId, rating, comment, ratedAt: now },
});
