import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Connection, connectionOf, decodeCursor, encodeCursor, pageSize } from '@app/graphql';
import { dataScopeOf, Principal, ScopedDb } from '@app/access';
import { problem, ValidationFailed } from '@app/kernel';
import { Grade, IncidentField, IncidentStatus } from '../domain/incident.enums';
import { IncidentView } from '../projections/incident-view.entity';

export interface IncidentFilter {
  status?: IncidentStatus[];
  grade?: Grade[];
  field?: IncidentField[];
  unitIds?: string[];
  reportedFrom?: Date;
  reportedTo?: Date;
  text?: string;
}

export class ListIncidentsQuery extends Query<Connection<IncidentView>> {
  constructor(
    readonly principal: Principal,
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
  constructor(private readonly db: ScopedDb) {}

  execute({ principal, filter, first, after }: ListIncidentsQuery): Promise<Connection<IncidentView>> {
    const size = pageSize(first);
    if (filter.reportedFrom && filter.reportedTo && filter.reportedFrom >= filter.reportedTo) {
      throw new ValidationFailed([
        problem('filter.reportedTo', '结束时间须晚于开始时间', 'must be after reportedFrom'),
      ]);
    }
    const scope = dataScopeOf(principal);
    // A pure read, which a caught-up standby may serve (ADR 0028).
    return this.db.read(scope, async (m) => {
      // The policy's visibility, spelled out; row-level security enforces the same again underneath. Written as
      // equalities an index can answer under row security (ADR 0027): the county's rows by county_id, the unit's
      // by incident_view_units — for county-wide people, only the few incidents of other counties it sees.
      const qb = m.createQueryBuilder(IncidentView, 'i');
      if (scope.scope === 'county') {
        const elsewhere = await m.query<{ id: string }[]>(
          `SELECT incident_id AS id FROM incident_view_units WHERE unit_id = $1 AND county_id IS DISTINCT FROM $2`,
          [scope.unitId, scope.countyId],
        );
        qb.where(
          elsewhere.length
            ? '(i.county_id = :county OR i.incident_id = ANY(:elsewhere::uuid[]))'
            : 'i.county_id = :county',
          { county: scope.countyId, elsewhere: elsewhere.map((r) => r.id) },
        );
      } else {
        qb.where(
          'i.incident_id IN (SELECT v.incident_id FROM incident_view_units v WHERE v.unit_id = :unit)',
          { unit: scope.unitId },
        );
      }
      if (filter.status?.length) qb.andWhere('i.status IN (:...status)', { status: filter.status });
      if (filter.grade?.length) qb.andWhere('i.grade IN (:...grade)', { grade: filter.grade });
      if (filter.field?.length) qb.andWhere('i.field IN (:...field)', { field: filter.field });
      if (filter.unitIds?.length) qb.andWhere('i.visible_units && :units::text[]', { units: filter.unitIds });
      if (filter.reportedFrom) qb.andWhere('i.reported_at >= :from', { from: filter.reportedFrom });
      if (filter.reportedTo) qb.andWhere('i.reported_at < :to', { to: filter.reportedTo });
      if (filter.text?.trim()) {
        const like = `%${filter.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        qb.andWhere('(i.title ILIKE :like OR i.excerpt ILIKE :like)', { like });
      }
      const totalCount = await qb.clone().getCount();
      if (after) {
        const [at, id] = decodeCursor(after, ['timestamp', 'uuid']) as [string, string];
        qb.andWhere('(i.reported_at, i.incident_id) < (:at::timestamptz, :id::uuid)', { at, id });
      }
      const rows = await qb
        .orderBy('i.reported_at', 'DESC')
        .addOrderBy('i.incident_id', 'DESC')
        .take(size + 1)
        .getMany();
      return connectionOf(rows, size, {
        totalCount,
        after: Boolean(after),
        cursor: (i) => encodeCursor([i.reportedAt.toISOString(), i.incidentId]),
        node: (i) => i,
      });
    });
  }
}
