import { randomUUID } from 'node:crypto';
import { Role } from '@app/access';
import { RecordedEvent } from '@app/event-store';
import { actingAs, decided, recorded } from '@test/given-when-then';
import { openProjectionDb, ProjectionDb } from '../../../../test/support/projection-db';
import { UserCommand, userDecider } from '../domain/user.decider';
import { PrivilegedRoleGrantView, RoleGrantUserView } from './privileged-role-grant.entity';
import { PrivilegedRoleGrantsProjection } from './privileged-role-grant.projection';

/**
 * privileged_role_grant on the embedded PostgreSQL: its fold looks up people it saw registered in earlier batches
 * (role_grant_user), so it is tested with its writer. Each test uses its own county and people.
 */
let pdb: ProjectionDb;
beforeAll(async () => {
  pdb = await openProjectionDb('grants', [PrivilegedRoleGrantView, RoleGrantUserView]);
});
afterAll(() => pdb.close());

const register = (county: string, userId: string, name: string, roles: Role[], by: string): UserCommand => ({
  type: 'RegisterUser',
  userId,
  username: `user.${userId}`,
  displayName: name,
  unitId: 'centre',
  countyId: county,
  unitExists: true,
  passwordTemporary: true,
  roles,
  context: actingAs(by),
});
const changeRoles = (userId: string, roles: Role[], by: string): UserCommand => ({
  type: 'ChangeUserRoles',
  userId,
  roles,
  context: actingAs(by),
});
/** A user's stream as the log holds it: real event ids, positions that go on rising, the actor in the metadata. */
let position = 0n;
const log = (
  actor: string,
  commands: UserCommand[],
  from = new Date('2026-03-02T01:00:00Z'),
): RecordedEvent[] =>
  recorded(decided(userDecider, commands), { streamType: 'User', owningUnit: 'centre', from }).map((e) => ({
    ...e,
    eventId: randomUUID(),
    globalPosition: ++position,
    metadata: { ...e.metadata, actorUser: actor, actorUnit: 'centre' },
  }));
const grants = (county: string) =>
  pdb.sql<{
    user_id: string;
    granted: string[];
    revoked: string[];
    roles: string[];
    granted_by_name: string | null;
  }>(
    `SELECT user_id, granted, revoked, roles, granted_by_name FROM privileged_role_grant
      WHERE county_id = $1 ORDER BY position`,
    [county],
  );

it('records each grant and removal of a privileged role, naming the grantor from its own register of people', async () => {
  const p = new PrivilegedRoleGrantsProjection();
  // The first administrator, registered by the installer; then a handler, who holds nothing privileged.
  await pdb.apply(p, log('installer', [register('c-1', 'a1', '周明', [Role.ADMIN], 'installer')]));
  const handler = [register('c-1', 'u1', '李娜', [Role.HANDLER], 'a1')];
  await pdb.apply(p, log('a1', handler));
  expect(await grants('c-1')).toEqual([
    { user_id: 'a1', granted: [Role.ADMIN], revoked: [], roles: [Role.ADMIN], granted_by_name: null },
  ]);
  // A later batch: 周明 is found in role_grant_user, written by the first.
  const changes = log('a1', [
    ...handler,
    changeRoles('u1', [Role.HANDLER, Role.LEADER], 'a1'),
    changeRoles('u1', [Role.HANDLER], 'a1'),
  ]).slice(1);
  await pdb.apply(p, changes);
  expect((await grants('c-1')).slice(1)).toEqual([
    {
      user_id: 'u1',
      granted: [Role.LEADER],
      revoked: [],
      roles: [Role.HANDLER, Role.LEADER],
      granted_by_name: '周明',
    },
    { user_id: 'u1', granted: [], revoked: [Role.LEADER], roles: [Role.HANDLER], granted_by_name: '周明' },
  ]);
});

it('a change of roles that touches no privileged role makes no row', async () => {
  const p = new PrivilegedRoleGrantsProjection();
  await pdb.apply(
    p,
    log('a2', [
      register('c-2', 'u2', '王芳', [Role.HANDLER], 'a2'),
      changeRoles('u2', [Role.HANDLER, Role.DUTY_OFFICER], 'a2'),
    ]),
  );
  expect(await grants('c-2')).toEqual([]);
});

it('a grant to someone whose registration the log does not hold makes no row', async () => {
  const p = new PrivilegedRoleGrantsProjection();
  const [, changed] = log('a3', [
    register('c-3', 'u3', '赵强', [Role.HANDLER], 'a3'),
    changeRoles('u3', [Role.HANDLER, Role.AUDITOR], 'a3'),
  ]);
  await pdb.apply(p, [changed]);
  expect(await pdb.sql(`SELECT 1 FROM privileged_role_grant WHERE user_id = 'u3'`)).toEqual([]);
});

it('the same batch applied again records nothing twice', async () => {
  const p = new PrivilegedRoleGrantsProjection();
  const batch = log('installer', [
    register('c-4', 'a4', '孙丽', [Role.ADMIN], 'installer'),
    changeRoles('a4', [Role.ADMIN, Role.LEADER], 'installer'),
  ]);
  await pdb.apply(p, batch);
  await pdb.apply(p, batch);
  expect((await grants('c-4')).map((g) => g.granted)).toEqual([[Role.ADMIN], [Role.LEADER]]);
  expect(await pdb.sql(`SELECT user_id FROM role_grant_user WHERE county_id = 'c-4'`)).toEqual([
    { user_id: 'a4' },
  ]);
});
