import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DataScope, ScopedDb, SYSTEM_SCOPE, UnitKind } from '@app/access';
import { HolidayCalendar, shippedCalendar } from '@app/calendar';
import { UnitFacts } from '../domain/unit.decider';
import { CountyView } from '../projections/county-view.entity';
import { UnitView } from '../projections/unit-view.entity';

/**
 * Reads units and counties. Reads on behalf of a caller take the caller's row-security scope; the `facts` reads
 * are for deciding commands (after the policy has spoken) and run in the system scope.
 */
@Injectable()
export class OrganizationDirectory {
  constructor(private readonly db: ScopedDb) {}

  unit(scope: DataScope, unitId: string): Promise<UnitView | null> {
    return this.db.run(scope, (m) => m.findOneBy(UnitView, { unitId }));
  }

  units(scope: DataScope, filter: { kinds?: UnitKind[]; parentId?: string } = {}): Promise<UnitView[]> {
    return this.db.run(scope, (m) => {
      const qb = m.createQueryBuilder(UnitView, 'u');
      if (filter.kinds?.length) qb.andWhere('u.kind IN (:...kinds)', { kinds: filter.kinds });
      if (filter.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: filter.parentId });
      return qb.orderBy('u.kind').addOrderBy('u.name').getMany();
    });
  }

  unitsByIds(scope: DataScope, ids: readonly string[]): Promise<UnitView[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.run(scope, (m) => m.findBy(UnitView, { unitId: In([...ids]) }));
  }

  county(scope: DataScope, countyId: string): Promise<CountyView | null> {
    return this.db.run(scope, (m) => m.findOneBy(CountyView, { countyId }));
  }

  /** Kind and county of units, for deciding commands. */
  async unitFacts(ids: string[]): Promise<Map<string, UnitFacts>> {
    const rows = await this.unitsByIds(SYSTEM_SCOPE, ids.filter(Boolean));
    return new Map(
      rows.map((r) => [
        r.unitId,
        { unitId: r.unitId, kind: r.kind as UnitKind, countyId: r.countyId, active: r.active },
      ]),
    );
  }

  /**
   * The township a village belongs to (000 §三1: a village's 网格员 report to the township's office and on to the
   * county); null for any other unit, or a village not under a township.
   */
  async townshipOf(unitId: string): Promise<string | null> {
    const unit = await this.unit(SYSTEM_SCOPE, unitId);
    if (unit?.kind !== UnitKind.VILLAGE || !unit.parentId) return null;
    const parent = await this.unit(SYSTEM_SCOPE, unit.parentId);
    return parent?.kind === UnitKind.TOWNSHIP ? parent.unitId : null;
  }

  /** Every county's id, for the watches that visit each county in turn. */
  async countyIds(): Promise<string[]> {
    const rows = await this.db.run(SYSTEM_SCOPE, (m) => m.find(CountyView, { select: { countyId: true } }));
    return rows.map((r) => r.countyId);
  }

  async countyFacts(countyId: string): Promise<CountyView | null> {
    return this.county(SYSTEM_SCOPE, countyId);
  }

  /** The county centre (县网络舆情应急监控中心) of a county: where reports from below arrive. */
  async countyCentreUnitId(countyId: string): Promise<string | null> {
    const row = await this.db.run(SYSTEM_SCOPE, (m) =>
      m.findOne(UnitView, { where: { countyId, kind: UnitKind.COUNTY_CENTER }, order: { unitId: 'ASC' } }),
    );
    return row?.unitId ?? null;
  }

  /**
   * The county's holiday calendar: the shipped one, with each year the county loaded in its place (and the county's
   * office hours once it loaded any).
   */
  async holidayCalendar(
    countyId: string | null,
  ): Promise<{ calendar: HolidayCalendar; loadedYears: Set<string> }> {
    const shipped = shippedCalendar().file;
    const county = countyId ? await this.countyFacts(countyId) : null;
    const own = county?.holidayCalendar ?? null;
    const file = own ? { ...shipped, ...own, years: { ...shipped.years, ...own.years } } : shipped;
    return { calendar: new HolidayCalendar(file), loadedYears: new Set(Object.keys(own?.years ?? {})) };
  }

  /** True when no county exists yet: the database is new and may be seeded. */
  async isEmpty(): Promise<boolean> {
    return (await this.db.run(SYSTEM_SCOPE, (m) => m.count(CountyView))) === 0;
  }
}
