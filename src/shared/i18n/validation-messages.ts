import type { Language } from './language.js';
import { interpolate } from './translate.js';

type Templates = Readonly<Record<string, string>>;

/**
 * class-validator's constraint names as sentences naming the field. `{limit}` is the rule's own argument
 * (a length, a bound, the allowed values); without it the sentence still reads.
 */
const ZH: Templates = {
  whitelistValidation: '{field} 不是可接受的字段',
  isDefined: '{field} 为必填项',
  isNotEmpty: '{field} 不能为空',
  isString: '{field} 必须是文本',
  isInt: '{field} 必须是整数',
  isNumber: '{field} 必须是数字',
  isBoolean: '{field} 必须是 true 或 false',
  isArray: '{field} 必须是列表',
  isObject: '{field} 必须是对象',
  nestedValidation: '{field} 的格式不正确',
  isUuid: '{field} 必须是 UUID',
  isIn: '{field} 必须是以下之一：{limit}',
  isEnum: '{field} 必须是以下之一：{limit}',
  isDateString: '{field} 必须是日期',
  isISO8601: '{field} 必须是日期',
  min: '{field} 不能小于 {limit}',
  max: '{field} 不能大于 {limit}',
  minLength: '{field} 至少 {limit} 个字符',
  maxLength: '{field} 最多 {limit} 个字符',
  arrayMinSize: '{field} 至少包含 {limit} 项',
  arrayMaxSize: '{field} 最多包含 {limit} 项',
  arrayNotEmpty: '{field} 不能为空列表',
  arrayUnique: '{field} 中不能有重复项',
  matches: '{field} 的格式不正确',
  wellFormedText: '{field} 含有不允许的字符（空字符 NUL 或不成对的代理项）',
  maxDepth: '{field} 嵌套超过 {limit} 层',
};

const EN: Templates = {
  whitelistValidation: '{field} is not a known field',
  isDefined: '{field} is required',
  isNotEmpty: '{field} must not be empty',
  isString: '{field} must be text',
  isInt: '{field} must be a whole number',
  isNumber: '{field} must be a number',
  isBoolean: '{field} must be true or false',
  isArray: '{field} must be a list',
  isObject: '{field} must be an object',
  nestedValidation: '{field} is not shaped as expected',
  isUuid: '{field} must be a UUID',
  isIn: '{field} must be one of: {limit}',
  isEnum: '{field} must be one of: {limit}',
  isDateString: '{field} must be a date',
  isISO8601: '{field} must be a date',
  min: '{field} must not be less than {limit}',
  max: '{field} must not be greater than {limit}',
  minLength: '{field} must be at least {limit} characters',
  maxLength: '{field} must be at most {limit} characters',
  arrayMinSize: '{field} must hold at least {limit} items',
  arrayMaxSize: '{field} must hold at most {limit} items',
  arrayNotEmpty: '{field} must not be an empty list',
  arrayUnique: '{field} must not repeat an item',
  wellFormedText: '{field} holds a character that is not allowed (a NUL byte or an unpaired surrogate)',
  maxDepth: '{field} is nested deeper than {limit} levels',
  // a pattern's own message (set on the DTO) says which format is meant; see fieldMessage
};

const GENERIC: Readonly<Record<Language, string>> = { zh: '{field} 不符合要求', en: '{field} is not valid' };
/** Sentences whose `{limit}` is not known drop the clause that needs it. */
const NO_LIMIT: Readonly<Record<Language, string>> = { zh: '{field} 超出了允许的范围', en: '{field} is out of range' };

export type FieldRule = Readonly<{ field: string; rule: string; limit?: unknown; ownMessage: string }>;

/**
 * One field's broken rule as a sentence. English falls back to the DTO's own message for rules with no
 * template (a pattern explains its format there); Chinese always reads as Chinese.
 */
export function fieldMessage({ field, rule, limit, ownMessage }: FieldRule, language: Language): string {
  const template = (language === 'zh' ? ZH : EN)[rule];
  if (!template)
    return language === 'en' && ownMessage ? ownMessage : interpolate(GENERIC[language], { field }, language);
  if (template.includes('{limit}') && limit === undefined) return interpolate(NO_LIMIT[language], { field }, language);
  return interpolate(template, { field, limit }, language);
}

/** Which broken rule of a field is reported: presence before type before shape, as a person fixes them. */
export const RULE_PRIORITY: readonly string[] = [
  'whitelistValidation',
  'isDefined',
  'isNotEmpty',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'nestedValidation',
];
