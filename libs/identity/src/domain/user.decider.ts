import { Role, ROLE_LABELS } from '@app/access/domain';
import { Decider, DecisionContext, FieldProblem, ValidationFailed } from '@app/kernel';
import { isPrivileged, SEPARATED_ROLES } from './privileged-roles';
import { UserEvent, UserEventType } from './user.events';
import {
  IdentityErrorReason,
  userAlreadyActive,
  userAlreadyDeactivated,
  userAlreadyExists,
  userDeactivated,
  userNoSecondFactor,
  UserNotFound,
  userSelfDeactivation,
  userSelfSecondFactorReset,
  userSignInNotPaused,
} from './identity.errors';

export type UserCommand =
  | {
      type: 'RegisterUser';
      userId: string;
      username: string;
      displayName: string;
      unitId: string;
      countyId: string | null;
      unitExists: boolean;
      roles: Role[];
      /** The first password is the administrator's: changed at the first sign-in. */
      passwordTemporary: boolean;
      context: DecisionContext;
    }
  | { type: 'ChangeUserRoles'; userId: string; roles: Role[]; context: DecisionContext }
  | { type: 'DeactivateUser'; userId: string; reason: string; context: DecisionContext }
  | { type: 'ReactivateUser'; userId: string; context: DecisionContext }
  | { type: 'RecordPasswordChange'; userId: string; kind: 'SELF' | 'RESET'; context: DecisionContext }
  | { type: 'RecordTotpEnrolment'; userId: string }
  | { type: 'ResetSecondFactor'; userId: string; reason: string; context: DecisionContext }
  /** `paused`: wrong passwords hold the account's sign-in (read from the sign-in counts, which are not events). */
  | { type: 'UnlockSignIn'; userId: string; reason: string; paused: boolean; context: DecisionContext };

export interface UserState {
  exists: boolean;
  active: boolean;
  roles: Role[];
  /** A second factor is bound. */
  totp: boolean;
}

export const initialUserState = (): UserState => ({ exists: false, active: false, roles: [], totp: false });

const USERNAME = /^[a-z][a-z0-9._-]{2,31}$/;

function rolesProblems(roles: Role[]): FieldProblem[] {
  if (roles.length === 0)
    return [{ field: 'input.roles', message: { zh: '至少需要一个角色', en: 'at least one role' } }];
  const unknown = roles.filter((r) => !Object.values(Role).includes(r));
  return unknown.length
    ? [
        {
          field: 'input.roles',
          message: { zh: `未知角色：${unknown.join('、')}`, en: `unknown roles: ${unknown.join(', ')}` },
        },
      ]
    : [];
}

/** 三员分立: the roles asked for hold no two that must be held by different people. */
function separationProblem(roles: readonly Role[]): FieldProblem | null {
  if (!SEPARATED_ROLES.every((r) => roles.includes(r))) return null;
  const [a, b] = SEPARATED_ROLES;
  return {
    field: 'input.roles',
    message: {
      zh: `同一人不能同时担任${ROLE_LABELS[a].zh}和${ROLE_LABELS[b].zh}（三员分立）：管理账号的人不能同时审计自己`,
      en: `no one may be both ${ROLE_LABELS[a].en} and ${ROLE_LABELS[b].en} (separation of duties)`,
    },
  };
}

export const SEPARATION_OF_DUTIES = IdentityErrorReason.USER_SEPARATION_OF_DUTIES;
export const SELF_GRANT = IdentityErrorReason.USER_SELF_GRANT;
export { UserStateRefusal } from './identity.errors';

export function decideUser(c: UserCommand, s: UserState): UserEvent[] {
  if (c.type !== 'RegisterUser' && !s.exists) throw new UserNotFound(c.userId);
  switch (c.type) {
    case 'RegisterUser': {
      if (s.exists) throw userAlreadyExists();
      const p: FieldProblem[] = [];
      if (!USERNAME.test(c.username)) {
        p.push({
          field: 'input.username',
          message: {
            zh: '用户名须为 3–32 位小写字母开头的字母、数字或 . _ -',
            en: 'must be 3–32 of a-z 0-9 . _ -, starting with a letter',
          },
        });
      }
      const n = [...c.displayName.trim()].length;
      if (n < 1 || n > 50)
        p.push({
          field: 'input.displayName',
          message: { zh: '姓名须为 1–50 个字', en: 'must be 1–50 characters' },
        });
      if (!c.unitExists) p.push({ field: 'input.unitId', message: { zh: '单位不存在', en: 'no such unit' } });
      p.push(...rolesProblems(c.roles));
      const separation = separationProblem(c.roles);
      if (separation) p.push(separation);
      if (p.length) throw new ValidationFailed(p, separation ? SEPARATION_OF_DUTIES : undefined);
      return [
        {
          type: UserEventType.Registered,
          data: {
            userId: c.userId,
            username: c.username,
            displayName: c.displayName.trim(),
            unitId: c.unitId,
            countyId: c.countyId,
            roles: [...new Set(c.roles)].sort(),
            registeredBy: c.context.actorUserId,
            passwordTemporary: c.passwordTemporary,
          },
        },
      ];
    }
    case 'ChangeUserRoles': {
      const problems = rolesProblems(c.roles);
      if (problems.length) throw new ValidationFailed(problems);
      const roles = [...new Set(c.roles)].sort();
      const separation = separationProblem(roles);
      if (separation) throw new ValidationFailed([separation], SEPARATION_OF_DUTIES);
      // A privileged role is granted by someone else, so that every grant has a second person behind it (giving
      // one up, or any other role, is one's own business).
      const selfGranted = roles.filter((r) => isPrivileged(r) && !s.roles.includes(r));
      if (c.userId === c.context.actorUserId && selfGranted.length)
        throw new ValidationFailed(
          [
            {
              field: 'input.roles',
              message: {
                zh: `不能给自己授予${selfGranted.map((r) => ROLE_LABELS[r].zh).join('、')}角色：特权角色须由另一位管理员授予`,
                en: `you cannot grant yourself ${selfGranted.map((r) => ROLE_LABELS[r].en).join(', ')}: another administrator must`,
              },
            },
          ],
          SELF_GRANT,
        );
      if (roles.join() === [...s.roles].sort().join()) return [];
      return [
        {
          type: UserEventType.RolesChanged,
          data: { userId: c.userId, roles, previousRoles: s.roles, changedBy: c.context.actorUserId },
        },
      ];
    }
    case 'DeactivateUser': {
      if (!s.active) throw userAlreadyDeactivated();
      if (c.userId === c.context.actorUserId) throw userSelfDeactivation();
      const n = [...c.reason.trim()].length;
      if (n < 1 || n > 200)
        throw new ValidationFailed([
          {
            field: 'input.reason',
            message: { zh: '请填写停用原因（1–200 字）', en: 'give a reason (1–200 characters)' },
          },
        ]);
      return [
        {
          type: UserEventType.Deactivated,
          data: { userId: c.userId, reason: c.reason.trim(), deactivatedBy: c.context.actorUserId },
        },
      ];
    }
    case 'ReactivateUser': {
      if (s.active) throw userAlreadyActive();
      return [
        { type: UserEventType.Reactivated, data: { userId: c.userId, reactivatedBy: c.context.actorUserId } },
      ];
    }
    case 'RecordPasswordChange': {
      if (!s.active) throw userDeactivated();
      return [
        {
          type: UserEventType.PasswordChanged,
          data: { userId: c.userId, changedBy: c.context.actorUserId, kind: c.kind },
        },
      ];
    }
    case 'RecordTotpEnrolment':
      return [{ type: UserEventType.TotpEnrolled, data: { userId: c.userId } }];
    case 'ResetSecondFactor': {
      // Unbinding one's own second factor would skip the proof re-binding asks for (password and a current code).
      if (c.userId === c.context.actorUserId) throw userSelfSecondFactorReset();
      if (!s.totp) throw userNoSecondFactor();
      const n = [...c.reason.trim()].length;
      if (n < 1 || n > 200)
        throw new ValidationFailed([
          {
            field: 'input.reason',
            message: { zh: '请填写解绑原因（1–200 字）', en: 'give a reason (1–200 characters)' },
          },
        ]);
      return [
        {
          type: UserEventType.TotpReset,
          data: { userId: c.userId, resetBy: c.context.actorUserId, reason: c.reason.trim() },
        },
      ];
    }
    case 'UnlockSignIn': {
      if (!s.active) throw userDeactivated();
      if (!c.paused) throw userSignInNotPaused();
      const n = [...c.reason.trim()].length;
      if (n < 1 || n > 200)
        throw new ValidationFailed([
          {
            field: 'input.reason',
            message: {
              zh: '请填写解锁原因（1–200 字），如已核实为本人',
              en: 'give a reason (1–200 characters)',
            },
          },
        ]);
      return [
        {
          type: UserEventType.SignInUnlocked,
          data: { userId: c.userId, unlockedBy: c.context.actorUserId, reason: c.reason.trim() },
        },
      ];
    }
  }
}

export function evolveUser(s: UserState, e: UserEvent): UserState {
  switch (e.type) {
    case UserEventType.Registered:
      return { exists: true, active: true, roles: e.data.roles, totp: false };
    case UserEventType.RolesChanged:
      return { ...s, roles: e.data.roles };
    case UserEventType.Deactivated:
      return { ...s, active: false };
    case UserEventType.Reactivated:
      return { ...s, active: true };
    case UserEventType.TotpEnrolled:
      return { ...s, totp: true };
    case UserEventType.TotpReset:
      return { ...s, totp: false };
    case UserEventType.PasswordChanged:
    case UserEventType.SignInUnlocked:
      return s;
  }
}

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  decide: decideUser,
  evolve: evolveUser,
  initialState: initialUserState,
};
