import { Inject, Injectable } from '@nestjs/common';
import { ReplicaReads, SYSTEM_SCOPE_SOURCE } from '@app/database';
import { escapeLiteral } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { DataScope } from './data-scope';

/** The settings that carry a row-security scope (read by the policies of migration UnitsPeopleAccess). */
export function scopeSettings(scope: DataScope): Record<string, string> {
  return { 'app.scope': scope.scope, 'app.county': scope.countyId, 'app.unit': scope.unitId };
}

/**
 * Every read of a tenant table runs here: in a transaction whose scope is set first, so that a query that forgets
 * its WHERE still returns only rows the caller may see, and nothing of the scope outlives the transaction on a
 * pooled connection.
 */
@Injectable()
export class ScopedDb {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SYSTEM_SCOPE_SOURCE) private readonly system: DataSource,
    private readonly reads: ReplicaReads,
  ) {}

  /** Work on the primary, reads and writes alike: commands, and the reads that decide them. */
  async run<T>(scope: DataScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // The system scope's connections are in it from the start: no transaction to open, no scope to set.
    if (scope.scope === 'system') return work(this.system.manager);
    return this.inScope(this.dataSource, scope, work, 'START TRANSACTION');
  }

  /**
   * A pure read that a streaming standby may serve (ADR 0028): on the standby once it has replayed every write
   * acknowledged before the call (`ReplicaReads`), else on the primary; either way as the application role, in a
   * read-only transaction with the same scope as `run` — row security binds it on both servers. `work` must only
   * read and rely on no write of its own caller's transaction (it has none), and may run twice: a standby lost in the
   * middle sends it to the primary again. Read-only on the primary too, so that a write slipped into a read path
   * fails in every test, not only on a standby.
   */
  read<T>(scope: DataScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.reads.route(
      (standby) => this.inScope(standby, scope, work, 'START TRANSACTION READ ONLY'),
      () =>
        scope.scope === 'system'
          ? work(this.system.manager)
          : this.inScope(this.dataSource, scope, work, 'START TRANSACTION READ ONLY'),
    );
  }

  private async inScope<T>(
    source: DataSource,
    scope: DataScope,
    work: (manager: EntityManager) => Promise<T>,
    start: string,
  ): Promise<T> {
    const qr = source.createQueryRunner();
    try {
      // One round trip opens the transaction and sets its scope. The values go in as quoted literals (a multi-
      // statement query takes no parameters); TypeORM is told a transaction is open, so its own writes join it.
      const settings = Object.entries(scopeSettings(scope))
        .map(([k, v]) => `set_config(${escapeLiteral(k)}, ${escapeLiteral(v)}, true)`)
        .join(', ');
      await qr.query(`${start}; SELECT ${settings}`);
      // Depth 1, as startTransaction would leave it: a nested transaction becomes a savepoint, not a commit.
      Object.assign(qr, { isTransactionActive: true, transactionDepth: 1 });
      const result = await work(qr.manager);
      await qr.query('COMMIT');
      return result;
    } catch (err) {
      await qr.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      Object.assign(qr, { isTransactionActive: false, transactionDepth: 0 });
      await qr.release();
    }
  }
}
