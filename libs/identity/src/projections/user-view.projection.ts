import { RecordedEvent, RowProjection } from '@app/event-store';
import { UserEventType, UserRegisteredData, UserRolesChangedData } from '../domain/user.events';
import { UserView } from './user-view.entity';

export function applyToUserView(row: UserView | undefined, e: RecordedEvent): UserView | undefined {
  if (e.type === UserEventType.Registered) {
    const d = e.data as unknown as UserRegisteredData;
    return Object.assign(new UserView(), {
      userId: d.userId,
      username: d.username,
      displayName: d.displayName,
      unitId: d.unitId,
      countyId: d.countyId,
      roles: d.roles,
      active: true,
      totpEnabled: false,
      securityVersion: 1,
      version: e.streamVersion,
      createdAt: e.recordedAt,
      updatedAt: e.recordedAt,
    });
  }
  if (!row) return row;
  const touched = { version: e.streamVersion, updatedAt: e.recordedAt };
  switch (e.type) {
    case UserEventType.RolesChanged:
      return Object.assign(row, touched, { roles: (e.data as unknown as UserRolesChangedData).roles });
    case UserEventType.Deactivated:
      return Object.assign(row, touched, { active: false, securityVersion: row.securityVersion + 1 });
    case UserEventType.Reactivated:
      return Object.assign(row, touched, { active: true, securityVersion: row.securityVersion + 1 });
    case UserEventType.PasswordChanged:
      return Object.assign(row, touched, { securityVersion: row.securityVersion + 1 });
    case UserEventType.TotpEnrolled:
      return Object.assign(row, touched, { totpEnabled: true, securityVersion: row.securityVersion + 1 });
    case UserEventType.TotpReset:
      return Object.assign(row, touched, { totpEnabled: false, securityVersion: row.securityVersion + 1 });
    case UserEventType.SignInUnlocked:
      return Object.assign(row, touched);
    default:
      return row;
  }
}

export const userViewProjection = () =>
  new RowProjection<UserView>({
    name: 'user-view',
    entity: UserView,
    table: 'user_view',
    keyProperty: 'userId',
    eventTypes: Object.values(UserEventType),
    keyOf: (e) => String((e.data as { userId?: string }).userId),
    apply: applyToUserView,
  });
