import { createHash, createSecretKey, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AUTH_SCOPE, ScopedDb, SessionScope } from '@app/access';
import { Clock } from '@app/kernel';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';

export interface AccessClaims {
  sub: string;
  /** The user's security version when the token was issued: a newer one (new password, deactivation) voids it. */
  sv: number;
  scp: Exclude<SessionScope, 'system'>;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: Date;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Short-lived signed access tokens (HS256) and opaque refresh tokens, stored only as hashes and rotated on use;
 * presenting a refresh token that was already used revokes every session of its user (it was stolen).
 */
@Injectable()
export class TokenService implements OnModuleInit {
  private readonly jwt = new JwtService({});
  /**
   * The secret as a key object, made once: given a string, jsonwebtoken first tries it as a public key (and fails)
   * and then builds a secret key, on every call — a measurable share of each request's CPU. @nestjs/jwt's types
   * say string or Buffer, but it passes the key through to jsonwebtoken, which accepts a KeyObject.
   */
  private key = '';

  constructor(
    private readonly db: ScopedDb,
    private readonly clock: Clock,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  /** The signing key: from JWT_SECRET, or generated once and shared by every process through the database. */
  async onModuleInit(): Promise<void> {
    const secret = this.options.jwtSecret ?? (await this.storedSecret());
    this.key = createSecretKey(Buffer.from(secret, 'utf8')) as unknown as string;
  }

  private async storedSecret(): Promise<string> {
    return this.db.run(AUTH_SCOPE, async (m) => {
      await m.query(
        `INSERT INTO auth_signing_keys (kid, secret) VALUES ('access-v1', $1) ON CONFLICT (kid) DO NOTHING`,
        [randomBytes(48).toString('base64url')],
      );
      const rows = await m.query<{ secret: string }[]>(
        `SELECT secret FROM auth_signing_keys WHERE kid = 'access-v1'`,
      );
      return rows[0].secret;
    });
  }

  async issue(
    userId: string,
    securityVersion: number,
    scope: AccessClaims['scp'],
    countyId: string | null,
  ): Promise<IssuedTokens> {
    const now = this.clock.now();
    const iat = Math.floor(now.getTime() / 1000);
    const accessToken = await this.jwt.signAsync(
      { sub: userId, sv: securityVersion, scp: scope, iat, jti: randomUUID() },
      { secret: this.key, algorithm: 'HS256', expiresIn: this.options.accessTokenTtlSeconds },
    );
    const tokenId = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.db.run(AUTH_SCOPE, (m) =>
      m.query(
        `INSERT INTO refresh_tokens (token_id, user_id, county_id, token_hash, security_version, issued_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          tokenId,
          userId,
          countyId,
          sha256(secret),
          securityVersion,
          now,
          new Date(now.getTime() + this.options.refreshTokenTtlSeconds * 1000),
        ],
      ),
    );
    return {
      accessToken,
      refreshToken: `${tokenId}.${secret}`,
      accessExpiresAt: new Date((iat + this.options.accessTokenTtlSeconds) * 1000),
    };
  }

  /** The claims of a valid, unexpired access token, or null. */
  async verifyAccess(token: string): Promise<AccessClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        secret: this.key,
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
      if (typeof claims.sub !== 'string' || typeof claims.sv !== 'number') return null;
      if (claims.scp !== 'full' && claims.scp !== 'enroll-totp') return null;
      return claims;
    } catch {
      return null;
    }
  }

  /**
   * Consumes a refresh token: returns its user when it is current, and revokes it (the caller issues the next).
   * A token already used or revoked revokes all of the user's sessions.
   */
  async consumeRefresh(refreshToken: string): Promise<{ userId: string; securityVersion: number } | null> {
    const [tokenId, secret] = refreshToken.split('.');
    if (!tokenId || !secret || !/^[0-9a-f-]{36}$/.test(tokenId)) return null;
    const now = this.clock.now();
    return this.db.run(AUTH_SCOPE, async (m) => {
      const rows = await m.query<
        {
          user_id: string;
          token_hash: string;
          security_version: number;
          expires_at: Date;
          revoked_at: Date | null;
        }[]
      >(
        `SELECT user_id, token_hash, security_version, expires_at, revoked_at FROM refresh_tokens WHERE token_id = $1 FOR UPDATE`,
        [tokenId],
      );
      const row = rows[0];
      if (!row || !timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(sha256(secret)))) return null;
      if (row.revoked_at) {
        await m.query(`UPDATE refresh_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [
          row.user_id,
          now,
        ]);
        return null;
      }
      if (row.expires_at <= now) return null;
      await m.query(`UPDATE refresh_tokens SET revoked_at = $2 WHERE token_id = $1`, [tokenId, now]);
      return { userId: row.user_id, securityVersion: row.security_version };
    });
  }

  async revokeRefresh(refreshToken: string): Promise<void> {
    const [tokenId, secret] = refreshToken.split('.');
    if (!tokenId || !secret || !/^[0-9a-f-]{36}$/.test(tokenId)) return;
    await this.db.run(AUTH_SCOPE, (m) =>
      m.query(
        `UPDATE refresh_tokens SET revoked_at = $3 WHERE token_id = $1 AND token_hash = $2 AND revoked_at IS NULL`,
        [tokenId, sha256(secret), this.clock.now()],
      ),
    );
  }
}
