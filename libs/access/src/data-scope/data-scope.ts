import { Principal } from '../domain/principal';
import { Role, UnitKind } from '../domain/unit-kind';

/**
 * The row-level-security scope of a transaction (see migration UnitsPeopleAccess): which rows of tenant tables
 * the database lets it see, whatever the SQL says.
 */
export interface DataScope {
  scope: 'unit' | 'county' | 'system' | 'auth';
  countyId: string;
  unitId: string;
}

export const SYSTEM_SCOPE: DataScope = { scope: 'system', countyId: '', unitId: '' };
export const AUTH_SCOPE: DataScope = { scope: 'auth', countyId: '', unitId: '' };

/** The county centre and auditors see their whole county; everyone else their unit and what names it. */
export function dataScopeOf(p: Principal): DataScope {
  if (p.sessionScope === 'system') return SYSTEM_SCOPE;
  const countyWide =
    p.countyId !== null && (p.unitKind === UnitKind.COUNTY_CENTER || p.roles.includes(Role.AUDITOR));
  return { scope: countyWide ? 'county' : 'unit', countyId: p.countyId ?? '', unitId: p.unitId };
}
