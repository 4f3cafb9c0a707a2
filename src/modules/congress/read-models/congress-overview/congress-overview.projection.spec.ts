import { describe, it } from '@jest/globals';
import { givenProjection, projectionDatabase } from '../../../../../test/support/given-projection.js';
import { congressOverviewProjection } from './congress-overview.projection.js';
import { findCongress } from './congress-overview.queries.js';

const db = projectionDatabase();
const given = givenProjection(congressOverviewProjection, db).given;

const convened = (congressId: string, allocation: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'CongressConvened',
  stream: `congress-${congressId}`,
  data: {
    congressId,
    organisationId: 'school',
    number: 12,
    year: 2026,
    targetSeats: 30,
    allocation,
    quorum: { numerator: 2, denominator: 3 },
    nonOfficerShareMin: { numerator: 3, denominator: 5 },
    mainClubs: ['辩论社', '话剧社'],
    convenedAt: '2026-04-01T09:00:00.000Z',
    ...extra,
  },
});

/** 30 seats over 1500 students: med's share (2) is below 5 and gets 5; arts and law share 25 seats over 1400 in round 2. */
const noticeAllocation = {
  method: 'largest-remainder-with-minimum',
  targetSeats: 30,
  totalStudents: 1500,
  minimumSeats: 5,
  proportionalSeats: 25,
  colleges: [
    {
      collegeId: 'arts',
      students: 1000,
      minimum: 5,
      basis: 'share',
      shareNumerator: 25000,
      shareDenominator: 1400,
      round: 2,
      proportional: 17,
      remainderSeat: 1,
      seats: 18,
    },
    {
      collegeId: 'law',
      students: 400,
      minimum: 5,
      basis: 'share',
      shareNumerator: 10000,
      shareDenominator: 1400,
      round: 2,
      proportional: 7,
      remainderSeat: 0,
      seats: 7,
    },
    {
      collegeId: 'med',
      students: 100,
      minimum: 5,
      basis: 'minimum',
      shareNumerator: 3000,
      shareDenominator: 1500,
      round: 1,
      proportional: 0,
      remainderSeat: 0,
      seats: 5,
    },
  ],
};

/** As congresses convened before the notice's rule was read literally stored it: no shareDenominator, basis or round. */
const oldAllocation = {
  method: 'minimum-then-largest-remainder',
  targetSeats: 30,
  totalStudents: 1500,
  minimumSeats: 15,
  proportionalSeats: 15,
  colleges: [
    {
      collegeId: 'arts',
      students: 1000,
      minimum: 5,
      shareNumerator: 15000,
      proportional: 10,
      remainderSeat: 0,
      seats: 15,
    },
    { collegeId: 'law', students: 400, minimum: 5, shareNumerator: 6000, proportional: 4, remainderSeat: 0, seats: 9 },
    { collegeId: 'med', students: 100, minimum: 5, shareNumerator: 1500, proportional: 1, remainderSeat: 0, seats: 6 },
  ],
};

describe('congress overview projection', () => {
  it('keeps every college share of a congress convened by the notice rule, with its basis and round', () =>
    given(convened('c12', noticeAllocation, { enrolmentReadAt: 'pg:812:3' })).then(
      `SELECT college_id, students, minimum, share_numerator, share_denominator, basis, round, proportional, remainder_seat, seats
         FROM congress_allocation WHERE congress_id = 'c12' ORDER BY college_id`,
      [
        {
          college_id: 'arts',
          students: 1000,
          minimum: 5,
          share_numerator: '25000',
          share_denominator: '1400',
          basis: 'share',
          round: 2,
          proportional: 17,
          remainder_seat: 1,
          seats: 18,
        },
        {
          college_id: 'law',
          students: 400,
          minimum: 5,
          share_numerator: '10000',
          share_denominator: '1400',
          basis: 'share',
          round: 2,
          proportional: 7,
          remainder_seat: 0,
          seats: 7,
        },
        {
          college_id: 'med',
          students: 100,
          minimum: 5,
          share_numerator: '3000',
          share_denominator: '1500',
          basis: 'minimum',
          round: 1,
          proportional: 0,
          remainder_seat: 0,
          seats: 5,
        },
      ],
    ));

  it('shows the notice rule congress with the arithmetic for the minutes', () =>
    given(convened('c12', noticeAllocation, { enrolmentReadAt: 'pg:812:3' })).thenQuery(
      (ds) => findCongress(ds, 'c12'),
      {
        congressId: 'c12',
        organisationId: 'school',
        number: 12,
        year: 2026,
        targetSeats: 30,
        totalStudents: 1500,
        method: 'largest-remainder-with-minimum',
        minimumSeats: 5,
        proportionalSeats: 25,
        quorum: { numerator: 2, denominator: 3 },
        nonOfficerShareMin: { numerator: 3, denominator: 5 },
        mainClubs: ['辩论社', '话剧社'],
        convenedAt: '2026-04-01T09:00:00.000Z',
        enrolmentReadAt: 'pg:812:3',
        allocation: [
          {
            collegeId: 'arts',
            students: 1000,
            minimum: 5,
            share: { numerator: 25000, denominator: 1400, decimal: '17.857' },
            proportionalShare: '17.857',
            basis: 'share',
            round: 2,
            proportional: 17,
            remainderSeat: 1,
            seats: 18,
            why: '按比例 17.857 → 17 + 1（最大余数） = 18',
          },
          {
            collegeId: 'law',
            students: 400,
            minimum: 5,
            share: { numerator: 10000, denominator: 1400, decimal: '7.143' },
            proportionalShare: '7.143',
            basis: 'share',
            round: 2,
            proportional: 7,
            remainderSeat: 0,
            seats: 7,
            why: '按比例 7.143 → 7 = 7',
          },
          {
            collegeId: 'med',
            students: 100,
            minimum: 5,
            share: { numerator: 3000, denominator: 1500, decimal: '2.000' },
            proportionalShare: '2.000',
            basis: 'minimum',
            round: 1,
            proportional: 0,
            remainderSeat: 0,
            seats: 5,
            why: '份额 2.000 不足 5 名，按 5 名计',
          },
        ],
        arithmetic: [
          '30 seats in proportion to 1500 students; a college whose share is below 5 gets 5',
          'round 1: med: 3000 / 1500 = 2.000 < 5 → 5',
          'round 2: arts: 25000 / 1400 = 17.857 → 17 + 1 (largest remainder) = 18',
          'round 2: law: 10000 / 1400 = 7.143 → 7 = 7',
          '5 seats by the minimum, 25 by the largest remainder',
        ],
      },
    ));

  it('reads an old-shape congress as minimum plus share, over all students, in one round', () =>
    given(convened('c11', oldAllocation, { number: 11, year: 2025 })).then(
      `SELECT c.method, c.enrolment_read_at, a.college_id, a.share_numerator, a.share_denominator, a.basis, a.round, a.seats
         FROM congresses c JOIN congress_allocation a USING (congress_id) ORDER BY a.college_id`,
      [
        {
          method: 'minimum-then-largest-remainder',
          enrolment_read_at: null,
          college_id: 'arts',
          share_numerator: '15000',
          share_denominator: '1500',
          basis: 'minimum-plus-share',
          round: 1,
          seats: 15,
        },
        {
          method: 'minimum-then-largest-remainder',
          enrolment_read_at: null,
          college_id: 'law',
          share_numerator: '6000',
          share_denominator: '1500',
          basis: 'minimum-plus-share',
          round: 1,
          seats: 9,
        },
        {
          method: 'minimum-then-largest-remainder',
          enrolment_read_at: null,
          college_id: 'med',
          share_numerator: '1500',
          share_denominator: '1500',
          basis: 'minimum-plus-share',
          round: 1,
          seats: 6,
        },
      ],
    ));

  it('explains an old-shape congress by the minimum-first arithmetic', () =>
    given(convened('c11', oldAllocation, { number: 11, year: 2025 })).thenQuery(
      async (ds) => {
        const view = await findCongress(ds, 'c11');
        return { why: view?.allocation.map((c) => c.why), arithmetic: view?.arithmetic };
      },
      {
        why: [
          '5 名保底 + 按比例 10.000 → 10 = 15',
          '5 名保底 + 按比例 4.000 → 4 = 9',
          '5 名保底 + 按比例 1.000 → 1 = 6',
        ],
        arithmetic: [
          '3 colleges × 5 seats minimum = 15',
          '30 − 15 = 15 seats shared in proportion to 1500 students',
          'arts: 15 × 1000 / 1500 = 10.000 → 10 + 5 = 15',
          'law: 15 × 400 / 1500 = 4.000 → 4 + 5 = 9',
          'med: 15 × 100 / 1500 = 1.000 → 1 + 5 = 6',
        ],
      },
    ));

  it('keeps the first telling of a congress convened twice in the log', () =>
    given(convened('c12', noticeAllocation), convened('c12', oldAllocation, { number: 99 })).then(
      `SELECT number, method, (SELECT count(*)::int FROM congress_allocation) AS colleges FROM congresses`,
      [{ number: 12, method: 'largest-remainder-with-minimum', colleges: 3 }],
    ));
});
