import type { Catalogue, ProblemText } from './catalogue.js';
import type { Language } from './language.js';
import { MESSAGES_EN } from './messages.en.js';
import { MESSAGES_ZH } from './messages.zh.js';

export type MessageParams = Readonly<Record<string, unknown>>;

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { zh: MESSAGES_ZH, en: MESSAGES_EN };

/** A code the catalogue lacks still reads as a sentence, never as a code or a class name. */
const FALLBACK = 'REQUEST.HTTP_ERROR';

/** A parameter as text: lists joined, objects left out (they stay in `details`). */
function show(value: unknown, language: Language): string | undefined {
  if (Array.isArray(value)) return value.map(String).join(language === 'zh' ? '、' : ', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function interpolate(template: string, params: MessageParams, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => show(params[name], language) ?? whole);
}

export function hasMessage(code: string, language: Language): boolean {
  return Object.hasOwn(CATALOGUES[language], code);
}

/** The title and detail of a problem code in a language; codes themselves never change with language. */
export function translate(code: string, language: Language, params: MessageParams = {}): ProblemText {
  const catalogue = CATALOGUES[language];
  const entry = catalogue[code] ?? catalogue[FALLBACK]!;
  const detail = interpolate(entry.detail, params, language);
  // A detail missing one of its parameters would show `{name}` to a person: the title says it plainly instead.
  return { title: entry.title, detail: /\{\w+\}/.test(detail) ? entry.title : detail };
}
