import { Inject, Injectable } from '@nestjs/common';
import { SYSTEM_SCOPE_SOURCE } from '@app/database';
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
  ) {}

  async run<T>(scope: DataScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // The system scope's connections are in it from the start: no transaction to open, no scope to set.
    if (scope.scope === 'system') return work(this.system.manager);
    const qr = this.dataSource.createQueryRunner();
    try {
      // One round trip opens the transaction and sets its scope. The values go in as quoted literals (a multi-
      // statement query takes no parameters); TypeORM is told a transaction is open, so its own writes join it.
      const settings = Object.entries(scopeSettings(scope))
        .map(([k, v]) => `set_config(${escapeLiteral(k)}, ${escapeLiteral(v)}, true)`)
        .join(', ');
      await qr.query(`START TRANSACTION; SELECT ${settings}`);
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
