import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Connection, decodeCursor, encodeCursor, pageSize } from '@app/graphql';
import { Actor } from '@app/kernel';
import { Grade, IncidentField, IncidentStatus } from '../domain/incident.enums';
import { IncidentView } from '../projections/incident-view.entity';
import { visibleOwningUnits } from './incident-visibility';

export interface IncidentFilter {
  status?: IncidentStatus[];
  grade?: Grade[];
  field?: IncidentField[];
  text?: string;
}

export class ListIncidentsQuery extends Query<Connection<IncidentView>> {
  constructor(
    readonly actor: Actor,
    readonly filter: IncidentFilter,
    readonly first?: number,
    readonly after?: string,
  ) {
    super();
  }
}

/** Newest first, keyset-paginated on (reported_at, incident_id), so deep pages cost the same as the first. */
@QueryHandler(ListIncidentsQuery)
export class ListIncidentsHandler implements IQueryHandler<ListIncidentsQuery, Connection<IncidentView>> {
  constructor(@InjectRepository(IncidentView) private readonly views: Repository<IncidentView>) {}

  async execute({ actor, filter, first, after }: ListIncidentsQuery): Promise<Connection<IncidentView>> {
    const size = pageSize(first);
    const qb = this.views
      .createQueryBuilder('i')
      .where('i.owning_unit IN (:...units)', { units: visibleOwningUnits(actor) });
    if (filter.status?.length) qb.andWhere('i.status IN (:...status)', { status: filter.status });
    if (filter.grade?.length) qb.andWhere('i.grade IN (:...grade)', { grade: filter.grade });
    if (filter.field?.length) qb.andWhere('i.field IN (:...field)', { field: filter.field });
    if (filter.text?.trim()) {
      const like = `%${filter.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(i.title ILIKE :like OR i.excerpt ILIKE :like)', { like });
    }
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [at, id] = decodeCursor(after, 2) as [string, string];
      qb.andWhere('(i.reported_at, i.incident_id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    const rows = await qb
      .orderBy('i.reported_at', 'DESC')
      .addOrderBy('i.incident_id', 'DESC')
      .take(size + 1)
      .getMany();
    const page = rows.slice(0, size);
    const edges = page.map((node) => ({
      node,
      cursor: encodeCursor([node.reportedAt.toISOString(), node.incidentId]),
    }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
