import { Inject, Injectable } from '@nestjs/common';
import { StreamNotFoundError } from '../../shared/event-store/event-store.errors.js';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../shared/event-store/event-store.port.js';
import type { Language } from '../../shared/i18n/language.js';
import { ORGANISATION_STREAM_PREFIX, ROLL_IMPORT_STREAM_PREFIX } from './entity-streams.js';
import type { HistoryEntry } from './history-entry.js';
import { HistoryReader } from './history-reader.js';
import { belongsTo } from './history-scope.js';
import { scanLog } from './log-search.js';
import { charterNumberName } from './policy/charter-numbers.js';
import { type CharterNumberChange, policyDiff } from './policy/policy-diff.js';

type Policy = Record<string, unknown>;

export type PolicyChangeReport = Readonly<{
  organisationId: string;
  organisationName: string;
  changes: Array<CharterNumberChange & { name: string }>;
  reason: string;
  event: HistoryEntry;
}>;

export type RollImportReport = Readonly<{
  importId: string;
  fileSha256: string;
  fileType: string;
  rows: number;
  scopeCollegeIds: string[];
  onlyValidRows: boolean;
  counts: Record<string, number>;
  event: HistoryEntry;
}>;

/**
 * Issue 13 item 3: who changed which charter number, when, why, from what to what; and every roll import (who,
 * when, the file's hash, the counts). Both are read from the log: organisations' and roll imports' streams.
 */
@Injectable()
export class HistoryReports {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly reader: HistoryReader,
  ) {}

  async policyChanges(organisationId: string | undefined, language: Language): Promise<PolicyChangeReport[]> {
    const policies = new Map<string, Policy | null>();
    const found: Array<{ event: RecordedEvent; before: Policy | null }> = [];
    const streams =
      organisationId === undefined
        ? this.streamsStartingWith(ORGANISATION_STREAM_PREFIX)
        : this.oneStream(`${ORGANISATION_STREAM_PREFIX}${organisationId}`);
    for await (const batch of streams) {
      for (const event of batch) {
        const before = policies.get(event.stream) ?? null;
        if ('policy' in event.data) policies.set(event.stream, (event.data.policy as Policy | null) ?? null);
        if (event.type === 'PolicyChanged') found.push({ event, before });
      }
    }
    const context = this.reader.context();
    const entries = await this.reader.entries(
      found.map((f) => f.event),
      language,
      context,
    );
    return Promise.all(
      found.map(async ({ event, before }, i) => {
        const id = String(event.data.organisationId);
        const change = { policy: event.data.policy as Policy, changes: event.data.changes as Policy };
        return {
          organisationId: id,
          organisationName: await context.organisationName(id, language),
          changes: policyDiff(before, change).map((c) => ({ ...c, name: charterNumberName(c.field, language) })),
          reason: String(event.data.reason ?? ''),
          event: entries[i]!,
        };
      }),
    );
  }

  async rollImports(organisationId: string | undefined, language: Language): Promise<RollImportReport[]> {
    const found: RecordedEvent[] = [];
    for await (const batch of this.streamsStartingWith(ROLL_IMPORT_STREAM_PREFIX)) {
      for (const event of batch) {
        if (event.type !== 'StudentRollImported') continue;
        if (organisationId === undefined || importConcerns(event, organisationId)) found.push(event);
      }
    }
    const entries = await this.reader.entries(found, language);
    return found.map((event, i) => {
      const d = event.data;
      return {
        importId: String(d.importId),
        fileSha256: String(d.fileSha256),
        fileType: String(d.fileType),
        rows: Number(d.rows),
        scopeCollegeIds: [...((d.scopeCollegeIds as string[] | undefined) ?? [])],
        onlyValidRows: d.onlyValidRows === true,
        counts: { ...(d.counts as Record<string, number>) },
        event: entries[i]!,
      };
    });
  }

  /** One organisation's stream, read by name (indexed) rather than by scanning the log for its prefix. */
  private async *oneStream(stream: string): AsyncGenerator<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const event of this.store.readStream(stream)) events.push(event);
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    yield events;
  }

  private async *streamsStartingWith(prefix: string): AsyncGenerator<RecordedEvent[]> {
    const head = await this.store.headPosition();
    yield* scanLog(this.store, { filter: {}, head, storeFilter: { streamPrefixes: [prefix] } });
  }
}

/** An import concerns the organisation that imported it and each college whose roll it was. */
function importConcerns(event: RecordedEvent, organisationId: string): boolean {
  const importedBy = event.data.importedBy as { organisationId?: string } | undefined;
  const colleges = (event.data.scopeCollegeIds as string[] | undefined) ?? [];
  return (
    belongsTo(event, organisationId) ||
    importedBy?.organisationId === organisationId ||
    colleges.includes(organisationId)
  );
}
