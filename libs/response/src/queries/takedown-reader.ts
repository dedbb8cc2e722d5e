import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DataScope, ScopedDb } from '@app/access';
import { TakedownRequestView } from '../projections/takedown-request-view.entity';

/** The takedown requests' read model as the resolvers ask for it. */
@Injectable()
export class TakedownReader {
  constructor(private readonly db: ScopedDb) {}

  byId(scope: DataScope, requestId: string): Promise<TakedownRequestView | null> {
    return this.db.run(scope, (m) => m.findOneBy(TakedownRequestView, { requestId }));
  }

  /** The requests of several incidents, oldest first (one query for a page of incidents). */
  ofIncidents(scope: DataScope, incidentIds: readonly string[]): Promise<TakedownRequestView[]> {
    return this.db.run(scope, (m) =>
      m.find(TakedownRequestView, { where: { incidentId: In([...incidentIds]) }, order: { sentAt: 'ASC' } }),
    );
  }
}
