import { Role } from '@app/access';
import { actingAs, decided, givenEvents } from '@test/given-when-then';
import { UserCommand, userDecider } from '../domain/user.decider';
import { UserEvent } from '../domain/user.events';
import { applyToUserView } from './user-view.projection';

/** user_view as its fold builds it: roles, active, second factor, and the security version sessions are checked by. */
const admin = actingAs('admin-1', 'centre');
const register: UserCommand = {
  type: 'RegisterUser',
  userId: 'u-1',
  username: 'lina',
  displayName: ' 李娜 ',
  unitId: 'donghu',
  countyId: 'qingshui',
  unitExists: true,
  passwordTemporary: true,
  roles: [Role.HANDLER],
  context: admin,
};
const users = (...commands: UserCommand[]) => decided(userDecider, [register, ...commands]);
const from = new Date('2026-03-02T01:00:00Z');
const minute = (n: number) => new Date(from.getTime() + n * 60_000);

it('registers an active user without a second factor, at security version 1', () => {
  givenEvents(users(), { from })
    .project(applyToUserView)
    .then({
      userId: 'u-1',
      username: 'lina',
      displayName: '李娜',
      unitId: 'donghu',
      countyId: 'qingshui',
      roles: [Role.HANDLER],
      active: true,
      totpEnabled: false,
      securityVersion: 1,
      version: 1,
      createdAt: from,
      updatedAt: from,
    });
});

it('takes the new roles without ending sessions (the security version stays)', () => {
  givenEvents(
    users({ type: 'ChangeUserRoles', userId: 'u-1', roles: [Role.LEADER, Role.HANDLER], context: admin }),
    {
      from,
    },
  )
    .project(applyToUserView)
    .then({
      roles: [Role.LEADER, Role.HANDLER].sort(),
      securityVersion: 1,
      version: 2,
      updatedAt: minute(1),
    });
});

it('a deactivation, a password change and a second-factor reset each raise the security version', () => {
  const events = users(
    { type: 'RecordPasswordChange', userId: 'u-1', kind: 'RESET', context: admin },
    { type: 'RecordTotpEnrolment', userId: 'u-1' },
    { type: 'ResetSecondFactor', userId: 'u-1', reason: '手机遗失', context: admin },
    { type: 'DeactivateUser', userId: 'u-1', reason: '调离', context: admin },
  );
  givenEvents(events.slice(0, 3)).project(applyToUserView).then({ totpEnabled: true, securityVersion: 3 });
  givenEvents(events, { from })
    .project(applyToUserView)
    .then({
      active: false,
      totpEnabled: false,
      securityVersion: 5,
      version: 5,
      createdAt: from,
      updatedAt: minute(4),
    });
});

it('back into service, active again at a higher security version (old tokens stay dead)', () => {
  givenEvents(
    users(
      { type: 'DeactivateUser', userId: 'u-1', reason: '调离', context: admin },
      { type: 'ReactivateUser', userId: 'u-1', context: admin },
    ),
  )
    .project(applyToUserView)
    .then({ active: true, securityVersion: 3, version: 3 });
});

it('an unlock after failed sign-ins touches only the version and time', () => {
  const events = users({
    type: 'UnlockSignIn',
    userId: 'u-1',
    reason: '已核实为本人',
    paused: true,
    context: admin,
  });
  givenEvents(events, { from })
    .project(applyToUserView)
    .then({ active: true, securityVersion: 1, version: 2, updatedAt: minute(1) });
});

it('makes no row from a change to a user it never saw registered, and ignores event types it does not know', () => {
  const [, deactivated] = users({ type: 'DeactivateUser', userId: 'u-1', reason: '调离', context: admin });
  givenEvents([deactivated]).project(applyToUserView).then(undefined);
  const stranger = { type: 'UserWentFishing', data: { userId: 'u-1' } } as unknown as UserEvent;
  const row = givenEvents([...users(), stranger])
    .project(applyToUserView)
    .row();
  expect(row).toMatchObject({ version: 1, securityVersion: 1 });
});
