import { Injectable } from '@nestjs/common';
import { AUTH_SCOPE, Principal, Role, ScopedDb, Unauthenticated } from '@app/access';
import { Clock } from '@app/kernel';
import { CredentialsRepository, PrincipalRow } from '../credentials/credentials.repository';
import { DUMMY_HASH, verifyPassword } from '../credentials/password-hasher';
import { LoginRateLimiter } from './login-rate-limiter';
import { AccessClaims, IssuedTokens, TokenService } from './token.service';
import { acceptTotp } from './totp';

export interface SignInResult extends IssuedTokens {
  principal: Principal;
  /** County policy wants a second factor this user has not enrolled: the session may only enrol it. */
  requiresTotpEnrollment: boolean;
}

const INVALID = { zh: '用户名或密码错误', en: 'Wrong username or password' };

export class TotpRequired extends Unauthenticated {
  constructor() {
    super('AUTH.TOTP_REQUIRED', {
      zh: '请输入动态口令（6 位数字）',
      en: 'Enter the 6-digit code from your authenticator app',
    });
  }
}

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
    private readonly limiter: LoginRateLimiter,
    private readonly db: ScopedDb,
    private readonly clock: Clock,
  ) {}

  async login(
    input: { username: string; password: string; totpCode?: string | null },
    ip: string,
  ): Promise<SignInResult> {
    const username = input.username.trim().toLowerCase();
    await this.limiter.beforeAttempt(username, ip);
    const row = await this.credentials.findForLogin(username);
    // Always hash once, so that a missing account takes as long as a wrong password.
    const passwordOk = await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !passwordOk)
      return this.fail(
        username,
        ip,
        row?.user_id ?? null,
        row?.county_id ?? null,
        row ? 'BAD_PASSWORD' : 'UNKNOWN_USER',
      );
    if (!row.active) {
      await this.record(username, ip, row.user_id, row.county_id, false, 'DEACTIVATED');
      throw new Unauthenticated('AUTH.DEACTIVATED', {
        zh: '账号已停用，请联系管理员',
        en: 'This account is deactivated: contact your administrator',
      });
    }
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
        return this.fail(username, ip, row.user_id, row.county_id, 'BAD_TOTP');
      }
    }
    await this.limiter.succeeded(username);
    const requiresTotpEnrollment =
      !row.totp_secret && (await this.countyRequiresTotp(row.county_id, row.roles ?? []));
    await this.record(
      username,
      ip,
      row.user_id,
      row.county_id,
      true,
      requiresTotpEnrollment ? 'OK_ENROLL_TOTP' : 'OK',
    );
    return this.issue(row.user_id, requiresTotpEnrollment ? 'enroll-totp' : 'full');
  }

  async refresh(refreshToken: string): Promise<SignInResult> {
    const used = await this.tokens.consumeRefresh(refreshToken);
    const row = used && (await this.credentials.principal(used.userId));
    if (!used || !row || !row.active || row.security_version !== used.securityVersion) {
      throw new Unauthenticated('AUTH.REFRESH_INVALID', {
        zh: '登录已失效，请重新登录',
        en: 'Your session has ended; sign in again',
      });
    }
    const enroll = !row.totp_enabled && (await this.countyRequiresTotp(row.county_id, row.roles));
    return this.issue(row.user_id, enroll ? 'enroll-totp' : 'full');
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revokeRefresh(refreshToken);
  }

  /** A fresh session for a user (after a password change or enrolling a second factor). */
  async issue(userId: string, scope: AccessClaims['scp']): Promise<SignInResult> {
    const row = await this.credentials.principal(userId);
    if (!row || !row.active) throw new Unauthenticated();
    const tokens = await this.tokens.issue(row.user_id, row.security_version, scope, row.county_id);
    return { ...tokens, principal: toPrincipal(row, scope), requiresTotpEnrollment: scope === 'enroll-totp' };
  }

  /** The caller a bearer token stands for, if the token is valid and the user still active at that version. */
  async authenticate(bearer: string): Promise<Principal | undefined> {
    const claims = await this.tokens.verifyAccess(bearer);
    if (!claims) return undefined;
    const row = await this.credentials.principal(claims.sub);
    if (!row || !row.active || row.security_version !== claims.sv) return undefined;
    return toPrincipal(row, claims.scp);
  }

  private async countyRequiresTotp(countyId: string | null, roles: Role[]): Promise<boolean> {
    if (!countyId) return false;
    const required = await this.db.run(AUTH_SCOPE, async (m) => {
      const rows = await m.query<{ r: Role[] }[]>(
        `SELECT require_totp_roles AS r FROM county_view WHERE county_id = $1`,
        [countyId],
      );
      return rows[0]?.r ?? [];
    });
    return roles.some((r) => required.includes(r));
  }

  private async fail(
    username: string,
    ip: string,
    userId: string | null,
    countyId: string | null,
    reason: string,
  ): Promise<never> {
    await this.limiter.failed(username, ip);
    await this.record(username, ip, userId, countyId, false, reason);
    throw new Unauthenticated('AUTH.INVALID_CREDENTIALS', INVALID);
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
