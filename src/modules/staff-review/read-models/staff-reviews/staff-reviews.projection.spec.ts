import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import {
  appeal,
  appoint,
  conflict,
  decideAppeal,
  decidePost,
  jan12,
  play,
  publish,
  scored,
  scoreBy,
  sheet,
} from '../../../../../test/support/staff-review.js';
import type { StaffReviewEvent } from '../../domain/staff-review.events.js';
import { staffReviewsProjection } from './staff-reviews.projection.js';
import { awardNominations, findReview, reviewSheets } from './staff-reviews.queries.js';

const db = projectionDatabase();
const given = (...events: StaffReviewEvent[]) =>
  givenProjection(staffReviewsProjection, db).given(
    ...events.map((e) => ({ ...e, stream: 'staff-review-school.2026-autumn' })),
  );
const NEW_PANEL = ['d4', 'd5', 'd6', 'sa2', 'yl2'];

describe('the staff reviews read model (Art. 19-20)', () => {
  it('shows progress without scores while open, and no result before publication', () =>
    given(...play(...scored().slice(0, 8), conflict('yl1', 'h1'))).thenQuery(
      async (dataSource) => {
        const review = await findReview(dataSource, 'school', '2026-autumn');
        return {
          status: review?.status,
          panel: review?.panel.length,
          reviewees: review?.reviewees.map((r) => [r.revieweeId, r.progress, r.result, r.flagged]),
        };
      },
      {
        status: 'open',
        panel: 6,
        reviewees: [
          ['h1', { scored: 0, recused: 1 }, null, false],
          ['p1', { scored: 6, recused: 0 }, null, false],
        ],
      },
    ));

  it('records a short panel after a recusal, and clears it when panellists are appointed', async () => {
    const base = [...scored().slice(0, 2), conflict('d1', 'p1'), conflict('d2', 'p1')];
    await given(...play(...base)).thenQuery(
      async (dataSource) => (await findReview(dataSource, 'school', '2026-autumn'))?.reviewees[1]?.shortfall,
      { rule: 'min-size', detail: '4 panellists, at least 5' },
    );
    await given(...play(...base, appoint(['d4']))).thenQuery(
      async (dataSource) => (await findReview(dataSource, 'school', '2026-autumn'))?.reviewees[1]?.shortfall,
      null,
    );
  });

  it('publishes every result together, flags the failing post, and lists nominations by result', () =>
    given(...play(...scored(), publish())).thenQuery(
      async (dataSource) => {
        const review = (await findReview(dataSource, 'school', '2026-autumn'))!;
        return {
          status: review.status,
          appealBy: review.appealBy,
          results: review.reviewees.map((r) => [r.revieweeId, r.result?.final, r.flagged]),
          nominations: awardNominations(review),
          sheets: (await reviewSheets(dataSource, 'school', '2026-autumn')).length,
        };
      },
      {
        status: 'published',
        appealBy: '2027-01-17',
        results: [
          ['h1', '50.00', true],
          ['p1', '80.00', false],
        ],
        nominations: [{ rank: 1, revieweeId: 'p1', post: { kind: 'presidium' }, final: '80.00' }],
        sheets: 11,
      },
    ));

  it('keeps the original beside a changed re-review, whose sheets show once it is decided', async () => {
    const heard = [
      ...scored(),
      publish(),
      appeal('h1'),
      appoint(NEW_PANEL, 'h1'),
      ...NEW_PANEL.map((id) => scoreBy(id, 'h1', sheet(40, 25, 70), jan12)),
    ];
    const view = async (dataSource: Parameters<typeof findReview>[0]) => {
      const review = (await findReview(dataSource, 'school', '2026-autumn'))!;
      const h1 = review.reviewees[0]!;
      return {
        original: h1.result?.final,
        appeal: [h1.appeal?.status, h1.appeal?.panel.length, h1.appeal?.revised?.final ?? null],
        progress: h1.progress,
        flagged: h1.flagged,
        appealSheets: (await reviewSheets(dataSource, 'school', '2026-autumn')).filter((s) => s.stage === 'appeal')
          .length,
        nominations: awardNominations(review).map((n) => [n.rank, n.revieweeId]),
      };
    };
    await given(...play(...heard)).thenQuery(view, {
      original: '50.00',
      appeal: ['filed', 5, null],
      progress: { scored: 5, recused: 0 },
      flagged: true,
      appealSheets: 0,
      nominations: [[1, 'p1']],
    });
    await given(...play(...heard, decideAppeal('h1'))).thenQuery(view, {
      original: '50.00',
      appeal: ['decided', 5, '67.50'],
      progress: { scored: 5, recused: 0 },
      flagged: false,
      appealSheets: 5,
      nominations: [
        [1, 'p1'],
        [2, 'h1'],
      ],
    });
  });

  it('records the union’s decision, and a removed post leaves the nominations', () =>
    given(...play(...scored(), publish(), decidePost('h1'))).thenQuery(
      async (dataSource) => {
        const review = (await findReview(dataSource, 'school', '2026-autumn'))!;
        return review.reviewees.map((r) => [r.revieweeId, r.flagged, r.decision?.decision ?? null]);
      },
      [
        ['h1', false, 'remove'],
        ['p1', false, null],
      ],
    ));
});
