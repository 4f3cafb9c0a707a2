import type { Language } from '../../../shared/i18n/language.js';

/** One sentence template per event type: `{actor}`, `{type}` and the event's data fields as `{path.to.field}`. */
export type DescriptionTemplates = Readonly<Record<string, string>>;

export type TemplateParams = Readonly<Record<string, string>>;

const isRatio = (value: object): value is { numerator: number; denominator: number } =>
  'numerator' in value && 'denominator' in value && Object.keys(value).length === 2;

/** A value as a person reads it: 2/3 for a ratio, names for a list of persons, 是/否 (yes/no) for a flag. */
export function showValue(value: unknown, language: Language): string {
  const joiner = language === 'zh' ? '、' : ', ';
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return language === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    if (value.length === 0) return language === 'zh' ? '无' : 'none';
    return value.map((item) => showItem(item, language)).join(joiner);
  }
  if (typeof value === 'object') {
    if (isRatio(value)) return `${value.numerator}/${value.denominator}`;
    return Object.keys(value).join(joiner);
  }
  return String(value);
}

/** A list item: a person by name (and votes, where counted), anything else as a value. */
function showItem(item: unknown, language: Language): string {
  if (item && typeof item === 'object' && 'name' in item) {
    const votes = 'votes' in item ? (language === 'zh' ? ` ${String(item.votes)} 票` : ` (${String(item.votes)})`) : '';
    return `${String(item.name)}${votes}`;
  }
  return showValue(item, language);
}

/**
 * The event's data as template parameters: every field by its dotted path, `.count` of every list and `.keys`
 * of every object. Objects are followed two levels deep: no template names anything deeper.
 */
export function paramsOf(data: Readonly<Record<string, unknown>>, language: Language, prefix = '', depth = 0) {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const path = `${prefix}${key}`;
    params[path] = showValue(value, language);
    if (Array.isArray(value)) params[`${path}.count`] = String(value.length);
    else if (value && typeof value === 'object') {
      params[`${path}.keys`] = showValue(Object.keys(value), language);
      if (depth < 2) Object.assign(params, paramsOf(value as Record<string, unknown>, language, `${path}.`, depth + 1));
    }
  }
  return params;
}

/** The template with its parameters filled; a parameter the event lacks reads as a dash, never as `{name}`. */
export function fillTemplate(template: string, params: TemplateParams): string {
  return template.replace(/\{([\w.]+)\}/g, (_, name: string) => params[name] ?? '—');
}
