/**
 * Whether the client asked for English before Chinese (`Accept-Language: en`, `en-GB,zh;q=0.5`). Chinese is
 * the default: the users are Chinese, so a missing or unknown header reads as Chinese.
 */
export function prefersEnglish(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.split('-')[0], quality: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => (entry.language === 'en' || entry.language === 'zh') && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked[0]?.language === 'en';
}
