import { Role } from '@app/access/domain';

/**
 * Roles that hold the platform's keys: the administrator (people, units, channels), the auditor (every history of
 * the county) and the leaders (sign-offs, 专报, confidential incidents). Their passwords are longer, granting one is
 * shown to the county's auditors, and nobody grants one to himself.
 */
export const PRIVILEGED_ROLES: readonly Role[] = [Role.ADMIN, Role.AUDITOR, Role.LEADER];

export const isPrivileged = (role: Role | string): boolean => PRIVILEGED_ROLES.includes(role as Role);

/**
 * 三员分立 (等保 level 3): the system administrator and the auditor are different people, so that whoever manages
 * accounts cannot also read, and clean up, the record of what he did. No one holds both.
 */
export const SEPARATED_ROLES: readonly [Role, Role] = [Role.ADMIN, Role.AUDITOR];
