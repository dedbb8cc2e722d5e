import { Role } from '@app/access';
import { AppError } from '@app/kernel';
import { decideUser, evolveUser, initialUserState, UserState } from './user.decider';
import { UserEvent, UserEventType } from './user.events';
import { actingAs } from '@test/given-when-then';

const given = (...events: UserEvent[]): UserState => events.reduce(evolveUser, initialUserState());
const registered: UserEvent = {
  type: UserEventType.Registered,
  data: {
    userId: 'u',
    username: 'lina',
    displayName: '李娜',
    unitId: 'donghu',
    countyId: 'c',
    roles: [Role.HANDLER],
    registeredBy: 'admin',
  },
};
const enrolled: UserEvent = { type: UserEventType.TotpEnrolled, data: { userId: 'u' } };
const reset = (s: UserState, actorUserId = 'admin', reason = '手机丢失') =>
  decideUser({ type: 'ResetSecondFactor', userId: 'u', reason, context: actingAs(actorUserId) }, s);
const refusal = (f: () => unknown): AppError => {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a refusal');
};

describe("an administrator's reset of a second factor", () => {
  it('is recorded with who and why, and leaves the user without one', () => {
    const events = reset(given(registered, enrolled), 'admin', '  手机丢失 ');
    expect(events).toEqual([
      { type: UserEventType.TotpReset, data: { userId: 'u', resetBy: 'admin', reason: '手机丢失' } },
    ]);
    expect(given(registered, enrolled, ...events).totp).toBe(false);
  });

  it('is refused for oneself: re-binding asks for the password and a current code instead', () => {
    expect(refusal(() => reset(given(registered, enrolled), 'u')).reason).toBe(
      'USER.SELF_SECOND_FACTOR_RESET',
    );
  });

  it('is refused when nothing is bound, and without a reason', () => {
    expect(refusal(() => reset(given(registered))).reason).toBe('USER.NO_SECOND_FACTOR');
    expect(refusal(() => reset(given(registered, enrolled), 'admin', '  ')).code).toBe('VALIDATION_FAILED');
  });
});
