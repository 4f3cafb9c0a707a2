/** RFC 9457 problem details, as every error response of the API is shaped. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  correlationId?: string;
  errors?: Array<{ field: string; rule: string; message: string }>;
  [extension: string]: unknown;
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  extra: Partial<Problem> = {},
): Problem {
  return { type: `urn:charter:problem:${code.toLowerCase()}`, title, status, detail, code, ...extra };
}

/** The Content-Language of a problem worded in this language. */
export const contentLanguage = (language: 'zh' | 'en'): string => (language === 'zh' ? 'zh-CN' : 'en');
