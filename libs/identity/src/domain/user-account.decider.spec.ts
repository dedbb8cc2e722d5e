import { Role } from '@app/access/domain';
import { actingAs, deciderSpec } from '@test/given-when-then';
import { UserCommand, userDecider } from './user.decider';
import { UserEvent, UserEventType } from './user.events';

/**
 * A user account's life: registered once in a unit that exists, with known roles each held once; stood down with a
 * reason by someone else, and back again; a stood-down account changes no password. (Separation of duties and the
 * second factor have their own specs beside this one.)
 */
const { given } = deciderSpec(userDecider);

const registered: UserEvent = {
  type: UserEventType.Registered,
  data: {
    userId: 'u-1',
    username: 'lina',
    displayName: '李娜',
    unitId: 'donghu',
    countyId: 'qingshui',
    roles: [Role.DUTY_OFFICER, Role.HANDLER],
    registeredBy: 'admin-1',
    passwordTemporary: true,
  },
};
const deactivated: UserEvent = {
  type: UserEventType.Deactivated,
  data: { userId: 'u-1', reason: '调离', deactivatedBy: 'admin-1' },
};

const register = (over: Partial<Extract<UserCommand, { type: 'RegisterUser' }>> = {}): UserCommand => ({
  type: 'RegisterUser',
  userId: 'u-1',
  username: 'lina',
  displayName: ' 李娜 ',
  unitId: 'donghu',
  countyId: 'qingshui',
  unitExists: true,
  passwordTemporary: true,
  roles: [Role.HANDLER, Role.DUTY_OFFICER, Role.HANDLER],
  context: actingAs('admin-1'),
  ...over,
});
const deactivate = (reason = '调离', actorUserId = 'admin-1'): UserCommand => ({
  type: 'DeactivateUser',
  userId: 'u-1',
  reason,
  context: actingAs(actorUserId),
});
const reactivate: UserCommand = { type: 'ReactivateUser', userId: 'u-1', context: actingAs('admin-1') };
const passwordChange: UserCommand = {
  type: 'RecordPasswordChange',
  userId: 'u-1',
  kind: 'RESET',
  context: actingAs('admin-1'),
};

describe('registering a user', () => {
  it('records the trimmed name and each role once, in order', () => {
    given().when(register()).then([registered]);
  });

  it('is once per user', () => {
    given([registered]).when(register()).thenThrows('USER.ALREADY_EXISTS');
  });

  it("says whether the first password is the administrator's, to be changed at the first sign-in", () => {
    given()
      .when(register({ passwordTemporary: false }))
      .then([{ ...registered, data: { ...registered.data, passwordTemporary: false } }]);
  });

  it('names every problem of the input at once: username, name, unit, roles', () => {
    given()
      .when(register({ username: 'Li', displayName: ' ', unitExists: false, roles: [] }))
      .thenThrows('INPUT.INVALID', ['input.username', 'input.displayName', 'input.unitId', 'input.roles']);
    given()
      .when(register({ roles: ['CHIEF' as Role] }))
      .thenThrows('INPUT.INVALID', ['input.roles']);
  });
});

describe('standing a user down and back', () => {
  it('needs a reason of 1–200 characters, and says who did it', () => {
    given([registered]).when(deactivate(' 调离 ')).then([deactivated]);
    given([registered]).when(deactivate('  ')).thenThrows('INPUT.INVALID', ['input.reason']);
  });

  it('is never done to oneself, nor twice', () => {
    given([registered]).when(deactivate('调离', 'u-1')).thenThrows('USER.SELF_DEACTIVATION');
    given([registered, deactivated]).when(deactivate()).thenThrows('USER.ALREADY_DEACTIVATED');
  });

  it('brings a stood-down user back, and only such a user', () => {
    given([registered, deactivated])
      .when(reactivate)
      .then([{ type: UserEventType.Reactivated, data: { userId: 'u-1', reactivatedBy: 'admin-1' } }]);
    given([registered]).when(reactivate).thenThrows('USER.ALREADY_ACTIVE');
  });

  it('changes no password of a stood-down user', () => {
    given([registered, deactivated]).when(passwordChange).thenThrows('USER.DEACTIVATED');
    given([registered])
      .when(passwordChange)
      .then([
        { type: UserEventType.PasswordChanged, data: { userId: 'u-1', changedBy: 'admin-1', kind: 'RESET' } },
      ]);
  });
});

describe('lifting the pause wrong passwords put on sign-in (解锁)', () => {
  const unlock = (over: Partial<Extract<UserCommand, { type: 'UnlockSignIn' }>> = {}): UserCommand => ({
    type: 'UnlockSignIn',
    userId: 'u-1',
    reason: ' 已电话核实为本人 ',
    paused: true,
    context: actingAs('admin-1'),
    ...over,
  });

  it('records who lifted it and why', () => {
    given([registered])
      .when(unlock())
      .then([
        {
          type: UserEventType.SignInUnlocked,
          data: { userId: 'u-1', unlockedBy: 'admin-1', reason: '已电话核实为本人' },
        },
      ]);
  });

  it('needs a reason, a paused sign-in and an active account', () => {
    given([registered])
      .when(unlock({ reason: ' ' }))
      .thenThrows('INPUT.INVALID', ['input.reason']);
    given([registered])
      .when(unlock({ paused: false }))
      .thenThrows('USER.SIGN_IN_NOT_PAUSED');
    given([registered, deactivated]).when(unlock()).thenThrows('USER.DEACTIVATED');
    given().when(unlock()).thenThrows('USER.NOT_FOUND');
  });
});

it('knows no user that was never registered', () => {
  given().when(reactivate).thenThrows('USER.NOT_FOUND');
  given().when(deactivate()).thenThrows('USER.NOT_FOUND');
});
