import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DataScope, ScopedDb } from '@app/access';
import { StatementStatus } from '../domain/statement.decider';
import { StatementView } from '../projections/statement-view.entity';

/** The statement read model as the resolvers ask for it (resolvers reach no table themselves: layer rules). */
@Injectable()
export class StatementReader {
  constructor(private readonly db: ScopedDb) {}

  /** The newest 200 the scope may see, optionally of some statuses only. */
  list(scope: DataScope, status?: StatementStatus[]): Promise<StatementView[]> {
    return this.db.run(scope, (m) =>
      m.find(StatementView, {
        where: status?.length ? { status: In(status) } : {},
        order: { draftedAt: 'DESC' },
        take: 200,
      }),
    );
  }

  byId(scope: DataScope, statementId: string): Promise<StatementView | null> {
    return this.db.run(scope, (m) => m.findOneBy(StatementView, { statementId }));
  }

  /** The statements of several incidents, oldest first (one query for a page of incidents). */
  ofIncidents(scope: DataScope, incidentIds: readonly string[]): Promise<StatementView[]> {
    return this.db.run(scope, (m) =>
      m.find(StatementView, { where: { incidentId: In([...incidentIds]) }, order: { draftedAt: 'ASC' } }),
    );
  }
}
