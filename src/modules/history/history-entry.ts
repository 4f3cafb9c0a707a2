import type { RecordedEvent } from '../../shared/event-store/event-store.port.js';
import type { UpcasterChain } from '../../shared/event-store/upcasting.js';
import type { Language } from '../../shared/i18n/language.js';
import { describeEvent } from './descriptions/describe-event.js';
import type { HistoryContext } from './history-context.js';
import { type PersonalDataMark, sealPersonalData, studentIdsIn } from './personal-data-seal.js';
import { withoutSheet } from './review-sheet-seal.js';
import { changesText, policyDiff } from './policy/policy-diff.js';

/** One event as history shows it (issue 13 item 1): where it is, who did it, in which chain of causes, and why. */
export type HistoryEntry = Readonly<{
  position: string;
  stream: string;
  revision: string;
  eventId: string;
  /** the type as stored (hash-chained, never renamed) */
  type: string;
  /** the name the app reads a renamed stored type under, when it differs */
  readAs: string | null;
  occurredAt: string | null;
  recordedAt: string;
  actor: Readonly<{ id: string; role: string; organisationId: string; organisationName: string }>;
  commandId: string | null;
  correlationId: string | null;
  causationId: string | null;
  reason: string | null;
  prevHash: string | null;
  hash: string | null;
  /** 'sealed': personal values are there and stay sealed; 'erased': the student's data is erased */
  personalData: PersonalDataMark;
  data: Record<string, unknown>;
  description: string;
}>;

const orNull = (value: string | undefined) => (value === undefined || value === '' ? null : value);

/** The events as entries in the reader's language: personal data sealed, names and old policy values looked up. */
export async function historyEntries(
  events: readonly RecordedEvent[],
  context: HistoryContext,
  upcast: UpcasterChain,
  language: Language,
): Promise<HistoryEntry[]> {
  const studentIds = new Set<string>();
  for (const event of events) studentIdsIn(event.data, studentIds);
  const erased = await context.erasedAmong(studentIds);
  return Promise.all(events.map((event) => historyEntry(event, context, upcast, language, erased)));
}

async function historyEntry(
  stored: RecordedEvent,
  context: HistoryContext,
  upcast: UpcasterChain,
  language: Language,
  erased: ReadonlySet<string>,
): Promise<HistoryEntry> {
  const event = upcast(stored);
  const sealed = sealPersonalData(stored.data, erased);
  const { personalData } = sealed;
  const data = (await context.sheetWithheld(stored)) ? withoutSheet(sealed.data) : sealed.data;
  const read = event === stored ? data : sealPersonalData(event.data, erased).data;
  const m = stored.metadata;
  const actor = {
    id: m.actorId ?? '',
    role: m.actorRole ?? '',
    organisationId: m.actorOrganisationId ?? '',
    organisationName: await context.organisationName(m.actorOrganisationId ?? '*', language),
  };
  const extra: Record<string, string> = {};
  if (typeof read.organisationId === 'string') {
    extra.organisationName = await context.organisationName(read.organisationId, language);
    if (event.type === 'PolicyChanged') {
      const before = (await context.organisation(read.organisationId)).policyBefore(stored.revision);
      const change = {
        policy: read.policy as Record<string, unknown>,
        changes: read.changes as Record<string, unknown>,
      };
      extra.changes = changesText(policyDiff(before, change), language);
    }
  }
  return {
    position: stored.position,
    stream: stored.stream,
    revision: stored.revision.toString(),
    eventId: stored.id,
    type: stored.type,
    readAs: event.type === stored.type ? null : event.type,
    occurredAt: orNull(m.occurredAt),
    recordedAt: stored.recordedAt.toISOString(),
    actor,
    commandId: orNull(m.commandId),
    correlationId: orNull(m.correlationId),
    causationId: orNull(m.causationId),
    reason: orNull(m.reason),
    prevHash: orNull(m.prevHash),
    hash: orNull(m.hash),
    personalData,
    data,
    description: describeEvent({ type: event.type, data: read }, actor, language, extra),
  };
}
