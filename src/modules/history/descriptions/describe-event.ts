import type { Language } from '../../../shared/i18n/language.js';
import { type TemplateParams, fillTemplate, paramsOf } from './description-templates.js';
import { EVENT_DESCRIPTIONS_EN, GENERIC_DESCRIPTION_EN } from './event-descriptions.en.js';
import { EVENT_DESCRIPTIONS_ZH, GENERIC_DESCRIPTION_ZH } from './event-descriptions.zh.js';

const CATALOGUES = { zh: EVENT_DESCRIPTIONS_ZH, en: EVENT_DESCRIPTIONS_EN } as const;
const GENERIC = { zh: GENERIC_DESCRIPTION_ZH, en: GENERIC_DESCRIPTION_EN } as const;

/** The actor as a description names them: "staff-7 (校学生会, union-staff)". */
export type ActorLabel = Readonly<{ id: string; organisationName: string; role: string }>;

export const actorText = (actor: ActorLabel) => `${actor.id} (${actor.organisationName}, ${actor.role})`;

export function hasDescription(type: string, language: Language): boolean {
  return Object.hasOwn(CATALOGUES[language], type);
}

/**
 * One event as a sentence in the reader's language. `extra` holds what the event alone does not say (the
 * organisation's name, a policy change's old values); the data given is already sealed where it must be.
 */
export function describeEvent(
  event: Readonly<{ type: string; data: Readonly<Record<string, unknown>> }>,
  actor: ActorLabel,
  language: Language,
  extra: TemplateParams = {},
): string {
  const template = CATALOGUES[language][event.type] ?? GENERIC[language];
  return fillTemplate(template, {
    ...paramsOf(event.data, language),
    ...extra,
    actor: actorText(actor),
    type: event.type,
  });
}
