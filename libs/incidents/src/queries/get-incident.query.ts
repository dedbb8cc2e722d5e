import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Action, authorize, dataScopeOf, Principal, ScopedDb } from '@app/access';
import { IncidentNotFound } from '../domain/incident.errors';
import { IncidentView } from '../projections/incident-view.entity';
import { incidentTarget, isUuid } from './incident-target';

export class GetIncidentQuery extends Query<IncidentView> {
  constructor(
    readonly principal: Principal,
    readonly incidentId: string,
  ) {
    super();
  }
}

/** One incident the caller may see; NOT_FOUND otherwise, whether it exists or not. */
@QueryHandler(GetIncidentQuery)
export class GetIncidentHandler implements IQueryHandler<GetIncidentQuery, IncidentView> {
  constructor(private readonly db: ScopedDb) {}

  async execute({ principal, incidentId }: GetIncidentQuery): Promise<IncidentView> {
    if (!isUuid(incidentId)) throw new IncidentNotFound(incidentId);
    // Row-level security already hides what the caller may not see; the policy says so again. A pure read, which a
    // caught-up standby may serve (ADR 0028).
    const view = await this.db.read(dataScopeOf(principal), (m) => m.findOneBy(IncidentView, { incidentId }));
    if (!view) throw new IncidentNotFound(incidentId);
    authorize(principal, Action.IncidentRead, incidentTarget(view), incidentId);
    return view;
  }
}
