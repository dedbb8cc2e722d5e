import { spreadCriteriaInForce } from '../domain/spread-criteria';
import { Role, UnitKind } from '@app/access';
import { timerSettings } from '../domain/deadline-matrix';
import { DEFAULT_COUNTY_DEADLINES, DEFAULT_SAME_DAY_LEAST_MINUTES } from '../domain/organization.events';
import { CountyView } from '../projections/county-view.entity';
import { UnitView } from '../projections/unit-view.entity';
import { CountyType, UnitType } from './organization.types';

export const toUnitType = (u: UnitView): UnitType => ({
  id: u.unitId,
  kind: u.kind as UnitKind,
  name: u.name,
  parentId: u.parentId,
  countyId: u.countyId,
  active: u.active,
  documentCode: u.documentCode,
  deactivatedReason: u.deactivatedReason,
  deactivatedAt: u.deactivatedAt,
  version: u.version,
});

export function toCountyType(c: CountyView, units: Map<string, UnitView>): CountyType {
  const unit = (id: string | null) => (id && units.get(id) ? toUnitType(units.get(id)!) : null);
  return {
    id: c.countyId,
    name: c.name,
    cityOfficeUnitId: c.cityOfficeUnitId,
    linkage: {
      propaganda: unit(c.propagandaUnitId),
      cyberspace: unit(c.cyberspaceUnitId),
      police: unit(c.policeUnitId),
      stateSecurity: unit(c.stateSecurityUnitId),
    },
    requireTotpRoles: c.requireTotpRoles as Role[],
    linkageFieldRules: c.linkageFieldRules ?? [],
    gradeScales: c.gradeScales ?? [],
    spreadCriteria: spreadCriteriaInForce(c.spreadCriteria),
    spreadCriteriaCustom: !!c.spreadCriteria?.length,
    deadlinePolicy: {
      ...DEFAULT_COUNTY_DEADLINES,
      ...(c.deadlinePolicy ?? {}),
      ...timerSettings(c.deadlinePolicy),
      sameDayLeastMinutes: c.deadlinePolicy?.sameDayLeastMinutes ?? DEFAULT_SAME_DAY_LEAST_MINUTES,
      custom: c.deadlinePolicy !== null,
      version: c.deadlinePolicy?.version ?? 0,
    },
    version: c.version,
  };
}
