import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units, counties and people (read models of their event streams), the secrets that stay out of the event log
 * (password hashes, TOTP secrets, refresh tokens, the token signing key), and row-level security on every tenant
 * table: rows are visible only inside the scope set per transaction with set_config(..., true) (SET LOCAL).
 *
 * Scopes (app.scope): 'unit' — rows of one's own unit and rows that name it; 'county' — the whole county
 * (county centre, auditors); 'system' — projections writing read models; 'auth' — signing in.
 */
export class UnitsPeopleAccess1763798600000 implements MigrationInterface {
  name = 'UnitsPeopleAccess1763798600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_scope() RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.scope', true), '') $$;
      CREATE FUNCTION app_county() RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.county', true), '') $$;
      CREATE FUNCTION app_unit() RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.unit', true), '') $$;
    `);

    await q.query(`
      CREATE TABLE county_view (
        county_id              text PRIMARY KEY,
        name                   text NOT NULL,
        city_office_unit_id    text,
        propaganda_unit_id     text,
        cyberspace_unit_id     text,
        police_unit_id         text,
        state_security_unit_id text,
        require_totp_roles     text[] NOT NULL DEFAULT '{}',
        version                integer NOT NULL,
        updated_at             timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE unit_view (
        unit_id     text PRIMARY KEY,
        kind        text NOT NULL,
        name        text NOT NULL,
        parent_id   text,
        county_id   text,
        active      boolean NOT NULL,
        version     integer NOT NULL,
        created_at  timestamptz NOT NULL,
        updated_at  timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX unit_view_county ON unit_view (county_id, kind)`);
    await q.query(`
      CREATE TABLE user_view (
        user_id          text PRIMARY KEY,
        username         text NOT NULL UNIQUE,
        display_name     text NOT NULL,
        unit_id          text NOT NULL,
        county_id        text,
        roles            text[] NOT NULL,
        active           boolean NOT NULL,
        totp_enabled     boolean NOT NULL DEFAULT false,
        security_version integer NOT NULL,
        version          integer NOT NULL,
        created_at       timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX user_view_unit ON user_view (unit_id)`);

    // Secrets are not events: the log records that a password changed, never the hash.
    await q.query(`
      CREATE TABLE user_credentials (
        user_id             text PRIMARY KEY,
        -- Unique here, in the same transaction as UserRegistered: two admins cannot both take one name.
        username            text NOT NULL UNIQUE,
        county_id           text,
        password_hash       text NOT NULL,
        -- Authoritative for sign-in, changed with the events that change them: a deactivation or a new
        -- password ends existing sessions at once.
        active              boolean NOT NULL DEFAULT true,
        security_version    integer NOT NULL DEFAULT 1,
        totp_secret         text,
        totp_pending_secret text,
        -- Last accepted TOTP time step: a code is accepted once (no replay).
        totp_last_step      bigint NOT NULL DEFAULT 0,
        updated_at          timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        token_id         uuid PRIMARY KEY,
        user_id          text NOT NULL,
        county_id        text,
        token_hash       text NOT NULL,
        security_version integer NOT NULL,
        issued_at        timestamptz NOT NULL,
        expires_at       timestamptz NOT NULL,
        revoked_at       timestamptz,
        replaced_by      uuid
      )`);
    await q.query(`CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id)`);
    await q.query(`
      CREATE TABLE auth_signing_keys (
        kid        text PRIMARY KEY,
        secret     text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE login_attempts (
        id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        username   text NOT NULL,
        user_id    text,
        county_id  text,
        ip         text NOT NULL,
        success    boolean NOT NULL,
        reason     text NOT NULL,
        at         timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX login_attempts_user ON login_attempts (username, at DESC)`);
    // Counters of the rate limiter (rate-limiter-flexible's table shape); keys are account names and addresses.
    await q.query(
      `CREATE TABLE rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
    );

    await q.query(
      `ALTER TABLE incident_view ADD COLUMN county_id text, ADD COLUMN visible_units text[] NOT NULL DEFAULT '{}'`,
    );
    await q.query(
      `CREATE INDEX incident_view_county_recent ON incident_view (county_id, reported_at DESC, incident_id DESC)`,
    );

    const readRules: Record<string, string> = {
      county_view: `county_id = app_county()`,
      unit_view: `county_id = app_county() OR unit_id = app_unit()`,
      user_view: `county_id = app_county() AND (app_scope() = 'county' OR unit_id = app_unit())`,
      incident_view: `(county_id = app_county() AND app_scope() = 'county') OR app_unit() = ANY (visible_units)`,
    };
    for (const [table, rule] of Object.entries(readRules)) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (app_scope() IN ('system', 'auth') OR ${rule})`,
      );
      await q.query(
        `CREATE POLICY ${table}_project ON ${table} FOR ALL USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`,
      );
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO yuqing_app`);
    }
    for (const table of ['user_credentials', 'refresh_tokens', 'auth_signing_keys', 'login_attempts']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY ${table}_auth ON ${table} FOR ALL USING (app_scope() = 'auth') WITH CHECK (app_scope() = 'auth')`,
      );
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE ON user_credentials, refresh_tokens TO yuqing_app`);
    await q.query(`GRANT SELECT, INSERT ON auth_signing_keys, login_attempts TO yuqing_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limits TO yuqing_app`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
