import { createHash, createSecretKey, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { AUTH_SCOPE, ScopedDb, SessionScope } from '@app/access';
import { DATABASE_URLS, DatabaseUrls } from '@app/database';
import { Clock } from '@app/kernel';
import { endAllSessions, endSession, isUuid, SessionEnd } from '../credentials/session-records';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';

export interface AccessClaims {
  sub: string;
  /** The user's security version when the token was issued: a newer one (new password, deactivation) voids it. */
  sv: number;
  scp: Exclude<SessionScope, 'system'>;
  /** The session (a sign-in and the refresh tokens rotated from it): when it ends, so does the token. */
  sid: string;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: Date;
  sessionId: string;
}

/** Whom a token is issued to, and in which session: a new one (sign-in) or one it continues (refresh). */
export interface TokenGrant {
  userId: string;
  securityVersion: number;
  scope: AccessClaims['scp'];
  countyId: string | null;
  session: { continues: string } | { startsFrom: string };
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Short-lived signed access tokens (HS256) and opaque refresh tokens, stored only as hashes and rotated on use.
 * Each belongs to a session that can be ended at once (see migration AuthSessions); presenting a refresh token that
 * was already used ends every session of its user (it was stolen).
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
    @Inject(DATABASE_URLS) private readonly urls: DatabaseUrls,
  ) {}

  /**
   * The signing key: JWT_SECRET (required in production), or — for development — generated once and shared by every
   * process through a table only the database owner may read, never the application role.
   */
  async onModuleInit(): Promise<void> {
    const secret = this.options.jwtSecret ?? (await this.ownerKeptSecret());
    this.key = createSecretKey(Buffer.from(secret, 'utf8')) as unknown as string;
  }

  private async ownerKeptSecret(): Promise<string> {
    const owner = new Client({ connectionString: this.urls.ownerUrl, connectionTimeoutMillis: 10_000 });
    owner.on('error', () => undefined);
    await owner.connect();
    try {
      await owner.query(
        `INSERT INTO auth_signing_keys (kid, secret) VALUES ('access-v1', $1) ON CONFLICT (kid) DO NOTHING`,
        [randomBytes(48).toString('base64url')],
      );
      const { rows } = await owner.query<{ secret: string }>(
        `SELECT secret FROM auth_signing_keys WHERE kid = 'access-v1'`,
      );
      return rows[0].secret;
    } finally {
      await owner.end();
    }
  }

  async issue(grant: TokenGrant): Promise<IssuedTokens> {
    const now = this.clock.now();
    const iat = Math.floor(now.getTime() / 1000);
    const sessionId = 'continues' in grant.session ? grant.session.continues : randomUUID();
    const accessToken = await this.jwt.signAsync(
      {
        sub: grant.userId,
        sv: grant.securityVersion,
        scp: grant.scope,
        sid: sessionId,
        iat,
        jti: randomUUID(),
      },
      { secret: this.key, algorithm: 'HS256', expiresIn: this.options.accessTokenTtlSeconds },
    );
    const tokenId = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.db.run(AUTH_SCOPE, async (m) => {
      if ('startsFrom' in grant.session)
        await m.query(
          `INSERT INTO auth_sessions (session_id, user_id, county_id, started_at, ip) VALUES ($1, $2, $3, $4, $5)`,
          [sessionId, grant.userId, grant.countyId, now, grant.session.startsFrom.slice(0, 100)],
        );
      await m.query(
        `INSERT INTO refresh_tokens (token_id, user_id, county_id, token_hash, security_version, issued_at, expires_at, session_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          tokenId,
          grant.userId,
          grant.countyId,
          sha256(secret),
          grant.securityVersion,
          now,
          new Date(now.getTime() + this.options.refreshTokenTtlSeconds * 1000),
          sessionId,
        ],
      );
    });
    return {
      accessToken,
      refreshToken: `${tokenId}.${secret}`,
      accessExpiresAt: new Date((iat + this.options.accessTokenTtlSeconds) * 1000),
      sessionId,
    };
  }

  /**
   * The claims of a valid access token, or null. A token must say when it expires and which session it belongs to:
   * one without `exp` would never end, one without `sid` could not be ended.
   */
  async verifyAccess(
    token: string,
    options: { ignoreExpiration?: boolean } = {},
  ): Promise<AccessClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims & { exp?: unknown }>(token, {
        secret: this.key,
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
        ignoreExpiration: options.ignoreExpiration ?? false,
      });
      if (typeof claims.sub !== 'string' || typeof claims.sv !== 'number') return null;
      if (typeof claims.exp !== 'number' || !isUuid(claims.sid)) return null;
      if (claims.scp !== 'full' && claims.scp !== 'enroll-totp' && claims.scp !== 'change-password')
        return null;
      return claims;
    } catch {
      return null;
    }
  }

  /**
   * Consumes a refresh token: returns its user and session when both are current, and revokes the token (the caller
   * issues the next in the same session). A token already used or revoked ends all of the user's sessions.
   */
  async consumeRefresh(
    refreshToken: string,
  ): Promise<{ userId: string; securityVersion: number; sessionId: string } | null> {
    const [tokenId, secret] = refreshToken.split('.');
    if (!tokenId || !secret || !isUuid(tokenId)) return null;
    const now = this.clock.now();
    return this.db.run(AUTH_SCOPE, async (m) => {
      const rows = await m.query<
        {
          user_id: string;
          token_hash: string;
          security_version: number;
          expires_at: Date;
          revoked_at: Date | null;
          session_id: string | null;
          session_open: boolean | null;
        }[]
      >(
        `SELECT t.user_id, t.token_hash, t.security_version, t.expires_at, t.revoked_at, t.session_id,
                s.ended_at IS NULL AS session_open
           FROM refresh_tokens t LEFT JOIN auth_sessions s ON s.session_id = t.session_id
          WHERE t.token_id = $1 FOR UPDATE OF t`,
        [tokenId],
      );
      const row = rows[0];
      if (!row || !timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(sha256(secret)))) return null;
      if (row.revoked_at) {
        await endAllSessions(m, row.user_id, now, 'REFRESH_REPLAYED');
        return null;
      }
      if (row.expires_at <= now || !row.session_id || !row.session_open) return null;
      await m.query(`UPDATE refresh_tokens SET revoked_at = $2 WHERE token_id = $1`, [tokenId, now]);
      return { userId: row.user_id, securityVersion: row.security_version, sessionId: row.session_id };
    });
  }

  /** Signing out: the session of this refresh token ends, with every token issued in it. */
  async endSessionOf(refreshToken: string): Promise<void> {
    const [tokenId, secret] = refreshToken.split('.');
    if (!tokenId || !secret || !isUuid(tokenId)) return;
    const now = this.clock.now();
    await this.db.run(AUTH_SCOPE, async (m) => {
      const rows = await m.query<{ session_id: string | null }[]>(
        `SELECT session_id FROM refresh_tokens WHERE token_id = $1 AND token_hash = $2`,
        [tokenId, sha256(secret)],
      );
      const sessionId = rows[0]?.session_id;
      if (!sessionId) return;
      await endSession(m, sessionId, now, 'LOGOUT');
    });
  }

  /** Ends one session now (idempotent: an ended session keeps its first end). */
  async end(sessionId: string, reason: SessionEnd): Promise<void> {
    await this.db.run(AUTH_SCOPE, (m) => endSession(m, sessionId, this.clock.now(), reason));
  }
}
