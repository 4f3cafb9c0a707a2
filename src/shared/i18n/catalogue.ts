/**
 * One language's text for every problem code: a short title and a detail sentence. `{name}` in a detail is
 * filled from the problem's parameters (the field at fault, a domain error's details).
 */
export type ProblemText = Readonly<{ title: string; detail: string }>;
export type Catalogue = Readonly<Record<string, ProblemText>>;

export const text = (title: string, detail: string): ProblemText => ({ title, detail });
