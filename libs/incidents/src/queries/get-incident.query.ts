import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Actor } from '@app/kernel';
import { IncidentNotFound } from '../domain/incident.errors';
import { IncidentView } from '../projections/incident-view.entity';
import { isUuid, visibleOwningUnits } from './incident-visibility';

export class GetIncidentQuery extends Query<IncidentView> {
  constructor(
    readonly actor: Actor,
    readonly incidentId: string,
  ) {
    super();
  }
}

/** One incident the caller may see; NOT_FOUND otherwise, whether it exists or not. */
@QueryHandler(GetIncidentQuery)
export class GetIncidentHandler implements IQueryHandler<GetIncidentQuery, IncidentView> {
  constructor(@InjectRepository(IncidentView) private readonly views: Repository<IncidentView>) {}

  async execute({ actor, incidentId }: GetIncidentQuery): Promise<IncidentView> {
    if (!isUuid(incidentId)) throw new IncidentNotFound(incidentId);
    const view = await this.views.findOneBy({ incidentId, owningUnit: In(visibleOwningUnits(actor)) });
    if (!view) throw new IncidentNotFound(incidentId);
    return view;
  }
}
