import { EntityManager, In } from 'typeorm';
import { Projection, RecordedEvent } from '@app/event-store';
import { isPrivileged } from '../domain/privileged-roles';
import { UserEventType, UserRegisteredData, UserRolesChangedData } from '../domain/user.events';
import { PrivilegedRoleGrantView, RoleGrantUserView } from './privileged-role-grant.entity';

export const PRIVILEGED_ROLE_GRANTS_PROJECTION = 'privileged-role-grants';

/** What a user event did to someone's privileged roles; null when it touched none. */
export function privilegedChange(
  e: RecordedEvent,
): { userId: string; granted: string[]; revoked: string[]; roles: string[] } | null {
  let userId: string;
  let before: string[];
  let after: string[];
  if (e.type === UserEventType.Registered) {
    const d = e.data as unknown as UserRegisteredData;
    [userId, before, after] = [d.userId, [], d.roles];
  } else if (e.type === UserEventType.RolesChanged) {
    const d = e.data as unknown as UserRolesChangedData;
    [userId, before, after] = [d.userId, d.previousRoles, d.roles];
  } else return null;
  const granted = after.filter((r) => isPrivileged(r) && !before.includes(r)).sort();
  const revoked = before.filter((r) => isPrivileged(r) && !after.includes(r)).sort();
  return granted.length || revoked.length ? { userId, granted, revoked, roles: [...after].sort() } : null;
}

/**
 * Builds privileged_role_grant from UserRegistered and UserRolesChanged: who granted or removed which privileged
 * role, to whom, when and from which unit (the event's actor). The grantee's unit and county, and the names of both,
 * come from the projection's own role_grant_user (filled from UserRegistered, which precedes every later event of
 * either person in the log), not from another read model that may be behind or being rebuilt.
 */
export class PrivilegedRoleGrantsProjection implements Projection {
  readonly name = PRIVILEGED_ROLE_GRANTS_PROJECTION;
  readonly tables = ['privileged_role_grant', 'role_grant_user'];
  readonly eventTypes = [UserEventType.Registered, UserEventType.RolesChanged];

  async apply(events: RecordedEvent[], m: EntityManager): Promise<void> {
    const people = new Map<string, RoleGrantUserView>();
    const newcomers: RoleGrantUserView[] = [];
    for (const e of events)
      if (e.type === UserEventType.Registered) {
        const d = e.data as unknown as UserRegisteredData;
        const person = Object.assign(new RoleGrantUserView(), {
          userId: d.userId,
          username: d.username,
          displayName: d.displayName,
          unitId: d.unitId,
          countyId: d.countyId,
        });
        people.set(d.userId, person);
        newcomers.push(person);
      }
    if (newcomers.length)
      await m.createQueryBuilder().insert().into(RoleGrantUserView).values(newcomers).orIgnore().execute();
    const changes = events.flatMap((e) => {
      const change = privilegedChange(e);
      return change ? [{ e, change }] : [];
    });
    if (changes.length === 0) return;
    const missing = [
      ...new Set(changes.flatMap(({ e, change }) => [change.userId, e.metadata.actorUser])),
    ].filter((id) => !people.has(id));
    if (missing.length)
      for (const p of await m.findBy(RoleGrantUserView, { userId: In(missing) })) people.set(p.userId, p);
    const rows = changes.flatMap(({ e, change }) => {
      const person = people.get(change.userId);
      if (!person) return []; // a user whose registration the log does not hold: nothing to place it by
      const actor = people.get(e.metadata.actorUser);
      return [
        Object.assign(new PrivilegedRoleGrantView(), {
          eventId: e.eventId,
          position: e.globalPosition.toString(),
          countyId: person.countyId,
          userId: person.userId,
          username: person.username,
          displayName: person.displayName,
          unitId: person.unitId,
          granted: change.granted,
          revoked: change.revoked,
          roles: change.roles,
          grantedByUserId: e.metadata.actorUser,
          grantedByName: actor?.displayName ?? null,
          grantedByUnitId: e.metadata.actorUnit,
          at: e.recordedAt,
        }),
      ];
    });
    if (rows.length)
      await m.createQueryBuilder().insert().into(PrivilegedRoleGrantView).values(rows).orIgnore().execute();
  }

  async clear(m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM privileged_role_grant`);
    await m.query(`DELETE FROM role_grant_user`);
  }
}
