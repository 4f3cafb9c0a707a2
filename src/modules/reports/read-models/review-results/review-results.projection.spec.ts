import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { reviewResultsProjection } from './review-results.projection.js';
import { reviewDistributions } from './review-results.queries.js';

const db = projectionDatabase();
const given = givenProjection(reviewResultsProjection, db).given;

const e = (type: string, data: Record<string, unknown>) => ({
  type,
  stream: 'staff-review-school-2026-spring',
  data: { organisationId: 'school', semester: '2026-spring', ...data },
});
const result = (revieweeId: string, final: string, passed: boolean) => ({
  revieweeId,
  post: { kind: 'presidium' },
  sheets: 5,
  daily: final,
  concentrated: final,
  final,
  passed,
});

describe('review results report projection', () => {
  it('distributes the results by band, with a changed appeal counted at its revised score, and the decisions', () =>
    given(
      e('ReviewResultsPublished', {
        results: [
          result('s1', '92.50', true),
          result('s2', '81.00', true),
          result('s3', '59.99', false),
          result('s4', '55.00', false),
          result('s5', '70.00', true),
        ],
        aggregation: 'mean',
        rounding: 'half-up',
        decimals: 2,
        passMark: 60,
        publishedOn: '2026-06-20',
        appealBy: '2026-06-27',
      }),
      e('ReviewAppealFiled', { revieweeId: 's3', reasons: '评分有误', filedOn: '2026-06-21' }),
      e('ReviewAppealDecided', {
        revieweeId: 's3',
        outcome: 'changed',
        original: result('s3', '59.99', false),
        revised: result('s3', '61.00', true),
        decidedOn: '2026-06-25',
      }),
      e('PostDecided', {
        revieweeId: 's4',
        decision: 'remove',
        final: '55.00',
        reason: '不称职',
        decidedOn: '2026-06-30',
      }),
    ).thenQuery(
      (ds) => reviewDistributions(ds, 'school'),
      [
        {
          semester: '2026-spring',
          passMark: 60,
          reviewees: 5,
          passed: 4,
          failed: 1,
          bands: [
            { band: '<60', reviewees: 1 },
            { band: '60-69', reviewees: 1 },
            { band: '70-79', reviewees: 1 },
            { band: '80-89', reviewees: 1 },
            { band: '>=90', reviewees: 1 },
          ],
          appeals: 1,
          changedOnAppeal: 1,
          kept: 0,
          removed: 1,
        },
      ],
    ));
});
