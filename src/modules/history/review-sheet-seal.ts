import type { RecordedEvent } from '../../shared/event-store/event-store.port.js';

/**
 * 评议办法 (issue 11 item 5): a panellist's score sheet stays unseen, by other panellists and by everyone reading
 * history, until the results it counts towards are published: those of the review, all at once; those of a
 * re-review, when the appeal is decided. Until then history shows that a sheet was submitted, by whom, for whom,
 * and withholds the sheet. Named by type here, not imported: history reads the log, not the review module.
 */
export function sheetPublished(sheet: Pick<RecordedEvent, 'data'>, stream: readonly RecordedEvent[]): boolean {
  if (sheet.data.stage === 'appeal')
    return stream.some((e) => e.type === 'ReviewAppealDecided' && e.data.revieweeId === sheet.data.revieweeId);
  return stream.some((e) => e.type === 'ReviewResultsPublished');
}

export const isScoreSheet = (event: Pick<RecordedEvent, 'type'>) => event.type === 'ReviewScoreSubmitted';

/** The event's data with its sheet withheld. */
export const withoutSheet = (data: Record<string, unknown>): Record<string, unknown> => ({
  ...data,
  sheet: null,
  sheetWithheld: true,
});
