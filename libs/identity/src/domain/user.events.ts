import { Role } from '@app/access/domain';

export const UserEventType = {
  Registered: 'UserRegistered',
  RolesChanged: 'UserRolesChanged',
  Deactivated: 'UserDeactivated',
  Reactivated: 'UserReactivated',
  PasswordChanged: 'PasswordChanged',
  TotpEnrolled: 'TotpEnrolled',
  TotpReset: 'TotpReset',
  SignInUnlocked: 'SignInUnlocked',
} as const;

export const USER_STREAM_TYPE = 'User';
export const userStreamId = (userId: string) => `user-${userId}`;

export interface UserRegisteredData {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  countyId: string | null;
  roles: Role[];
  registeredBy: string;
  /**
   * The first password was set by the administrator and is changed at the first sign-in. Absent in events from
   * before the rule (those accounts were never asked to).
   */
  passwordTemporary?: boolean;
}
export interface UserRolesChangedData {
  userId: string;
  roles: Role[];
  previousRoles: Role[];
  changedBy: string;
}
export interface UserDeactivatedData {
  userId: string;
  reason: string;
  deactivatedBy: string;
}
export interface UserReactivatedData {
  userId: string;
  reactivatedBy: string;
}
/** That a password changed, by whom and how — never the password or its hash (those stay out of the log). */
export interface PasswordChangedData {
  userId: string;
  changedBy: string;
  kind: 'SELF' | 'RESET';
}
export interface TotpEnrolledData {
  userId: string;
}
/** An administrator unbound someone's second factor (a lost phone); they bind a new one at their next sign-in. */
export interface TotpResetData {
  userId: string;
  resetBy: string;
  reason: string;
}

/** An administrator lifted the pause that wrong passwords put on someone's sign-in. */
export interface SignInUnlockedData {
  userId: string;
  unlockedBy: string;
  reason: string;
}

export type UserEvent =
  | { type: typeof UserEventType.Registered; data: UserRegisteredData }
  | { type: typeof UserEventType.RolesChanged; data: UserRolesChangedData }
  | { type: typeof UserEventType.Deactivated; data: UserDeactivatedData }
  | { type: typeof UserEventType.Reactivated; data: UserReactivatedData }
  | { type: typeof UserEventType.PasswordChanged; data: PasswordChangedData }
  | { type: typeof UserEventType.TotpEnrolled; data: TotpEnrolledData }
  | { type: typeof UserEventType.TotpReset; data: TotpResetData }
  | { type: typeof UserEventType.SignInUnlocked; data: SignInUnlockedData };
