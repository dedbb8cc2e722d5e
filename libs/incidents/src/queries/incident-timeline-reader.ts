import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DataScope, ScopedDb } from '@app/access';
import { IncidentTimelineEntry } from '../timeline/incident-timeline.entity';

/** The incidents' timelines as the resolvers ask for them (resolvers reach no table themselves: layer rules). */
@Injectable()
export class IncidentTimelineReader {
  constructor(private readonly db: ScopedDb) {}

  /** Every line of several incidents' timelines in log order (one query for a page of incidents). */
  ofIncidents(scope: DataScope, incidentIds: readonly string[]): Promise<IncidentTimelineEntry[]> {
    // A pure read, which a caught-up standby may serve (ADR 0028).
    return this.db.read(scope, (m) =>
      m.find(IncidentTimelineEntry, {
        where: { incidentId: In([...incidentIds]) },
        order: { globalPosition: 'ASC' },
      }),
    );
  }
}
