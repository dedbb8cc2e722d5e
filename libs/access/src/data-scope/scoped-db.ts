import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { DataScope } from './data-scope';

/** The settings that carry a row-security scope (read by the policies of migration UnitsPeopleAccess). */
export function scopeSettings(scope: DataScope): Record<string, string> {
  return { 'app.scope': scope.scope, 'app.county': scope.countyId, 'app.unit': scope.unitId };
}

/** Sets the row-security scope for the rest of the current transaction (SET LOCAL: gone at commit/rollback). */
export async function applyScope(runner: QueryRunner | EntityManager, scope: DataScope): Promise<void> {
  await runner.query(
    `SELECT set_config('app.scope', $1, true), set_config('app.county', $2, true), set_config('app.unit', $3, true)`,
    [scope.scope, scope.countyId, scope.unitId],
  );
}

/**
 * Every read of a tenant table runs here: in a transaction whose scope is set first, so that a query that forgets
 * its WHERE still returns only rows the caller may see, and nothing of the scope outlives the transaction on a
 * pooled connection.
 */
@Injectable()
export class ScopedDb {
  constructor(private readonly dataSource: DataSource) {}

  async run<T>(scope: DataScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await applyScope(manager, scope);
      return work(manager);
    });
  }
}
