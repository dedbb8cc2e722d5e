import { Inject, Injectable } from '@nestjs/common';
import { AUTH_SCOPE, ScopedDb } from '@app/access';
import { StoreTransaction } from '@app/event-store';
import { Clock } from '@app/kernel';
import { RateLimited } from '../domain/identity.errors';
import { AUTH_OPTIONS, AuthOptions, ThrottleRule } from './auth-options';

export { RateLimited } from '../domain/identity.errors';

/**
 * How long to wait after the n-th failure of a key: nothing for the first `free` ones, then a delay that doubles
 * with each further failure, up to `maxDelayMs`. Guessing slows down exponentially while the owner of an account,
 * at worst, waits a little: nobody can lock an account by typing its name.
 */
export function delayAfterFailures(failures: number, rule: ThrottleRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.firstDelayMs * 2 ** Math.min(failures - rule.free, 30), rule.maxDelayMs);
}

type KeyKind = 'pair' | 'account' | 'address';

/**
 * Password attempts — sign-in and changing one's own password — counted per account, per address and per the two
 * together, in PostgreSQL so that every API process shares the counts. An attempt is admitted or refused, and
 * counted as a failure, before its password is checked (the count is taken back when it was right): parallel guesses
 * queue on the counts' rows and are each counted, instead of all reading the same count first.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly db: ScopedDb,
    private readonly clock: Clock,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  private keys(account: string, address: string): { key: string; rule: ThrottleRule }[] {
    const t = this.options.throttle;
    const keys: [KeyKind, string][] = [
      ['account', account],
      ['address', address],
      ['pair', `${account}|${address}`],
    ];
    // One order for every attempt: concurrent statements lock the shared rows in the same order.
    return keys
      .map(([kind, id]) => ({ key: `${kind}:${id}`.slice(0, 300), rule: t[kind] }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  /**
   * Admits an attempt (counting it as a failure until told otherwise) or refuses it with RATE_LIMITED. Answers how
   * many more failures of this name pass before sign-in pauses, should this one fail too.
   */
  async admit(account: string, address: string): Promise<number> {
    const now = this.clock.now();
    const keys = this.keys(account, address);
    const names = keys.map((k) => k.key);
    const quietMs = this.options.throttle.quietSeconds * 1000;
    const outcome = await this.db.run(
      AUTH_SCOPE,
      async (m): Promise<{ waitUntil: number } | { remaining: number }> => {
        await m.query(
          `INSERT INTO login_throttle (key, failures, next_allowed_at, updated_at)
         SELECT k, 0, $2, $2 FROM unnest($1::text[]) AS k ORDER BY k ON CONFLICT (key) DO NOTHING`,
          [names, now],
        );
        // Row locks, taken in key order: a parallel attempt on the same account or address waits here until this
        // one is counted, and then sees its count.
        const rows = await m.query<{ key: string; failures: number; next_allowed_at: Date }[]>(
          `SELECT key, failures, next_allowed_at FROM login_throttle WHERE key = ANY ($1) ORDER BY key FOR UPDATE`,
          [names],
        );
        const ruleOf = (key: string) => keys.find((k) => k.key === key)!.rule;
        // Only a wait that failures earned counts (a clock set back — in tests — leaves harmless future times).
        const waits = rows.filter(
          (r) => r.failures >= ruleOf(r.key).free && r.next_allowed_at.getTime() > now.getTime(),
        );
        if (waits.length) return { waitUntil: Math.max(...waits.map((r) => r.next_allowed_at.getTime())) };
        const next = rows.map((r) => {
          const rule = ruleOf(r.key);
          const quiet = r.next_allowed_at.getTime() + quietMs < now.getTime();
          const failures = quiet ? 1 : r.failures + 1;
          return { key: r.key, failures, at: new Date(now.getTime() + delayAfterFailures(failures, rule)) };
        });
        await m.query(
          `UPDATE login_throttle AS t SET failures = u.failures, next_allowed_at = u.at, updated_at = $4
           FROM unnest($1::text[], $2::int[], $3::timestamptz[]) AS u(key, failures, at) WHERE t.key = u.key`,
          [next.map((n) => n.key), next.map((n) => n.failures), next.map((n) => n.at), now],
        );
        // The name's own counts (not the address's, which a whole office may share) say what its owner has left.
        const own = next.filter((n) => !n.key.startsWith('address:'));
        return { remaining: Math.min(...own.map((n) => Math.max(0, ruleOf(n.key).free - n.failures))) };
      },
    );
    if ('waitUntil' in outcome)
      throw new RateLimited(Math.max(1, Math.ceil((outcome.waitUntil - now.getTime()) / 1000)));
    return outcome.remaining;
  }

  /**
   * Until when wrong passwords hold this name's sign-in (its own count, or its count from any one address), or null.
   * The address's own count is left out: it belongs to everyone behind that address.
   */
  async pausedUntil(account: string): Promise<Date | null> {
    const all = await this.pausedUntilOf([account]);
    return all.get(account) ?? null;
  }

  /** `pausedUntil` for several names in one query (the administrator's list of people). */
  async pausedUntilOf(accounts: string[]): Promise<Map<string, Date>> {
    if (!accounts.length) return new Map();
    const now = this.clock.now();
    const t = this.options.throttle;
    const rows = await this.db.run(AUTH_SCOPE, (m) =>
      m.query<{ account: string; until: Date }[]>(
        `SELECT a.account, max(t.next_allowed_at) AS until
           FROM unnest($1::text[]) AS a(account)
           JOIN login_throttle t
             ON (t.key = 'account:' || a.account AND t.failures >= $2)
             OR (starts_with(t.key, 'pair:' || a.account || '|') AND t.failures >= $3)
          WHERE t.next_allowed_at > $4
          GROUP BY a.account`,
        [accounts, t.account.free, t.pair.free, now],
      ),
    );
    return new Map(rows.map((r) => [r.account, r.until]));
  }

  /**
   * Lifts the pause on a name: its own count and its counts from every address start again (inside the command's
   * transaction, beside the event that records who lifted it and why). The addresses' own counts stay.
   */
  static async liftPause(tx: StoreTransaction, account: string): Promise<void> {
    await tx.query(`SELECT set_config('app.scope', 'auth', true)`);
    await tx.query(`DELETE FROM login_throttle WHERE key = $1 OR starts_with(key, $2)`, [
      `account:${account}`,
      `pair:${account}|`,
    ]);
  }

  /**
   * The password was right: the attempt was not a failure. The account's and the pair's counts start again; the
   * address's (which may be shared by a whole office behind one gateway) only takes this attempt back.
   */
  async succeeded(account: string, address: string): Promise<void> {
    const keys = this.keys(account, address).map((k) => k.key);
    await this.db.run(AUTH_SCOPE, async (m) => {
      await m.query(`DELETE FROM login_throttle WHERE key = ANY ($1) AND key NOT LIKE 'address:%'`, [keys]);
      await m.query(
        `UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = ANY ($1) AND key LIKE 'address:%'`,
        [keys],
      );
    });
  }
}
