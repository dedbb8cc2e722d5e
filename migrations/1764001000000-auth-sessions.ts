import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that end at once. Every access token names its session (claim `sid`); a session is a sign-in and the
 * chain of refresh tokens rotated from it. Signing out, a replayed refresh token, a new or reset password and a
 * deactivation end sessions here, and every request's principal lookup reads this row in the same round trip, so an
 * ended session's access tokens stop working on the next request instead of when they expire.
 *
 * The access-token signing key stays with the owner: the application role may no longer read or write
 * `auth_signing_keys` (a process reads it at start-up through the owner connection, or takes it from JWT_SECRET),
 * so an injection through the application's connection cannot mint tokens.
 *
 * Password attempts are counted in `login_throttle` (see LoginThrottle), replacing the rate limiter's table.
 */
export class AuthSessions1764001000000 implements MigrationInterface {
  name = 'AuthSessions1764001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auth_sessions (
        session_id  uuid PRIMARY KEY,
        user_id     text NOT NULL,
        county_id   text,
        started_at  timestamptz NOT NULL,
        -- Address the session was opened from, for the sign-in record.
        ip          text NOT NULL,
        ended_at    timestamptz,
        end_reason  text CHECK (end_reason IN ('LOGOUT', 'REFRESH_REPLAYED', 'PASSWORD_CHANGED', 'DEACTIVATED',
                                               'SECOND_FACTOR_CHANGED', 'REPLACED'))
      )`);
    await q.query(`CREATE INDEX auth_sessions_open ON auth_sessions (user_id) WHERE ended_at IS NULL`);
    await q.query(`ALTER TABLE auth_sessions ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE auth_sessions FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY auth_sessions_auth ON auth_sessions FOR ALL USING (app_scope() = 'auth') WITH CHECK (app_scope() = 'auth')`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE ON auth_sessions TO yuqing_app`);

    // Refresh tokens issued before sessions existed belong to none: they no longer refresh (sign in again).
    await q.query(`ALTER TABLE refresh_tokens ADD COLUMN session_id uuid`);
    await q.query(`CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)`);

    await q.query(`REVOKE ALL ON auth_signing_keys FROM yuqing_app`);

    // Password attempts per account, address and both (LoginThrottle): a count and the time before which the next
    // attempt is refused — growing waits instead of a lock anyone could set off by typing a name. Replaces the
    // rate limiter's table.
    await q.query(`
      CREATE TABLE login_throttle (
        key             text PRIMARY KEY,
        failures        integer NOT NULL,
        next_allowed_at timestamptz NOT NULL,
        updated_at      timestamptz NOT NULL
      )`);
    await q.query(`ALTER TABLE login_throttle ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE login_throttle FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY login_throttle_auth ON login_throttle FOR ALL USING (app_scope() = 'auth') WITH CHECK (app_scope() = 'auth')`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO yuqing_app`);
    await q.query(`DROP TABLE rate_limits`);
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
