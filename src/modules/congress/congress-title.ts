/** A congress as a document names it: 「校学生会第3次学生代表大会（2026）」, never by its id. */
export const congressTitle = (organisationName: string, congress: Readonly<{ number: number; year: number }>) =>
  `${organisationName}第${congress.number}次学生代表大会（${congress.year}）`;
