/** The languages user-facing text is written in: Simplified Chinese first, English on request. */
export type Language = 'zh' | 'en';

export const DEFAULT_LANGUAGE: Language = 'zh';

/**
 * The language an Accept-Language header prefers (RFC 9110 §12.5.4): ranges by descending weight, the first
 * whose primary tag is zh or en wins; q=0 excludes a range. Absent, `*` or only other languages: Chinese.
 */
export function languageOf(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return DEFAULT_LANGUAGE;
  const ranges = value
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().toLowerCase().split('-')[0]!, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const chosen = ranges.find((r) => r.primary === 'zh' || r.primary === 'en');
  return chosen ? (chosen.primary as Language) : DEFAULT_LANGUAGE;
}
