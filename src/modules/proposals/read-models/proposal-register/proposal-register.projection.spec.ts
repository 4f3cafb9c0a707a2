import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { proposalRegisterProjection } from './proposal-register.projection.js';
import { delegateRecord, listProposals } from './proposal-register.queries.js';

const db = projectionDatabase();
const given = givenProjection(proposalRegisterProjection, db).given;
const congressId = 'c-2026';
const stream = `proposals-${congressId}`;
const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T02:00:00.000Z`;
const event = (type: string, data: object) => ({ type, stream, data: { congressId, ...data } });

const POLICY = { minCoSigners: 2, answerDueDays: 30, reopenDueDays: 15, answerCategories: ['solved', 'planned'] };
const ANSWER = { category: 'planned', text: '寒假完成', measures: '', completionDate: null };
const submitted = (proposalId: string, filerId: string, coSignerIds: string[], day: number) =>
  event('ProposalSubmitted', {
    proposalId,
    filerId,
    title: `提案 ${proposalId}`,
    body: '内容',
    category: '后勤服务',
    suggestedUnitId: null,
    coSignerIds,
    submittedAt: at(day),
  });

const history = [
  event('ProposalWindowOpened', { organisationId: 'school', policy: POLICY, openedAt: at(1) }),
  event('ProposalCommitteeAppointed', { memberIds: ['m-1'], appointedAt: at(1) }),
  submitted('a', 'd-1', [], 2),
  event('ProposalFiled', { proposalId: 'a', number: 1, filedAt: at(2) }),
  submitted('b', 'd-2', ['d-3', 'd-4'], 3),
  event('CoSignatureConfirmed', { proposalId: 'b', coSignerId: 'd-3', confirmedAt: at(3) }),
  event('CoSignatureConfirmed', { proposalId: 'b', coSignerId: 'd-4', confirmedAt: at(4) }),
  event('ProposalFiled', { proposalId: 'b', number: 2, filedAt: at(4) }),
  event('ProposalScreened', {
    proposalId: 'a',
    outcome: 'accepted',
    mergedInto: null,
    reason: '立案',
    screenedBy: 'm-1',
    screenedAt: at(5),
  }),
  event('ProposalScreened', {
    proposalId: 'b',
    outcome: 'merged',
    mergedInto: 'a',
    reason: '并案',
    screenedBy: 'm-1',
    screenedAt: at(5),
  }),
  event('ProposalAssigned', { proposalId: 'a', unitId: 'logistics', dueOn: '2026-11-04', assignedAt: at(5) }),
  event('AnswerDrafted', { proposalId: 'a', unitId: 'logistics', answer: ANSWER, draftedAt: at(6) }),
  event('AnswerPublished', {
    proposalId: 'a',
    unitId: 'logistics',
    answer: ANSWER,
    dueOn: '2026-11-04',
    daysToAnswer: 2,
    late: false,
    publishedAt: at(7),
  }),
  event('AnswerRated', {
    proposalId: 'a',
    unitId: 'logistics',
    raterId: 'd-1',
    rating: 'not-satisfied',
    comment: '太慢',
    ratedAt: at(8),
  }),
  event('HandlingReopened', { proposalId: 'a', unitId: 'logistics', dueOn: '2026-10-23', reopenedAt: at(8) }),
  event('FollowUpAsked', {
    proposalId: 'a',
    unitId: 'logistics',
    questionId: 'q-1',
    askedBy: 'd-3',
    question: '何时？',
    askedAt: at(9),
  }),
  event('FollowUpAnswered', {
    proposalId: 'a',
    unitId: 'logistics',
    questionId: 'q-1',
    answer: '寒假',
    answeredAt: at(10),
  }),
];

describe('the proposal register', () => {
  it('keeps the window with its committee and the policy it opened under', () =>
    given(...history).then(`SELECT status, policy, committee FROM proposal_windows`, [
      { status: 'Open', policy: POLICY, committee: ['m-1'] },
    ]));

  it('numbers, screens and merges proposals both ways, without the unit’s unpublished draft', () =>
    given(...history).thenQuery(
      async (dataSource) =>
        (await listProposals(dataSource, congressId, {}, '2026-10-30')).map((p) => ({
          id: p.proposalId,
          number: p.number,
          stage: p.stage,
          confirmed: p.confirmedIds,
          mergedInto: p.mergedInto,
          mergedFrom: p.mergedFrom,
          assignments: p.assignments.map((a) => ({
            status: a.status,
            dueOn: a.dueOn,
            overdue: a.overdue,
            answers: a.answers.length,
            ratings: a.ratings.length,
            questions: a.questions,
          })),
        })),
      [
        {
          id: 'a',
          number: 1,
          stage: 'Accepted',
          confirmed: [],
          mergedInto: null,
          mergedFrom: ['b'],
          assignments: [
            {
              status: 'Reopened',
              dueOn: '2026-10-23',
              overdue: true,
              answers: 1,
              ratings: 1,
              questions: [
                {
                  questionId: 'q-1',
                  askedBy: 'd-3',
                  question: '何时？',
                  askedAt: at(9),
                  answer: '寒假',
                  answeredAt: at(10),
                },
              ],
            },
          ],
        },
        {
          id: 'b',
          number: 2,
          stage: 'Merged',
          confirmed: ['d-3', 'd-4'],
          mergedInto: 'a',
          mergedFrom: [],
          assignments: [],
        },
      ],
    ));

  it('answers a delegate’s record from the same rows', () =>
    given(...history).thenQuery((dataSource) => delegateRecord(dataSource, congressId, 'd-3'), {
      delegateId: 'd-3',
      filed: [],
      coSigned: [{ proposalId: 'b', number: 2, title: '提案 b', stage: 'Merged' }],
      ratingsGiven: 0,
      questionsAsked: 1,
    }));
});
