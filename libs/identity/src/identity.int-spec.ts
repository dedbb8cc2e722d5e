import { Principal, Role, SYSTEM_SCOPE } from '@app/access';
import { demoUnitId } from '@app/demo';
import { CapabilityFixture, openCapability } from '../../../test/support/capability-fixture';
import { SignInService } from './auth/sign-in.service';
import { DeactivateUserCommand } from './commands/deactivate-user/deactivate-user.command';
import { RegisterUserCommand } from './commands/register-user/register-user.command';
import { ReactivateUserCommand } from './commands/reactivate-user/reactivate-user.command';
import { userStreamId } from './domain/user.events';
import { PeopleDirectory } from './queries/people-directory';

/**
 * People on PostgreSQL through the CommandBus: a registered person is in the directory and can sign in when the
 * command returns; deactivating ends sign-in in the same transaction as the event; a township's person may not
 * register anyone, and a refusal leaves no user behind.
 */
let t: CapabilityFixture;
let admin: Principal; // 赵强, county ADMIN
let lina: Principal; // 李娜, 东湖镇 handler
const donghu = demoUnitId('donghu');
const PASSWORD = 'Qingshui-2026-grid!';

beforeAll(async () => {
  t = await openCapability('identity');
  [admin, lina] = await Promise.all([t.as('zhaoqiang'), t.as('lina')]);
});
afterAll(() => t?.close());

const register = (p: Principal, username: string) =>
  t.commands.execute(
    new RegisterUserCommand(
      p,
      {
        unitId: donghu,
        username,
        displayName: '网格员甲',
        roles: [Role.HANDLER],
        initialPassword: PASSWORD,
        passwordTemporary: false,
      },
      t.ctx(p),
    ),
  );

const signIn = (username: string) =>
  t.app.get(SignInService).login({ username, password: PASSWORD }, '127.0.0.1');

it('a registered person is in the directory and signs in; deactivated, they no longer can', async () => {
  const userId = await register(admin, 'wanggrid');
  expect(await t.app.get(PeopleDirectory).user(SYSTEM_SCOPE, userId)).toMatchObject({
    username: 'wanggrid',
    unitId: donghu,
    active: true,
  });
  await expect(signIn('wanggrid')).resolves.toMatchObject({ principal: { userId } });

  await t.commands.execute(new DeactivateUserCommand(admin, userId, '调离', t.ctx(admin)));
  expect(await t.app.get(PeopleDirectory).user(SYSTEM_SCOPE, userId)).toMatchObject({ active: false });
  await expect(signIn('wanggrid')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

  await t.commands.execute(new ReactivateUserCommand(admin, userId, t.ctx(admin)));
  await expect(signIn('wanggrid')).resolves.toMatchObject({ principal: { userId } });
  expect((await t.events(userStreamId(userId))).map((e) => e.type)).toEqual([
    'UserRegistered',
    'UserDeactivated',
    'UserReactivated',
  ]);
});

it('a township’s handler may not register anyone: refused, and no such user exists', async () => {
  await expect(register(lina, 'ghostuser')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  const rows = await t.sql(`SELECT 1 FROM user_credentials WHERE username = 'ghostuser'`);
  expect(rows).toEqual([]);
});
