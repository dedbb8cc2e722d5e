import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event store: an append-only log of events in streams, stream heads, idempotency keys, projection
 * checkpoints and the sealed checkpoints of the global log. The application role may read and append to the
 * log but never rewrite it: grants say so, and a trigger says so again for anyone who holds more rights.
 */
export class EventStore1763798400000 implements MigrationInterface {
  name = 'EventStore1763798400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        CREATE ROLE yuqing_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$;
    `);
    await q.query(
      `DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO yuqing_app', current_database()); END $$;`,
    );
    await q.query(`GRANT USAGE ON SCHEMA public TO yuqing_app`);

    await q.query(`
      CREATE TABLE es_streams (
        stream_id    text PRIMARY KEY CHECK (length(stream_id) BETWEEN 1 AND 200),
        stream_type  text NOT NULL,
        owning_unit  text NOT NULL,
        version      bigint NOT NULL CHECK (version >= 1),
        last_hash    text NOT NULL,
        created_at   timestamptz NOT NULL,
        updated_at   timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE es_events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- The writing transaction's id: readers order by (transaction_id, global_position) and only read below
        -- the oldest running transaction, so a slow writer's lower position can never be skipped (the gap problem).
        transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id        uuid NOT NULL UNIQUE,
        stream_id       text NOT NULL,
        stream_type     text NOT NULL,
        stream_version  bigint NOT NULL CHECK (stream_version >= 1),
        event_type      text NOT NULL,
        schema_version  integer NOT NULL CHECK (schema_version >= 1),
        data            jsonb NOT NULL,
        metadata        jsonb NOT NULL,
        recorded_at     timestamptz NOT NULL,
        owning_unit     text NOT NULL,
        prev_hash       text NOT NULL,
        hash            text NOT NULL,
        CONSTRAINT es_events_stream_version_key UNIQUE (stream_id, stream_version)
      )`);
    await q.query(`CREATE INDEX es_events_log_order ON es_events (transaction_id, global_position)`);

    await q.query(`
      CREATE TABLE es_idempotency_keys (
        actor_unit      text NOT NULL,
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        stream_id       text NOT NULL,
        first_version   bigint NOT NULL,
        last_version    bigint NOT NULL,
        request_hash    text NOT NULL,
        created_at      timestamptz NOT NULL,
        PRIMARY KEY (actor_unit, idempotency_key)
      )`);

    await q.query(`
      CREATE TABLE es_projection_checkpoints (
        name            text PRIMARY KEY,
        transaction_id  xid8 NOT NULL DEFAULT '0',
        global_position bigint NOT NULL DEFAULT 0,
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE es_log_checkpoints (
        seq                 bigint PRIMARY KEY CHECK (seq >= 1),
        from_transaction_id xid8 NOT NULL,
        from_position       bigint NOT NULL,
        to_transaction_id   xid8 NOT NULL,
        to_position         bigint NOT NULL,
        event_count         integer NOT NULL CHECK (event_count >= 1),
        events_digest       text NOT NULL,
        prev_hash           text NOT NULL,
        hash                text NOT NULL,
        sealed_at           timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE FUNCTION es_forbid_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'YQ001';
      END $$`);
    for (const table of ['es_events', 'es_log_checkpoints']) {
      await q.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION es_forbid_rewrite()`,
      );
      await q.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION es_forbid_rewrite()`,
      );
    }

    await q.query(`GRANT SELECT, INSERT ON es_events, es_log_checkpoints, es_idempotency_keys TO yuqing_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON es_streams, es_projection_checkpoints TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
