import { Role } from '@app/access';
import { DEMO_USERS } from '@app/demo';
import { ValidationFailed } from '@app/kernel';
import { decideUser, evolveUser, initialUserState, UserCommand, UserState } from './user.decider';
import { SEPARATED_ROLES } from './privileged-roles';
import { UserEvent, UserEventType } from './user.events';
import { actingAs } from '@test/given-when-then';

const given = (...events: UserEvent[]): UserState => events.reduce(evolveUser, initialUserState());

const registered = (roles: Role[], userId = 'u-1'): UserEvent => ({
  type: UserEventType.Registered,
  data: {
    userId,
    username: 'lina',
    displayName: '李娜',
    unitId: 'donghu',
    countyId: 'qingshui',
    roles,
    registeredBy: 'admin-1',
    passwordTemporary: true,
  },
});

const register = (roles: Role[]): Extract<UserCommand, { type: 'RegisterUser' }> => ({
  type: 'RegisterUser',
  userId: 'u-1',
  username: 'lina',
  displayName: '李娜',
  unitId: 'donghu',
  countyId: 'qingshui',
  unitExists: true,
  passwordTemporary: true,
  roles,
  context: actingAs('admin-1'),
});

const changeRoles = (roles: Role[], actorUserId = 'admin-1', userId = 'u-1'): UserCommand => ({
  type: 'ChangeUserRoles',
  userId,
  roles,
  context: actingAs(actorUserId),
});

/** The refusal a decision throws, as code, reason and [field, Chinese message]. */
function refusal(decide: () => unknown) {
  try {
    decide();
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationFailed);
    const e = err as ValidationFailed;
    return { reason: e.reason, problems: e.problems.map((p) => [p.field, p.message.zh]) };
  }
  throw new Error('expected a refusal');
}

describe('user decider: separation of duties (三员分立)', () => {
  it('registers nobody as both administrator and auditor, with a coded reason on input.roles', () => {
    expect(refusal(() => decideUser(register([Role.ADMIN, Role.AUDITOR]), given()))).toEqual({
      reason: 'USER.SEPARATION_OF_DUTIES',
      problems: [
        ['input.roles', expect.stringMatching(/^同一人不能同时担任系统管理员和审计\/纪检（三员分立）/)],
      ],
    });
    expect(refusal(() => decideUser(register([Role.AUDITOR, Role.LEADER, Role.ADMIN]), given())).reason).toBe(
      'USER.SEPARATION_OF_DUTIES',
    );
    // Other problems are listed with it.
    const both = refusal(() =>
      decideUser({ ...register([Role.ADMIN, Role.AUDITOR]), username: 'X!', unitExists: false }, given()),
    );
    expect(both.problems.map(([field]) => field)).toEqual(['input.username', 'input.unitId', 'input.roles']);
  });

  it('registers an administrator, or an auditor, alone', () => {
    for (const roles of [
      [Role.ADMIN],
      [Role.AUDITOR],
      [Role.ADMIN, Role.LEADER],
      [Role.AUDITOR, Role.LEADER],
    ])
      expect(decideUser(register(roles), given())).toEqual([
        expect.objectContaining({ type: UserEventType.Registered }),
      ]);
  });

  it('refuses a change of roles that would leave someone holding both', () => {
    for (const [held, asked] of [
      [[Role.ADMIN], [Role.ADMIN, Role.AUDITOR]],
      [[Role.AUDITOR], [Role.AUDITOR, Role.ADMIN]],
      [[Role.HANDLER], [Role.HANDLER, Role.ADMIN, Role.AUDITOR]],
    ])
      expect(refusal(() => decideUser(changeRoles(asked), given(registered(held)))).reason).toBe(
        'USER.SEPARATION_OF_DUTIES',
      );
    // Moving from one to the other is a change of post, not holding both.
    expect(decideUser(changeRoles([Role.AUDITOR]), given(registered([Role.ADMIN])))).toEqual([
      {
        type: UserEventType.RolesChanged,
        data: { userId: 'u-1', roles: [Role.AUDITOR], previousRoles: [Role.ADMIN], changedBy: 'admin-1' },
      },
    ]);
  });

  it('lets no administrator grant himself a privileged role; giving one up, or another role, is his to do', () => {
    const admin = given(registered([Role.ADMIN], 'admin-1'));
    for (const role of [Role.LEADER, Role.AUDITOR])
      expect(refusal(() => decideUser(changeRoles([Role.ADMIN, role], 'admin-1', 'admin-1'), admin))).toEqual(
        {
          reason: role === Role.AUDITOR ? 'USER.SEPARATION_OF_DUTIES' : 'USER.SELF_GRANT',
          problems: [['input.roles', expect.stringMatching(/^(不能给自己授予|同一人不能同时担任)/)]],
        },
      );
    expect(
      refusal(() => decideUser(changeRoles([Role.ADMIN, Role.LEADER], 'admin-1', 'admin-1'), admin)).problems,
    ).toEqual([['input.roles', '不能给自己授予分管/主要领导角色：特权角色须由另一位管理员授予']]);
    expect(decideUser(changeRoles([Role.ADMIN, Role.HANDLER], 'admin-1', 'admin-1'), admin)).toHaveLength(1);
    const leaderAdmin = given(registered([Role.ADMIN, Role.LEADER], 'admin-1'));
    expect(decideUser(changeRoles([Role.ADMIN], 'admin-1', 'admin-1'), leaderAdmin)).toHaveLength(1);
    // Another administrator may grant it.
    expect(decideUser(changeRoles([Role.ADMIN, Role.LEADER], 'admin-2', 'admin-1'), admin)).toHaveLength(1);
  });
});

describe('the demo county', () => {
  it('holds nobody who is both administrator and auditor', () => {
    const both = DEMO_USERS.filter((u) => SEPARATED_ROLES.every((r) => u.roles.includes(r)));
    expect(both).toEqual([]);
    expect(DEMO_USERS.some((u) => u.roles.includes(Role.ADMIN))).toBe(true);
    expect(DEMO_USERS.some((u) => u.roles.includes(Role.AUDITOR))).toBe(true);
  });
});
