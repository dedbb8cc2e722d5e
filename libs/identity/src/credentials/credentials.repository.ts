import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { AUTH_SCOPE, Role, ScopedDb, UnitKind } from '@app/access';
import { APP_POOL } from '@app/database';
import { StoreTransaction } from '@app/event-store';
import { endAllSessions, isUuid } from './session-records';

export interface LoginRow {
  user_id: string;
  username: string;
  password_hash: string;
  active: boolean;
  security_version: number;
  totp_secret: string | null;
  totp_last_step: string;
  roles: Role[] | null;
  county_id: string | null;
  display_name: string | null;
}

export interface PrincipalRow {
  user_id: string;
  username: string;
  display_name: string;
  unit_id: string;
  unit_kind: UnitKind;
  county_id: string | null;
  roles: Role[];
  active: boolean;
  security_version: number;
  totp_enabled: boolean;
  /** The county's policy wants a second factor of one of the user's roles. */
  totp_required: boolean;
  /** Whether the session asked about is open; null when none was asked about or it does not exist. */
  session_open: boolean | null;
  /** The password was set by an administrator and is to be changed before anything else. */
  must_change_password: boolean;
}

const AUTH = `SELECT set_config('app.scope', 'auth', true)`;
const SAFE_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * Secrets and sign-in state (not in the event log). Everything here runs in the 'auth' row-security scope; the
 * write methods take the transaction of the command whose events they accompany.
 */
@Injectable()
export class CredentialsRepository {
  constructor(
    private readonly db: ScopedDb,
    @Inject(APP_POOL) private readonly pool: Pool,
  ) {}

  static async insert(
    tx: StoreTransaction,
    c: {
      userId: string;
      username: string;
      countyId: string | null;
      passwordHash: string;
      mustChangePassword: boolean;
      now: Date;
    },
  ) {
    await tx.query(AUTH);
    await tx.query(
      `INSERT INTO user_credentials (user_id, username, county_id, password_hash, must_change_password, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [c.userId, c.username, c.countyId, c.passwordHash, c.mustChangePassword, c.now],
    );
  }

  /**
   * A new password ends every session of the user: the security version moves and its sessions end. One an
   * administrator set (`mustChange`) is to be changed at the next sign-in; one the user chose is not.
   */
  static async setPassword(
    tx: StoreTransaction,
    userId: string,
    passwordHash: string,
    now: Date,
    mustChange: boolean,
  ) {
    await tx.query(AUTH);
    await tx.query(
      `UPDATE user_credentials SET password_hash = $2, must_change_password = $4,
              security_version = security_version + 1, updated_at = $3 WHERE user_id = $1`,
      [userId, passwordHash, now, mustChange],
    );
    await endAllSessions(tx, userId, now, 'PASSWORD_CHANGED');
  }

  static async setActive(tx: StoreTransaction, userId: string, active: boolean, now: Date) {
    await tx.query(AUTH);
    await tx.query(
      `UPDATE user_credentials SET active = $2, security_version = security_version + 1, updated_at = $3 WHERE user_id = $1`,
      [userId, active, now],
    );
    if (!active) await endAllSessions(tx, userId, now, 'DEACTIVATED');
  }

  /** A second factor bound (or bound anew) ends the sessions opened without it. */
  static async enableTotp(tx: StoreTransaction, userId: string, now: Date) {
    await tx.query(AUTH);
    await tx.query(
      `UPDATE user_credentials SET totp_secret = totp_pending_secret, totp_pending_secret = NULL,
              security_version = security_version + 1, updated_at = $2 WHERE user_id = $1`,
      [userId, now],
    );
    await endAllSessions(tx, userId, now, 'SECOND_FACTOR_CHANGED');
  }

  /** The second factor unbound (an administrator's reset): the sessions opened with it end. */
  static async clearTotp(tx: StoreTransaction, userId: string, now: Date) {
    await tx.query(AUTH);
    await tx.query(
      `UPDATE user_credentials SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = 0,
              security_version = security_version + 1, updated_at = $2 WHERE user_id = $1`,
      [userId, now],
    );
    await endAllSessions(tx, userId, now, 'SECOND_FACTOR_CHANGED');
  }

  findForLogin(username: string): Promise<LoginRow | null> {
    return this.db.run(AUTH_SCOPE, async (m) => {
      const rows = await m.query<LoginRow[]>(
        `SELECT c.user_id, c.username, c.password_hash, c.active, c.security_version, c.totp_secret, c.totp_last_step,
                u.roles, c.county_id, u.display_name
           FROM user_credentials c LEFT JOIN user_view u ON u.user_id = c.user_id
          WHERE c.username = $1`,
        [username],
      );
      return rows[0] ?? null;
    });
  }

  pendingTotpSecret(userId: string): Promise<string | null> {
    return this.db.run(AUTH_SCOPE, async (m) => {
      const rows = await m.query<{ s: string | null }[]>(
        `SELECT totp_pending_secret AS s FROM user_credentials WHERE user_id = $1`,
        [userId],
      );
      return rows[0]?.s ?? null;
    });
  }

  /** Which of these users must still change a password an administrator set (for the administrator's list). */
  mustChangePassword(userIds: string[]): Promise<Set<string>> {
    if (!userIds.length) return Promise.resolve(new Set());
    return this.db.run(AUTH_SCOPE, async (m) => {
      const rows = await m.query<{ user_id: string }[]>(
        `SELECT user_id FROM user_credentials WHERE user_id = ANY ($1::text[]) AND must_change_password`,
        [userIds],
      );
      return new Set(rows.map((r) => r.user_id));
    });
  }

  passwordHash(userId: string): Promise<string | null> {
    return this.db.run(AUTH_SCOPE, async (m) => {
      const rows = await m.query<{ h: string }[]>(
        `SELECT password_hash AS h FROM user_credentials WHERE user_id = $1`,
        [userId],
      );
      return rows[0]?.h ?? null;
    });
  }

  async setPendingTotp(userId: string, secret: string, now: Date): Promise<void> {
    await this.db.run(AUTH_SCOPE, (m) =>
      m.query(`UPDATE user_credentials SET totp_pending_secret = $2, updated_at = $3 WHERE user_id = $1`, [
        userId,
        secret,
        now,
      ]),
    );
  }

  /** Records the time step of an accepted code; false when that step (or a later one) was already used. */
  async consumeTotpStep(userId: string, step: number): Promise<boolean> {
    return this.db.run(AUTH_SCOPE, async (m) => {
      const rows = await m.query<{ user_id: string }[]>(
        // (Wrapped in a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].)
        `WITH u AS (UPDATE user_credentials SET totp_last_step = $2 WHERE user_id = $1 AND totp_last_step < $2 RETURNING user_id)
         SELECT user_id FROM u`,
        [userId, step],
      );
      return rows.length === 1;
    });
  }

  /**
   * Who a token's subject is now — unit, roles, whether still active, the current security version, whether the
   * county's policy wants a second factor of him and whether the token's session is still open — in one round trip
   * (a multi-statement simple query), since every request asks. Checking here, not in a cache, is what makes a
   * sign-out, a deactivation or a policy change take effect on the very next request of every process.
   */
  async principal(userId: string, sessionId?: string): Promise<PrincipalRow | null> {
    if (!SAFE_ID.test(userId)) return null;
    if (sessionId !== undefined && !isUuid(sessionId)) return null;
    const session = sessionId
      ? `(SELECT s.ended_at IS NULL AND s.user_id = u.user_id FROM auth_sessions s WHERE s.session_id = '${sessionId}')`
      : 'NULL::boolean';
    const client = await this.pool.connect();
    try {
      const results = (await client.query(
        `BEGIN READ ONLY; ${AUTH};
         SELECT u.user_id, u.username, u.display_name, u.unit_id, n.kind AS unit_kind, u.county_id, u.roles,
                c.active, c.security_version, c.totp_secret IS NOT NULL AS totp_enabled,
                coalesce(cv.require_totp_roles && u.roles, false) AS totp_required, ${session} AS session_open,
                c.must_change_password
           FROM user_view u JOIN user_credentials c ON c.user_id = u.user_id JOIN unit_view n ON n.unit_id = u.unit_id
                LEFT JOIN county_view cv ON cv.county_id = u.county_id
          WHERE u.user_id = '${userId}';
         COMMIT;`,
      )) as unknown as { rows: PrincipalRow[] }[];
      return results[2]?.rows[0] ?? null;
    } catch (err) {
      // Never hand a connection back to the pool inside a failed transaction.
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}
