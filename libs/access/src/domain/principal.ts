import { Actor } from '@app/kernel';
import { Role, UnitKind } from './unit-kind';

/**
 * 'full': a normal session. 'enroll-totp': signed in with the password only while county policy demands a second
 * factor the user has not enrolled yet — the session may do nothing but enrol it.
 * 'change-password': signed in with a password an administrator set (a new account's first, or a reset one) — the
 * session may do nothing but change it.
 * 'system': in-process work such as seeding; never issued to a token.
 */
export type SessionScope = 'full' | 'enroll-totp' | 'change-password' | 'system';

/** The authenticated caller, with the facts the access policy decides on. */
export interface Principal extends Actor {
  username: string;
  unitKind: UnitKind;
  /** The county the unit belongs to; null for a city office. */
  countyId: string | null;
  roles: Role[];
  sessionScope: SessionScope;
}

export const SYSTEM_UNIT_ID = 'system';

/** The platform itself, for seeding and maintenance. Only code in this process can hold it. */
export function systemPrincipal(countyId: string | null = null): Principal {
  return {
    userId: 'system',
    userName: '系统',
    username: 'system',
    unitId: SYSTEM_UNIT_ID,
    unitKind: UnitKind.COUNTY_CENTER,
    countyId,
    roles: [],
    sessionScope: 'system',
  };
}
