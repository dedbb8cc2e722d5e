import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_POOL } from '@app/database';
import { AppError, ErrorCode } from '@app/kernel';
import { AUTH_OPTIONS, AuthOptions } from './auth-options';

export class RateLimited extends AppError {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      ErrorCode.RATE_LIMITED,
      'AUTH.TOO_MANY_FAILURES',
      {
        zh: `登录失败次数过多，请 ${minutes} 分钟后再试，或联系管理员`,
        en: `Too many failed sign-ins: try again in ${minutes} minute(s) or contact your administrator`,
      },
      { retryAfterSeconds },
    );
  }
}

/**
 * How long an attempt waits after `failures` recent failures of its account: nothing at first, then one more
 * step per failure (at most ten steps), so that guessing slows down well before the account is refused.
 */
export function slowdownMs(
  failures: number,
  o: Pick<AuthOptions, 'slowAfterFailures' | 'slowdownStepMs'>,
): number {
  if (failures < o.slowAfterFailures) return 0;
  return Math.min(failures - o.slowAfterFailures + 1, 10) * o.slowdownStepMs;
}

/**
 * Failed sign-ins per account and per address (rate-limiter-flexible, counters in PostgreSQL so that every API
 * process shares them): slowed after a few, refused for a while after more.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly byAccount: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(
    @Inject(APP_POOL) pool: Pool,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {
    const common = {
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
    };
    this.byAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-account',
      points: options.accountMaxFailures,
      duration: options.windowSeconds,
      blockDuration: options.blockSeconds,
    });
    this.byAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-address',
      points: options.addressMaxFailures,
      duration: options.windowSeconds,
      blockDuration: options.blockSeconds,
    });
  }

  /** Refuses (RATE_LIMITED) while either the account or the address is blocked; otherwise waits as it should. */
  async beforeAttempt(username: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.byAccount.get(username), this.byAddress.get(ip)]);
    for (const [res, max] of [
      [account, this.options.accountMaxFailures],
      [address, this.options.addressMaxFailures],
    ] as const) {
      if (res && res.consumedPoints >= max) throw new RateLimited(Math.ceil(res.msBeforeNext / 1000));
    }
    const failures = account?.consumedPoints ?? 0;
    if (failures >= this.options.slowAfterFailures) {
      const delay = Math.min(
        (failures - this.options.slowAfterFailures + 1) * this.options.slowdownStepMs,
        10 * this.options.slowdownStepMs,
      );
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  async failed(username: string, ip: string): Promise<void> {
    await Promise.all([this.byAccount.penalty(username, 1), this.byAddress.penalty(ip, 1)]).catch(
      (err: unknown) => {
        if (!(err instanceof RateLimiterRes)) throw err;
      },
    );
    const account = await this.byAccount.get(username);
    if (account && account.consumedPoints >= this.options.accountMaxFailures)
      await this.byAccount.block(username, this.options.blockSeconds);
    const address = await this.byAddress.get(ip);
    if (address && address.consumedPoints >= this.options.addressMaxFailures)
      await this.byAddress.block(ip, this.options.blockSeconds);
  }

  async succeeded(username: string): Promise<void> {
    await this.byAccount.delete(username);
  }
}
