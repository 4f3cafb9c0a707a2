import { StreamNotFoundError } from '../../shared/event-store/event-store.errors.js';
import type { EventStore, RecordedEvent } from '../../shared/event-store/event-store.port.js';
import type { Language } from '../../shared/i18n/language.js';
import { ORGANISATION_STREAM_PREFIX, studentStreamOf } from './entity-streams.js';
import { isScoreSheet, sheetPublished } from './review-sheet-seal.js';

type Policy = Readonly<Record<string, unknown>>;

/** An organisation as its own stream tells it: its name now and its policy after each revision. */
export type OrganisationTimeline = Readonly<{
  name: string | null;
  /** the policy in force before the event at this revision (null before any) */
  policyBefore: (revision: bigint) => Policy | null;
}>;

const ERASURE_READS_AT_ONCE = 4;
const EVERY_ORGANISATION = { zh: '全部组织', en: 'every organisation' } as const;

/**
 * What one answer needs to read beyond its events, read from the log once per answer: organisations' names and
 * policies (from their streams), and which students are erased (a PersonalDataErased in the student's stream).
 * Never a read model, never a key: history reads the log through the port.
 */
export class HistoryContext {
  private readonly timelines = new Map<string, Promise<OrganisationTimeline>>();
  private readonly erasures = new Map<string, Promise<boolean>>();
  private readonly reviews = new Map<string, Promise<RecordedEvent[]>>();

  constructor(private readonly store: EventStore) {}

  organisation(organisationId: string): Promise<OrganisationTimeline> {
    let timeline = this.timelines.get(organisationId);
    if (!timeline) {
      timeline = this.readTimeline(organisationId);
      this.timelines.set(organisationId, timeline);
    }
    return timeline;
  }

  async organisationName(organisationId: string, language: Language): Promise<string> {
    if (organisationId === '*') return EVERY_ORGANISATION[language];
    return (await this.organisation(organisationId)).name ?? organisationId;
  }

  /** A few streams at a time: a page naming hundreds of students must not take the whole connection pool. */
  async erasedAmong(studentIds: Iterable<string>): Promise<Set<string>> {
    const ids = [...new Set(studentIds)];
    const erased = new Set<string>();
    for (let i = 0; i < ids.length; i += ERASURE_READS_AT_ONCE) {
      const chunk = ids.slice(i, i + ERASURE_READS_AT_ONCE);
      const answers = await Promise.all(chunk.map((id) => this.isErased(id)));
      chunk.forEach((id, j) => answers[j] && erased.add(id));
    }
    return erased;
  }

  /** Whether an event is a review score sheet whose results are not yet published (its stream read once per answer). */
  async sheetWithheld(event: RecordedEvent): Promise<boolean> {
    if (!isScoreSheet(event)) return false;
    let stream = this.reviews.get(event.stream);
    if (!stream) {
      stream = this.readAll(event.stream);
      this.reviews.set(event.stream, stream);
    }
    return !sheetPublished(event, await stream);
  }

  private isErased(studentId: string): Promise<boolean> {
    let answer = this.erasures.get(studentId);
    if (!answer) {
      answer = this.readAll(studentStreamOf(studentId)).then((events) =>
        events.some((e) => e.type === 'PersonalDataErased'),
      );
      this.erasures.set(studentId, answer);
    }
    return answer;
  }

  private async readTimeline(organisationId: string): Promise<OrganisationTimeline> {
    const events = await this.readAll(`${ORGANISATION_STREAM_PREFIX}${organisationId}`);
    let name: string | null = null;
    const policies: Array<{ revision: bigint; policy: Policy | null }> = [];
    for (const event of events) {
      if (typeof event.data.name === 'string') name = event.data.name;
      if ('policy' in event.data)
        policies.push({ revision: event.revision, policy: event.data.policy as Policy | null });
    }
    return {
      name,
      policyBefore: (revision) => policies.filter((p) => p.revision < revision).at(-1)?.policy ?? null,
    };
  }

  private async readAll(stream: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const event of this.store.readStream(stream)) events.push(event);
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return events;
  }
}
