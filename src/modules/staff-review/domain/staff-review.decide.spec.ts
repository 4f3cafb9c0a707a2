import { describe, expect, it } from '@jest/globals';
import { givenDecider } from '../../../../test/support/decider-spec.js';
import {
  rules,
  jan10,
  jan12,
  jan25,
  open,
  member,
  appoint,
  sheet,
  scoreBy,
  conflict,
  publish,
  appeal,
  decideAppeal,
  decidePost,
  play,
  PANEL,
  scored,
  publishedEvent,
} from '../../../../test/support/staff-review.js';
import type { ReviewRules } from './review-rules.js';
import type { StaffReviewCommand } from './staff-review.commands.js';
import { staffReviewDecider } from './staff-review.decide.js';
import {
  AlreadyScored,
  AppealAlreadyFiled,
  AppealDeadlinePassed,
  AppealNotByReviewee,
  AppealPanelNotIndependent,
  AppealStillPossible,
  NoOneToReview,
  NoPostDecisionDue,
  NotOnThePanel,
  OutsideReviewMonth,
  PanelCompositionBroken,
  PanellistNotEligible,
  PanellistRecusedFromReviewee,
  ResultsNotPublished,
  ReviewPeriodAlreadyOpened,
  ReviewSemesterUnknown,
  RevieweeNotInOffice,
  ScoreAboveMaximum,
  ScoreSheetInvalid,
  ScoresOutstanding,
  SelfScoring,
} from './staff-review.errors.js';

const given = givenDecider(staffReviewDecider);
describe('opening a semester review (评议办法第三条、第五条)', () => {
  it('opens in the semester’s last month with the reviewees in office and the rules of the day', () => {
    const [opened] = play(open());
    expect(opened).toMatchObject({
      type: 'ReviewPeriodOpened',
      data: { semesterEnds: '2027-01-31', openedOn: '2027-01-10', rules: { rubric: { version: 'v1' } } },
    });
    expect(opened!.type === 'ReviewPeriodOpened' && opened!.data.reviewees.map((r) => r.studentId)).toEqual([
      'h1',
      'p1',
    ]);
  });

  it('refuses before the last month, after the semester, an unknown semester, nobody to review, and twice', () => {
    given()
      .when(open({}, '2026-12-30T02:00:00.000Z'))
      .thenRejects(OutsideReviewMonth, /2027-01-01 to 2027-01-31/);
    given().when(open({}, '2027-02-01T02:00:00.000Z')).thenRejects(OutsideReviewMonth);
    given()
      .when(open({ semesterDates: null }))
      .thenRejects(ReviewSemesterUnknown);
    given()
      .when(open({ inOffice: [] }))
      .thenRejects(NoOneToReview);
    given(...play(open()))
      .when(open())
      .thenRejects(ReviewPeriodAlreadyOpened);
  });
});

describe('the panel (评议办法第二条)', () => {
  const opened = play(open());

  it('is mostly seated delegates, with student affairs and the Youth League committee, of the minimum size', () => {
    given(...opened)
      .when(appoint(PANEL))
      .then({
        type: 'PanellistsAppointed',
        data: {
          organisationId: 'school',
          semester: '2026-autumn',
          stage: 'review',
          revieweeId: null,
          congressId: 'c2026',
          members: PANEL.map(member),
          appointedAt: jan10,
        },
      });
    // 3 delegates of 6 is half, not more than half
    given(...opened)
      .when(appoint(['d1', 'd2', 'd3', 'sa1', 'sa2', 'yl1']))
      .thenRejects(PanelCompositionBroken, /3 of 6/);
    given(...opened)
      .when(appoint(['d1', 'd2', 'd3', 'd4', 'sa1']))
      .thenRejects(PanelCompositionBroken, /youth-league-committee/);
    given(...opened)
      .when(appoint(['d1', 'd2', 'sa1', 'yl1']))
      .thenRejects(PanelCompositionBroken, /at least 5/);
    // h1 does not hear himself: for him the panel of d1, d2, h1, sa1, yl1 has four, and 2 delegates of 4
    given(...opened)
      .when(appoint(['d1', 'd2', 'h1', 'sa1', 'yl1']))
      .thenRejects(PanelCompositionBroken, /For h1/);
  });

  it('refuses an unseated delegate and a panellist named twice', () => {
    given(...opened)
      .when(appoint(['d1', 'd2', 'd3', 'x9', 'sa1', 'yl1']))
      .thenRejects(PanellistNotEligible, /x9/);
    given(...opened)
      .when(appoint(['d1', 'd1', 'd2', 'd3', 'sa1', 'yl1']))
      .thenRejects(PanellistNotEligible);
    given(...play(open(), appoint(PANEL)))
      .when(appoint(['d1']))
      .thenRejects(PanellistNotEligible, /once/);
  });
});

describe('scoring (评议办法第七条至第十二条)', () => {
  const panelled = play(open(), appoint(PANEL));

  it('takes each panellist’s sheet once, within each item’s maximum, never for themselves', () => {
    const [submitted] = play(...[open(), appoint(PANEL)], scoreBy('d1', 'p1', sheet(50.5, 30, 80))).slice(-1);
    expect(submitted).toMatchObject({
      type: 'ReviewScoreSubmitted',
      data: {
        stage: 'review',
        revieweeId: 'p1',
        panellistId: 'd1',
        rubricVersion: 'v1',
        sheet: { daily: { conduct: '50.5', work: '30' }, concentrated: { report: '80' } },
      },
    });
    given(...panelled)
      .when(scoreBy('d1', 'p1', sheet(61, 30, 80)))
      .thenRejects(ScoreAboveMaximum, /at most 60/);
    given(...panelled)
      .when(scoreBy('d1', 'p1', sheet(50.25, 30, 80)))
      .thenRejects(ScoreSheetInvalid, /one decimal/);
    given(...panelled)
      .when(scoreBy('d1', 'p1', sheet(-1, 30, 80)))
      .thenRejects(ScoreSheetInvalid);
    given(...panelled)
      .when(scoreBy('d1', 'p1', { daily: { conduct: 50 }, concentrated: { report: 80, extra: 1 } }))
      .thenRejects(ScoreSheetInvalid, /missing work/);
    given(...panelled)
      .when(scoreBy('d1', 'p1', { daily: { conduct: 50, work: 30 }, concentrated: { report: 80, extra: 1 } }))
      .thenRejects(ScoreSheetInvalid, /no item extra/);
    given(...panelled)
      .when(scoreBy('h1', 'h1', sheet(60, 40, 100)))
      .thenRejects(SelfScoring);
    given(...panelled)
      .when(scoreBy('d7', 'p1', sheet(50, 30, 80)))
      .thenRejects(NotOnThePanel);
    given(...play(open(), appoint(PANEL), scoreBy('d1', 'p1', sheet(50, 30, 80))))
      .when(scoreBy('d1', 'p1', sheet(50, 30, 80)))
      .thenRejects(AlreadyScored);
  });

  it('records a recusal, checks the panel left, and flags a panel left short', () => {
    given(...panelled)
      .when(conflict('d1', 'p1'))
      .then({
        type: 'PanellistRecused',
        data: {
          organisationId: 'school',
          semester: '2026-autumn',
          stage: 'review',
          revieweeId: 'p1',
          panellistId: 'd1',
          conflict: '同宿舍',
          recusedAt: jan10,
        },
      });
    given(...play(open(), appoint(PANEL), conflict('d1', 'p1')))
      .when(conflict('d2', 'p1'))
      .then(expect.objectContaining({ type: 'PanellistRecused' }) as never, {
        type: 'ReviewPanelShort',
        data: {
          organisationId: 'school',
          semester: '2026-autumn',
          stage: 'review',
          revieweeId: 'p1',
          rule: 'min-size',
          detail: '4 panellists, at least 5',
        },
      });
    given(...play(open(), appoint(PANEL), conflict('d1', 'p1')))
      .when(scoreBy('d1', 'p1', sheet(1, 1, 1)))
      .thenRejects(PanellistRecusedFromReviewee);
    given(...play(open(), appoint(PANEL), scoreBy('d1', 'p1', sheet(1, 1, 1))))
      .when(conflict('d1', 'p1'))
      .thenRejects(AlreadyScored, /before scoring/);
  });
});

describe('publishing the results together (issue 11 item 5)', () => {
  it('waits for every sheet, and for a short panel to be made whole', () => {
    given(...play(...scored()).slice(0, -1))
      .when(publish())
      .thenRejects(ScoresOutstanding, /h1: yl1/);
    const short = play(open(), appoint(PANEL), conflict('d1', 'p1'), conflict('d2', 'p1'));
    given(...short)
      .when(publish())
      .thenRejects(PanelCompositionBroken, /For p1/);
    // a delegate appointed makes p1's panel whole again (5: d3, h1, d4, sa1, yl1)
    const mended = play(open(), appoint(PANEL), conflict('d1', 'p1'), conflict('d2', 'p1'), appoint(['d4']));
    expect(mended.at(-1)).toMatchObject({ type: 'PanellistsAppointed', data: { members: [member('d4')] } });
  });

  it('aggregates exactly, weights 50/50 and rounds once; a result below the pass mark fails', () => {
    const events = play(...scored(), publish());
    const published = publishedEvent(events);
    expect(published.data).toMatchObject({ publishedOn: '2027-01-10', appealBy: '2027-01-17', passMark: 60 });
    expect(published.data.results).toEqual([
      {
        revieweeId: 'h1',
        post: { kind: 'department-head', departmentId: 'study' },
        sheets: 5,
        daily: '50.00',
        concentrated: '50.00',
        final: '50.00',
        passed: false,
      },
      {
        revieweeId: 'p1',
        post: { kind: 'presidium' },
        sheets: 6,
        daily: '80.00',
        concentrated: '80.00',
        final: '80.00',
        passed: true,
      },
    ]);
  });

  it('states a mean of thirds rounded by the rule, and a trimmed mean without the extremes', () => {
    const sheets = [
      sheet(50, 30, 80),
      sheet(50, 30, 81),
      sheet(50, 30, 81),
      sheet(50, 31, 80),
      sheet(50, 30, 80),
      sheet(10, 0, 0),
    ];
    const run = (r: ReviewRules) => {
      const o = { ...open(), data: { ...(open().data as object), rules: r } } as StaffReviewCommand;
      const events = play(
        o,
        appoint(PANEL),
        ...PANEL.map((id, i) => scoreBy(id, 'p1', sheets[i]!)),
        ...PANEL.filter((id) => id !== 'h1').map((id) => scoreBy(id, 'h1', sheet(30, 30, 60))),
        publish(),
      );
      return publishedEvent(events).data.results.find((x) => x.revieweeId === 'p1')!;
    };
    // daily (80+80+80+81+80+10)/6 = 68.5; concentrated (80+81+81+80+80+0)/6 = 67; final 67.75
    expect(run(rules)).toMatchObject({ daily: '68.50', concentrated: '67.00', final: '67.75' });
    // trimmed: daily drops 10 and 81: 80; concentrated drops 0 and an 81: (80+81+80+80)/4 = 80.25; final 80.125
    expect(run({ ...rules, aggregation: 'trimmed-mean' })).toMatchObject({
      daily: '80.00',
      concentrated: '80.25',
      final: '80.13',
    });
    expect(run({ ...rules, aggregation: 'trimmed-mean', rounding: 'half-even' })).toMatchObject({ final: '80.12' });
    expect(run({ ...rules, aggregation: 'median', decimals: 1 })).toMatchObject({
      daily: '80.0',
      concentrated: '80.0',
      final: '80.0',
    });
  });

  it('publishes once and takes no sheet after', () => {
    const events = play(...scored(), publish());
    given(...events)
      .when(publish())
      .thenRejects(Error, /Already published/);
    given(...events)
      .when(scoreBy('d4', 'p1', sheet(1, 1, 1)))
      .thenRejects(Error, /no re-review pending/);
  });
});

describe('re-review (复核, issue 11 item 7)', () => {
  const published = play(...scored(), publish());
  const NEW_PANEL = ['d4', 'd5', 'd6', 'sa2', 'yl2'];

  it('is asked for by the reviewee, with reasons, by the deadline, once', () => {
    given(...published)
      .when(appeal('h1'))
      .then({
        type: 'ReviewAppealFiled',
        data: {
          organisationId: 'school',
          semester: '2026-autumn',
          revieweeId: 'h1',
          reasons: '述职材料未被完整查阅',
          filedOn: '2027-01-12',
          filedAt: jan12,
        },
      });
    given(...published)
      .when(appeal('p1', 'h1'))
      .thenRejects(AppealNotByReviewee);
    given(...published)
      .when(appeal('h1', 'h1', '2027-01-18T02:00:00.000Z'))
      .thenRejects(AppealDeadlinePassed, /2027-01-17/);
    given(...play(...scored()))
      .when(appeal('h1'))
      .thenRejects(ResultsNotPublished);
    given(...play(...scored(), publish(), appeal('h1')))
      .when(appeal('h1'))
      .thenRejects(AppealAlreadyFiled);
  });

  it('is heard by a panel without the original panellists, and recorded beside the original', () => {
    const filed = [...published, ...play(...scored(), publish(), appeal('h1')).slice(published.length)];
    given(...filed)
      .when(appoint(['d1', 'd5', 'd6', 'sa2', 'yl2'], 'h1'))
      .thenRejects(AppealPanelNotIndependent, /d1/);
    const heard = play(
      ...scored(),
      publish(),
      appeal('h1'),
      appoint(NEW_PANEL, 'h1'),
      ...NEW_PANEL.map((id) => scoreBy(id, 'h1', sheet(40, 25, 70), jan12)),
    );
    given(...heard)
      .when(scoreBy('d1', 'h1', sheet(1, 1, 1), jan12))
      .thenRejects(NotOnThePanel);
    const [decided] = play(
      ...scored(),
      publish(),
      appeal('h1'),
      appoint(NEW_PANEL, 'h1'),
      ...NEW_PANEL.map((id) => scoreBy(id, 'h1', sheet(40, 25, 70), jan12)),
      decideAppeal('h1'),
    ).slice(-1);
    expect(decided).toMatchObject({
      type: 'ReviewAppealDecided',
      data: {
        revieweeId: 'h1',
        outcome: 'changed',
        original: { final: '50.00', passed: false },
        revised: { final: '67.50', passed: true, sheets: 5 },
      },
    });
  });

  it('is upheld when the new panel states the same result, and waits for its sheets', () => {
    const base = [...scored(), publish(), appeal('h1'), appoint(NEW_PANEL, 'h1')];
    given(...play(...base))
      .when(decideAppeal('h1'))
      .thenRejects(ScoresOutstanding);
    const [decided] = play(
      ...base,
      ...NEW_PANEL.map((id) => scoreBy(id, 'h1', sheet(30, 20, 50), jan12)),
      decideAppeal('h1'),
    ).slice(-1);
    expect(decided).toMatchObject({ data: { outcome: 'upheld', revised: { final: '50.00' } } });
  });
});

describe('the union’s decision on a failing post (Art. 20)', () => {
  const published = play(...scored(), publish());

  it('waits out the re-review, then records keep or remove once, for a post still held', () => {
    given(...published)
      .when(decidePost('h1', jan12))
      .thenRejects(AppealStillPossible, /until 2027-01-17/);
    given(...published)
      .when(decidePost('p1'))
      .thenRejects(NoPostDecisionDue, /passes/);
    given(...published)
      .when(decidePost('h1', jan25, false))
      .thenRejects(RevieweeNotInOffice);
    given(...published)
      .when(decidePost('h1'))
      .then({
        type: 'PostDecided',
        data: {
          organisationId: 'school',
          semester: '2026-autumn',
          revieweeId: 'h1',
          post: { kind: 'department-head', departmentId: 'study' },
          decision: 'remove',
          final: '50.00',
          reason: '经研究决定免职',
          decidedOn: '2027-01-25',
          decidedAt: jan25,
        },
      });
    given(...play(...scored(), publish(), decidePost('h1')))
      .when(decidePost('h1'))
      .thenRejects(NoPostDecisionDue, /already/);
  });

  it('decides on the re-review’s result: a changed pass needs no decision, a pending one waits', () => {
    given(...play(...scored(), publish(), appeal('h1')))
      .when(decidePost('h1'))
      .thenRejects(AppealStillPossible, /pending/);
    const NEW_PANEL = ['d4', 'd5', 'd6', 'sa2', 'yl2'];
    const changed = play(
      ...scored(),
      publish(),
      appeal('h1'),
      appoint(NEW_PANEL, 'h1'),
      ...NEW_PANEL.map((id) => scoreBy(id, 'h1', sheet(40, 25, 70), jan12)),
      decideAppeal('h1'),
    );
    given(...changed)
      .when(decidePost('h1'))
      .thenRejects(NoPostDecisionDue, /67.50 passes/);
  });
});
