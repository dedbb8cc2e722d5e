/** Sign-in settings; tests shorten the waits. */
export interface AuthOptions {
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Failed sign-ins per account within the window before it is refused for `blockSeconds`. */
  accountMaxFailures: number;
  /** Failed sign-ins per address within the window before it is refused. */
  addressMaxFailures: number;
  windowSeconds: number;
  blockSeconds: number;
  /** After this many failures in the window each further attempt waits a growing delay (slowing guessing down). */
  slowAfterFailures: number;
  slowdownStepMs: number;
  /** Issuer shown in authenticator apps. */
  totpIssuer: string;
  /** HMAC key for access tokens; when absent one is generated once and kept in the database. */
  jwtSecret?: string;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 7 * 24 * 3600,
  accountMaxFailures: 10,
  addressMaxFailures: 50,
  windowSeconds: 15 * 60,
  blockSeconds: 15 * 60,
  slowAfterFailures: 5,
  slowdownStepMs: 1000,
  totpIssuer: '舆情应急处置平台',
};
