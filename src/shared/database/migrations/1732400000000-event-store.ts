import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL event store (research/event-store.md §7.3). Global order is (tx_id, global_seq): a reader
 * only sees transactions older than the oldest one still open, so a slow writer delays an event but never
 * makes a subscriber skip it. Appends are one call to es.append: one round trip.
 */
export class EventStore1732400000000 implements MigrationInterface {
  name = 'EventStore1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS es`);
    await q.query(`CREATE SEQUENCE es.global_seq`);
    await q.query(`
      CREATE TABLE es.streams (
        stream_id  text PRIMARY KEY,
        category   text GENERATED ALWAYS AS (split_part(stream_id, '-', 1)) STORED,
        revision   bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE es.events (
        global_seq     bigint NOT NULL DEFAULT nextval('es.global_seq'),
        tx_id          xid8   NOT NULL DEFAULT pg_current_xact_id(),
        stream_id      text   NOT NULL,
        category       text   GENERATED ALWAYS AS (split_part(stream_id, '-', 1)) STORED,
        revision       bigint NOT NULL,
        event_id       uuid   NOT NULL,
        event_type     text   NOT NULL,
        schema_version int    NOT NULL DEFAULT 1,
        data           jsonb  NOT NULL,
        metadata       jsonb  NOT NULL,
        correlation_id text,
        causation_id   text,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (stream_id, revision),
        UNIQUE (event_id)
      )`);
    await q.query(`CREATE INDEX events_tx_seq ON es.events (tx_id, global_seq)`);
    await q.query(`CREATE INDEX events_correlation ON es.events (correlation_id)`);
    // The log is immutable: no application path updates or deletes an event.
    await q.query(`
      CREATE FUNCTION es.reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'es.events is append-only' USING ERRCODE = '42501'; END $$`);
    await q.query(`CREATE TRIGGER events_immutable BEFORE UPDATE OR DELETE ON es.events
                   FOR EACH ROW EXECUTE FUNCTION es.reject_change()`);
    await q.query(`CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON es.events
                   FOR EACH STATEMENT EXECUTE FUNCTION es.reject_change()`);
    await q.query(`
      CREATE FUNCTION es.append(
        p_stream_id text, p_expected_kind text, p_expected_rev bigint,
        p_event_ids uuid[], p_types text[], p_data jsonb[], p_meta jsonb[]
      ) RETURNS TABLE (next_revision bigint, tx_id xid8, last_seq bigint)
      LANGUAGE plpgsql AS $$
      DECLARE
        n        int := cardinality(p_event_ids);
        v_new    bigint;
        v_actual bigint;
      BEGIN
        IF n IS NULL OR n = 0 THEN RAISE EXCEPTION 'empty append' USING ERRCODE = '22023'; END IF;
        IF p_expected_kind = 'no_stream' THEN
          INSERT INTO es.streams (stream_id, revision) VALUES (p_stream_id, n - 1)
            ON CONFLICT (stream_id) DO NOTHING RETURNING revision INTO v_new;
        ELSIF p_expected_kind = 'any' THEN
          INSERT INTO es.streams AS s (stream_id, revision) VALUES (p_stream_id, n - 1)
            ON CONFLICT (stream_id) DO UPDATE SET revision = s.revision + n, updated_at = now()
            RETURNING s.revision INTO v_new;
        ELSIF p_expected_kind = 'stream_exists' THEN
          UPDATE es.streams SET revision = revision + n, updated_at = now()
            WHERE stream_id = p_stream_id RETURNING revision INTO v_new;
        ELSIF p_expected_kind = 'revision' THEN
          UPDATE es.streams SET revision = revision + n, updated_at = now()
            WHERE stream_id = p_stream_id AND revision = p_expected_rev RETURNING revision INTO v_new;
        ELSE
          RAISE EXCEPTION 'unknown expected kind %', p_expected_kind USING ERRCODE = '22023';
        END IF;

        IF v_new IS NULL THEN
          SELECT s.revision INTO v_actual FROM es.streams s WHERE s.stream_id = p_stream_id;
          RAISE EXCEPTION 'wrong expected version'
            USING ERRCODE = 'ES409', DETAIL = COALESCE(v_actual::text, 'no_stream');
        END IF;

        RETURN QUERY
        WITH ins AS (
          INSERT INTO es.events (stream_id, revision, event_id, event_type, schema_version, data, metadata,
                                 correlation_id, causation_id)
          SELECT p_stream_id, v_new - n + e.o, e.id, e.t, COALESCE((e.m->>'schemaVersion')::int, 1), e.d, e.m,
                 e.m->>'correlationId', e.m->>'causationId'
          FROM unnest(p_event_ids, p_types, p_data, p_meta) WITH ORDINALITY AS e(id, t, d, m, o)
          RETURNING es.events.global_seq, es.events.tx_id
        )
        SELECT v_new, (array_agg(ins.tx_id))[1], max(ins.global_seq) FROM ins;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA es CASCADE`);
  }
}
