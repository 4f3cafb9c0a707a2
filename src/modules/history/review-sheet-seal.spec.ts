import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '../../shared/event-store/event-store.port.js';
import { sheetPublished } from './review-sheet-seal.js';

const event = (type: string, data: Record<string, unknown> = {}) => ({ type, data }) as unknown as RecordedEvent;
const sheet = (stage: 'review' | 'appeal', revieweeId = 'h-1') =>
  event('ReviewScoreSubmitted', { stage, revieweeId, sheet: { daily: {}, concentrated: {} } });

describe('a review score sheet in history (评议办法: unseen until its results are published)', () => {
  it('is withheld until the period publishes its results, all together', () => {
    const scored = [event('ReviewPeriodOpened'), sheet('review')];
    expect(sheetPublished(sheet('review'), scored)).toBe(false);
    expect(sheetPublished(sheet('review'), [...scored, event('ReviewResultsPublished')])).toBe(true);
  });

  it('is withheld, for a re-review, until that reviewee’s appeal is decided, not by the first publication', () => {
    const published = [sheet('review'), event('ReviewResultsPublished'), sheet('appeal', 'h-2')];
    expect(sheetPublished(sheet('appeal', 'h-2'), published)).toBe(false);
    const otherDecided = [...published, event('ReviewAppealDecided', { revieweeId: 'h-3' })];
    expect(sheetPublished(sheet('appeal', 'h-2'), otherDecided)).toBe(false);
    const decided = [...published, event('ReviewAppealDecided', { revieweeId: 'h-2' })];
    expect(sheetPublished(sheet('appeal', 'h-2'), decided)).toBe(true);
  });
});
