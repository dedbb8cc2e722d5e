/** How one kind of password-attempt count slows guessing down (see delayAfterFailures). */
export interface ThrottleRule {
  /** Failures that cost nothing. */
  free: number;
  /** The wait after the first failure beyond those; it doubles with each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
}

/** Sign-in settings; tests shorten the waits. */
export interface AuthOptions {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /**
   * Password attempts counted per account (whoever tries it, from anywhere), per address (one machine trying many
   * accounts) and per account and address together (one person guessing one account). A count that stays quiet for
   * `quietSeconds` after its last wait starts again.
   */
  throttle: { account: ThrottleRule; address: ThrottleRule; pair: ThrottleRule; quietSeconds: number };
  /** Issuer shown in authenticator apps. */
  totpIssuer: string;
  /** HMAC key for access tokens; when absent (development) one is generated once and kept by the database owner. */
  jwtSecret?: string;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 7 * 24 * 3600,
  throttle: {
    // The owner of an account guessed at from elsewhere waits two minutes at worst; the guesser gets 30 an hour.
    account: { free: 10, firstDelayMs: 1000, maxDelayMs: 2 * 60_000 },
    // An office behind one gateway shares an address: generous, but a machine spraying accounts slows to a crawl.
    address: { free: 50, firstDelayMs: 1000, maxDelayMs: 15 * 60_000 },
    pair: { free: 5, firstDelayMs: 1000, maxDelayMs: 15 * 60_000 },
    quietSeconds: 30 * 60,
  },
  totpIssuer: '舆情应急处置平台',
};
