import type { Language } from '../../../shared/i18n/language.js';
import { showValue } from '../descriptions/description-templates.js';
import { CHARTER_NUMBERS, charterNumberName } from './charter-numbers.js';

/** One charter number as a PolicyChanged event changed it: from what to what (issue 13 item 3). */
export type CharterNumberChange = Readonly<{ field: string; article: string | null; from: unknown; to: unknown }>;

type Policy = Readonly<Record<string, unknown>>;

/** The policy's numbers by dotted path: nested objects (staff, staffEligibility) one level deep. */
function numbersOf(policy: Policy | null): Map<string, unknown> {
  const numbers = new Map<string, unknown>();
  for (const [key, value] of Object.entries(policy ?? {})) {
    const nested = value && typeof value === 'object' && !Array.isArray(value) && !('numerator' in value);
    if (nested) for (const [inner, v] of Object.entries(value)) numbers.set(`${key}.${inner}`, v);
    else numbers.set(key, value);
  }
  return numbers;
}

/**
 * The numbers that differ between the policy in force before a change and after it (`policy`). `before` is null
 * when the policy before is not known: then every number the change names (`changes`) is listed, `from` null.
 */
export function policyDiff(
  before: Policy | null,
  change: Readonly<{ policy: Policy; changes: Policy }>,
): CharterNumberChange[] {
  const old = numbersOf(before);
  const named = numbersOf(change.changes);
  const changes: CharterNumberChange[] = [];
  for (const [field, to] of numbersOf(change.policy)) {
    const from = old.get(field);
    if (before ? JSON.stringify(from) === JSON.stringify(to) : !named.has(field)) continue;
    changes.push({ field, article: CHARTER_NUMBERS[field]?.article ?? null, from: from ?? null, to });
  }
  return changes;
}

/** "法定人数从 2/3 改为 3/4" / "quorum from 2/3 to 3/4", joined. */
export function changesText(changes: readonly CharterNumberChange[], language: Language): string {
  const parts = changes.map((c) => {
    const name = charterNumberName(c.field, language);
    const to = showValue(c.to, language);
    if (c.from === null) return language === 'zh' ? `${name}改为 ${to}` : `${name} to ${to}`;
    const from = showValue(c.from, language);
    return language === 'zh' ? `将${name}从 ${from} 改为 ${to}` : `${name} from ${from} to ${to}`;
  });
  return parts.join(language === 'zh' ? '；' : '; ') || (language === 'zh' ? '无变化' : 'nothing');
}
