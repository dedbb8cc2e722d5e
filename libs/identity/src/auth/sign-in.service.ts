import { Injectable } from '@nestjs/common';
import { AUTH_SCOPE, Principal, ScopedDb, Unauthenticated } from '@app/access';
import { Clock } from '@app/kernel';
import { CredentialsRepository, PrincipalRow } from '../credentials/credentials.repository';
import { DUMMY_HASH, verifyPassword } from '../credentials/password-hasher';
import { LoginThrottle } from './login-throttle';
import { AccessClaims, IssuedTokens, TokenService } from './token.service';
import { acceptTotp } from './totp';
import { invalidCredentials, refreshInvalid, TotpRequired } from '../domain/identity.errors';

export interface SignInResult extends IssuedTokens {
  principal: Principal;
  /** County policy wants a second factor this user has not enrolled: the session may only enrol it. */
  requiresTotpEnrollment: boolean;
  /** The password was set by an administrator: the session may only change it. */
  requiresPasswordChange: boolean;
}

export { TotpRequired } from '../domain/identity.errors';

export function toPrincipal(row: PrincipalRow, scope: AccessClaims['scp']): Principal {
  return {
    userId: row.user_id,
    userName: row.display_name,
    username: row.username,
    unitId: row.unit_id,
    unitKind: row.unit_kind,
    countyId: row.county_id,
    roles: row.roles,
    sessionScope: scope,
  };
}

/** Signing in and out, refreshing, and turning a bearer token into the caller. */
@Injectable()
export class SignInService {
  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly db: ScopedDb,
    private readonly clock: Clock,
  ) {}

  async login(
    input: { username: string; password: string; totpCode?: string | null },
    ip: string,
  ): Promise<SignInResult> {
    const username = input.username.trim().toLowerCase();
    const remaining = await this.throttle.admit(username, ip);
    const row = await this.credentials.findForLogin(username);
    // Always hash once, so that a missing account takes as long as a wrong password.
    const passwordOk = await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !passwordOk)
      return this.fail(username, ip, row, row ? 'BAD_PASSWORD' : 'UNKNOWN_USER', remaining);
    // A deactivated account answers like a wrong password: the answer says nothing about who exists or why.
    if (!row.active) return this.fail(username, ip, row, 'DEACTIVATED', remaining);
    if (row.totp_secret) {
      if (!input.totpCode) {
        await this.record(username, ip, row.user_id, row.county_id, false, 'TOTP_MISSING');
        throw new TotpRequired();
      }
      const step = await acceptTotp(
        row.totp_secret,
        input.totpCode.trim(),
        this.clock.now(),
        Number(row.totp_last_step),
      );
      if (step === null || !(await this.credentials.consumeTotpStep(row.user_id, step))) {
        return this.fail(username, ip, row, 'BAD_TOTP', remaining);
      }
    }
    await this.throttle.succeeded(username, ip);
    const session = await this.startSession(row.user_id, ip);
    const reason = session.requiresPasswordChange
      ? 'OK_CHANGE_PASSWORD'
      : session.requiresTotpEnrollment
        ? 'OK_ENROLL_TOTP'
        : 'OK';
    await this.record(username, ip, row.user_id, row.county_id, true, reason);
    return session;
  }

  /**
   * The next tokens of a session. A session opened before the county began to require a second factor of this
   * user's roles ends here: he signs in again and enrols it.
   */
  async refresh(refreshToken: string): Promise<SignInResult> {
    const used = await this.tokens.consumeRefresh(refreshToken);
    const row = used && (await this.credentials.principal(used.userId, used.sessionId));
    const ended = refreshInvalid();
    if (!used || !row || !row.active || row.security_version !== used.securityVersion || !row.session_open)
      throw ended;
    if (row.totp_required && !row.totp_enabled) {
      await this.tokens.end(used.sessionId, 'SECOND_FACTOR_CHANGED');
      throw ended;
    }
    // A session that may only change the password does not renew itself into a full one.
    if (row.must_change_password) {
      await this.tokens.end(used.sessionId, 'PASSWORD_CHANGE_REQUIRED');
      throw ended;
    }
    const tokens = await this.tokens.issue({
      userId: row.user_id,
      securityVersion: row.security_version,
      scope: 'full',
      countyId: row.county_id,
      session: { continues: used.sessionId },
    });
    return {
      ...tokens,
      principal: toPrincipal(row, 'full'),
      requiresTotpEnrollment: false,
      requiresPasswordChange: false,
    };
  }

  /** Signing out ends the session: its refresh token and every access token issued in it stop working at once. */
  logout(refreshToken: string): Promise<void> {
    return this.tokens.endSessionOf(refreshToken);
  }

  /**
   * A new session for a user (signing in, after a password change or enrolling a second factor): a full one, or
   * — while the county's policy wants a second factor he has not enrolled — one that may only enrol it.
   */
  async startSession(userId: string, ip: string): Promise<SignInResult> {
    const row = await this.credentials.principal(userId);
    if (!row || !row.active) throw new Unauthenticated();
    const scope: AccessClaims['scp'] = row.must_change_password
      ? 'change-password'
      : row.totp_required && !row.totp_enabled
        ? 'enroll-totp'
        : 'full';
    const tokens = await this.tokens.issue({
      userId: row.user_id,
      securityVersion: row.security_version,
      scope,
      countyId: row.county_id,
      session: { startsFrom: ip },
    });
    return {
      ...tokens,
      principal: toPrincipal(row, scope),
      requiresTotpEnrollment: scope === 'enroll-totp',
      requiresPasswordChange: scope === 'change-password',
    };
  }

  /**
   * The caller a bearer token stands for: the token valid and unexpired, its session open, the user still active
   * at that security version, and — for a full session — no second factor required of him that he lacks (the
   * county's policy changed since he signed in).
   */
  async authenticate(bearer: string): Promise<Principal | undefined> {
    return this.principalOf(bearer, false);
  }

  /**
   * The caller of a socket that was opened with this token, now: as `authenticate`, but past the token's expiry —
   * a subscription lives as long as its session, which is checked here (open, user active, same security version).
   */
  async recheck(bearer: string): Promise<Principal | undefined> {
    return this.principalOf(bearer, true);
  }

  private async principalOf(bearer: string, pastExpiry: boolean): Promise<Principal | undefined> {
    const claims = await this.tokens.verifyAccess(bearer, { ignoreExpiration: pastExpiry });
    if (!claims) return undefined;
    const row = await this.credentials.principal(claims.sub, claims.sid);
    if (!row || !row.active || row.security_version !== claims.sv || row.session_open !== true)
      return undefined;
    if (claims.scp === 'full' && row.totp_required && !row.totp_enabled) return undefined;
    if (claims.scp !== 'change-password' && row.must_change_password) return undefined;
    return toPrincipal(row, claims.scp);
  }

  /** The attempt stays counted (LoginThrottle.admit counted it) and is recorded; the answer is always the same. */
  private async fail(
    username: string,
    ip: string,
    row: { user_id: string; county_id: string | null } | null,
    reason: string,
    remainingAttempts: number,
  ): Promise<never> {
    await this.record(username, ip, row?.user_id ?? null, row?.county_id ?? null, false, reason);
    throw invalidCredentials(remainingAttempts);
  }

  /** Every attempt is recorded (who, from where, what happened) for administrators and auditors. */
  private async record(
    username: string,
    ip: string,
    userId: string | null,
    countyId: string | null,
    success: boolean,
    reason: string,
  ): Promise<void> {
    await this.db.run(AUTH_SCOPE, (m) =>
      m.query(
        `INSERT INTO login_attempts (username, user_id, county_id, ip, success, reason, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [username.slice(0, 100), userId, countyId, ip, success, reason, this.clock.now()],
      ),
    );
  }
}
