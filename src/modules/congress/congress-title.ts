import type { DataSource } from 'typeorm';
import { findOrganisation } from '../organisations/index.js';
import { findCongress } from './read-models/congress-overview/congress-overview.queries.js';

/** A congress as a document names it: 「校学生会第3次学生代表大会（2026）」, never by its id. */
export const congressTitle = (organisationName: string, congress: Readonly<{ number: number; year: number }>) =>
  `${organisationName}第${congress.number}次学生代表大会（${congress.year}）`;

/** The printed name of a congress, from the congress overview and the organisation directory; its id if unknown. */
export async function printedCongressName(db: DataSource, congressId: string): Promise<string> {
  const congress = await findCongress(db, congressId);
  if (!congress) return congressId;
  const union = await findOrganisation(db, congress.organisationId);
  return congressTitle(union?.name ?? congress.organisationId, congress);
}
