import { loadConfig } from '../../src/shared/config/app-config.js';
import { canonicalJson } from '../../src/shared/audit/canonical-json.js';
import { GENESIS_HASH } from '../../src/shared/audit/hash-chain.js';
import { type PolicyChanges, withChanges } from '../../src/modules/organisations/domain/charter-policy.js';
import type {
  OrganisationRegistered,
  OrganisationRenamed,
  PolicyChanged,
} from '../../src/modules/organisations/domain/organisation.events.js';
import { organisationStream } from '../../src/modules/organisations/domain/organisation.decide.js';
import { loadCharterDefaults } from '../../src/modules/organisations/index.js';
import type { BenchDatabase, BenchOptions } from './types.js';

/**
 * A log of real organisation events, written in bulk by PostgreSQL itself, that the app's projections handle
 * and `audit verify` accepts: every event carries the metadata handle-command.ts writes (prevHash and hash
 * included) and a valid hash chain.
 *
 * Organisation k (`college-<k>`, stream `organisation-college-<k>`) gets `eventsPerOrganisation` events:
 * revision 0 is OrganisationRegistered (a college union under `school`, with the charter's default college
 * policy), then OrganisationRenamed, except every third revision, which is PolicyChanged (with its reason in
 * the metadata, as ChangePolicyHandler records it). Revision r of every organisation is written before
 * revision r + 1 of any, in organisation order, so the streams interleave in the log the way seedLog's do.
 *
 * The chain needs each event's hash before the next event of its stream can be written, so the log is written
 * one revision at a time: one INSERT ... SELECT per revision (and per 50,000 organisations, each its own
 * transaction) that reads the previous revision's hash from es.events and computes
 * sha256(prevHash || canonical envelope) in SQL. The canonical JSON is assembled in SQL from the same key
 * lists, sorted here the way canonicalJson sorts them; constant parts (policies, changes) are rendered by
 * canonicalJson itself. verifyChains, which recomputes every hash with the app's chainHash, is the check.
 */
export type OrganisationLogSpec = Readonly<{ organisations: number; eventsPerOrganisation: number; chunk?: number }>;

export const ORGANISATION_PREFIX = 'college-';
export const ORGANISATION_STREAM_PREFIX = organisationStream(ORGANISATION_PREFIX);

/** The event type written at `revision`. */
export function organisationEventType(
  revision: number,
): 'OrganisationRegistered' | 'OrganisationRenamed' | 'PolicyChanged' {
  return revision === 0 ? 'OrganisationRegistered' : revision % 3 === 0 ? 'PolicyChanged' : 'OrganisationRenamed';
}

type Sql = string;
/** A JSON value as SQL: its jsonb and its canonical text. */
type SqlJson = Readonly<{ jsonb: Sql; canonical: Sql }>;
type Field = Readonly<{ text: Sql }> | Readonly<{ int: Sql }> | Readonly<{ json: SqlJson }>;

function jsonbOf(field: Field): Sql {
  if ('text' in field) return `(${field.text})::text`;
  if ('int' in field) return `(${field.int})::int`;
  return field.json.jsonb;
}

function canonicalOf(field: Field): Sql {
  if ('text' in field) return `to_json((${field.text})::text)::text`;
  if ('int' in field) return `((${field.int})::int)::text`;
  return field.json.canonical;
}

/** An object as SQL, its keys in canonicalJson's order (Array.prototype.sort on the key strings). */
function sqlObject(fields: Readonly<Record<string, Field>>): SqlJson {
  const keys = Object.keys(fields).sort();
  for (const key of keys) if (!/^[A-Za-z]+$/.test(key)) throw new Error(`Key ${key} needs quoting`);
  return {
    jsonb: `jsonb_build_object(${keys.map((k) => `'${k}', ${jsonbOf(fields[k]!)}`).join(', ')})`,
    canonical: `'{' || ${keys.map((k, i) => `'${i > 0 ? ',' : ''}"${k}":' || ${canonicalOf(fields[k]!)}`).join(' || ')} || '}'`,
  };
}

/** Statement parameters, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): Sql {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  /** A constant JSON value: jsonb from JSON.stringify, canonical text from canonicalJson. */
  json(value: unknown): SqlJson {
    return { jsonb: `${this.add(JSON.stringify(value))}::jsonb`, canonical: `${this.add(canonicalJson(value))}::text` };
  }
}

/** The same instant for every event of one revision, as the JavaScript toISOString form the app writes. */
function revisionTime(revision: number): string {
  return new Date(Date.UTC(2026, 8, 1, 9, 0, 0) + revision * 60_000).toISOString();
}

/** The INSERT for organisations [lo, hi] at `revision`; row columns b.k, b.org, b.stream, b.id, b.command_id, b.correlation_id. */
function revisionStatement(revision: number, lo: number, hi: number): { sql: string; params: unknown[] } {
  const p = new Params();
  const type = organisationEventType(revision);
  const now = p.add(revisionTime(revision));
  const name: Field = {
    text: `'第' || b.k || '学院学生会' || CASE WHEN ${revision} > 0 THEN '（第' || ${revision} || '次更名）' ELSE '' END`,
  };
  const defaults = loadCharterDefaults(loadConfig({}).charterPolicyFile)['college-union']!;
  let data: SqlJson;
  let reason: string | undefined;
  if (type === 'OrganisationRegistered') {
    const fields: Record<keyof OrganisationRegistered['data'], Field> = {
      organisationId: { text: 'b.org' },
      kind: { text: `'college-union'` },
      name,
      parentId: { text: `'school'` },
      policy: { json: p.json(defaults) },
      registeredAt: { text: now },
    };
    data = sqlObject(fields);
  } else if (type === 'PolicyChanged') {
    // every policy change so far, laid over the defaults, as the decider would have computed the policy
    let policy = defaults;
    let changes: PolicyChanges = {};
    for (let r = 3; r <= revision; r += 3) {
      changes = { delegateMinPerCollege: 5 + r / 3, staff: { max: 30 + r / 3 } };
      policy = withChanges(policy, changes);
    }
    reason = `第${revision / 3}次学生代表大会决议`;
    const fields: Record<keyof PolicyChanged['data'], Field> = {
      organisationId: { text: 'b.org' },
      changes: { json: p.json(changes) },
      policy: { json: p.json(policy) },
      reason: { text: p.add(reason) },
      changedAt: { text: now },
    };
    data = sqlObject(fields);
  } else {
    const fields: Record<keyof OrganisationRenamed['data'], Field> = {
      organisationId: { text: 'b.org' },
      name,
      renamedAt: { text: now },
    };
    data = sqlObject(fields);
  }
  // handle-command.ts's metadata, without prevHash and hash (the chain leaves them out of the hashed form)
  const admin = type === 'OrganisationRegistered';
  const metadata = sqlObject({
    commandId: { text: 'b.command_id' },
    correlationId: { text: 'b.correlation_id' },
    causationId: { text: 'b.correlation_id' },
    actorId: { text: admin ? `'root'` : `'staff-' || b.org` },
    actorRole: { text: admin ? `'admin'` : `'college-union-staff'` },
    actorOrganisationId: { text: admin ? `'*'` : 'b.org' },
    occurredAt: { text: now },
    schemaVersion: { text: `'1'` },
    ...(reason ? { reason: { text: p.add(reason) } } : {}),
  });
  const envelope = sqlObject({
    stream: { text: 'b.stream' },
    revision: { text: `'${revision}'` },
    id: { text: 'b.id::text' },
    type: { text: `'${type}'` },
    data: { json: { jsonb: 'b.data', canonical: 'b.data_c' } },
    metadata: { json: { jsonb: 'b.meta', canonical: 'b.meta_c' } },
  });
  const loParam = p.add(lo);
  const hiParam = p.add(hi);
  const prefix = p.add(ORGANISATION_PREFIX);
  const sql = `
    WITH base AS MATERIALIZED (
      SELECT k, ${prefix}::text || k AS org, 'organisation-' || ${prefix}::text || k AS stream, gen_random_uuid() AS id,
             gen_random_uuid()::text AS command_id, gen_random_uuid()::text AS correlation_id
      FROM generate_series(${loParam}::int, ${hiParam}::int) AS k
    ), shaped AS MATERIALIZED (
      SELECT b.*, COALESCE(prev.metadata->>'hash', '${GENESIS_HASH}') AS prev_hash,
             ${data.jsonb} AS data, ${data.canonical} AS data_c, ${metadata.jsonb} AS meta, ${metadata.canonical} AS meta_c
      FROM base b LEFT JOIN es.events prev ON prev.stream_id = b.stream AND prev.revision = ${revision - 1}
    ), hashed AS MATERIALIZED (
      SELECT b.*, encode(sha256(convert_to(b.prev_hash || ${envelope.canonical}, 'UTF8')), 'hex') AS hash FROM shaped b
    )
    INSERT INTO es.events (stream_id, revision, event_id, event_type, schema_version, data, metadata, correlation_id, causation_id)
    SELECT stream, ${revision}, id, '${type}', 1, data, meta || jsonb_build_object('prevHash', prev_hash, 'hash', hash), correlation_id, correlation_id
    FROM hashed ORDER BY k`;
  return { sql, params: p.values };
}

/** Writes the log (see OrganisationLogSpec), fills es.streams, vacuums and analyses. Answers the number of events. */
export async function seedOrganisationLog(db: BenchDatabase, spec: OrganisationLogSpec): Promise<number> {
  const chunk = spec.chunk ?? 50_000;
  for (let revision = 0; revision < spec.eventsPerOrganisation; revision++) {
    for (let lo = 0; lo < spec.organisations; lo += chunk) {
      const { sql, params } = revisionStatement(revision, lo, Math.min(spec.organisations, lo + chunk) - 1);
      await db.query(sql, params);
    }
  }
  await db.query(
    `INSERT INTO es.streams AS s (stream_id, revision)
     SELECT stream_id, max(revision) FROM es.events WHERE stream_id LIKE $1 || '%' GROUP BY stream_id
     ON CONFLICT (stream_id) DO UPDATE SET revision = EXCLUDED.revision, updated_at = now()`,
    [ORGANISATION_STREAM_PREFIX],
  );
  await db.query('VACUUM ANALYZE es.events');
  await db.query('VACUUM ANALYZE es.streams');
  return spec.organisations * spec.eventsPerOrganisation;
}

/** How the read model should look after a full replay: every organisation at its last revision. */
export async function checkDirectory(db: BenchDatabase, spec: OrganisationLogSpec): Promise<void> {
  const last = spec.eventsPerOrganisation - 1;
  const { rows } = await db.query<{ n: number; at_last: number; policy_changes: number }>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE last_revision = $2)::int AS at_last, coalesce(sum(policy_changes), 0)::int AS policy_changes
     FROM organisation_directory WHERE organisation_id LIKE $1 || '%'`,
    [ORGANISATION_PREFIX, last],
  );
  const changes = Math.floor(last / 3) * spec.organisations;
  const row = rows[0]!;
  if (row.n !== spec.organisations || row.at_last !== spec.organisations || row.policy_changes !== changes) {
    throw new Error(
      `The read model is wrong after the replay: ${row.n} organisations (expected ${spec.organisations}), ${row.at_last} at revision ${last}, ` +
        `${row.policy_changes} policy changes (expected ${changes})`,
    );
  }
}

/**
 * The log sizes of the workloads over organisation events, to show how time and memory grow with the log:
 * a tenth of --events, then --events (100,000 and 1,000,000 by default). --quick scales them down to a
 * five-hundredth and a fiftieth (200 and 2,000 events), because a rebuild runs at under a thousand events a
 * second and --quick must finish in two minutes. Whole organisations either way.
 */
export function logSizes(options: BenchOptions, eventsPerOrganisation: number): [number, number] {
  const whole = (n: number): number =>
    Math.max(eventsPerOrganisation, Math.round(n / eventsPerOrganisation) * eventsPerOrganisation);
  return options.quick
    ? [whole(options.events / 500), whole(options.events / 50)]
    : [whole(options.events / 10), whole(options.events)];
}

/** One size of a log-size workload: its events, the subject's time and peak RSS. */
export type SizePoint = Readonly<{ events: number; seconds: number; peakRssBytes: number }>;

/**
 * Issue 15: how the cost grows with the log, from the smallest size to the largest. Linear when the time per event
 * at the largest size is within a third of that at the smallest (start-up costs make small sizes dearer per event).
 */
export function growthNote(points: readonly SizePoint[]): string {
  if (points.length < 2) return '';
  const [first, last] = [points[0]!, points[points.length - 1]!];
  const scale = last.events / first.events;
  const timeScale = last.seconds / first.seconds;
  const perEvent = last.seconds / last.events / (first.seconds / first.events);
  const shape = perEvent <= 4 / 3 ? 'linear or better' : 'worse than linear';
  const mib = (b: number) => Math.round(b / 1048576);
  return (
    ` Growth: ${scale.toFixed(0)}× the events took ${timeScale.toFixed(1)}× the time (${perEvent.toFixed(2)}× the time per ` +
    `event: ${shape}); peak RSS ${mib(first.peakRssBytes)} → ${mib(last.peakRssBytes)} MiB.`
  );
}
