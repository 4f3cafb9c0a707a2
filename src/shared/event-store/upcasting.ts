/**
 * Old events are never rewritten (the log is immutable and hash-chained); a reader brings them up to the shape
 * the code knows by pure functions, one schema version at a time. Writers always emit the latest version.
 */
export type Upcaster = Readonly<{
  type: string;
  /** the schema version this upcaster reads; it produces fromVersion + 1 */
  fromVersion: number;
  upcast: (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}>;

/**
 * An event type renamed so that names are unique across the app: stored events of streams starting with
 * `streamPrefix` keep `from` in the log (it is hash-chained) and are read as `to`. Applied before upcasting.
 */
export type EventRename = Readonly<{ streamPrefix: string; from: string; to: string }>;

type Versioned = Readonly<{
  type: string;
  stream?: string;
  data: Readonly<Record<string, unknown>>;
  metadata: Readonly<Record<string, string>>;
}>;

export type UpcasterChain = <E extends Versioned>(event: E) => E;

/** Chains the upcasters by event type and version; an event no upcaster reads passes through untouched. */
export function upcasterChain(upcasters: readonly Upcaster[], renames: readonly EventRename[] = []): UpcasterChain {
  const byKey = new Map<string, Upcaster>();
  for (const u of upcasters) {
    const key = `${u.type}@${u.fromVersion}`;
    if (byKey.has(key)) throw new Error(`Two upcasters read ${u.type} version ${u.fromVersion}`);
    byKey.set(key, u);
  }
  const renamed = <E extends Versioned>(event: E): E => {
    const rename = renames.find((r) => r.from === event.type && event.stream?.startsWith(r.streamPrefix));
    return rename ? { ...event, type: rename.to } : event;
  };
  return <E extends Versioned>(stored: E): E => {
    const event = renamed(stored);
    let version = Number(event.metadata.schemaVersion ?? '1');
    let data = event.data;
    for (let next = byKey.get(`${event.type}@${version}`); next; next = byKey.get(`${event.type}@${version}`)) {
      data = next.upcast(data);
      version++;
    }
    if (data === event.data) return event;
    return { ...event, data, metadata: { ...event.metadata, schemaVersion: String(version) } };
  };
}

/** The chain with no upcasters: every event is read as it was written. */
export const noUpcasting: UpcasterChain = (event) => event;
