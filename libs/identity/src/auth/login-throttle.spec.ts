import { DEFAULT_AUTH_OPTIONS } from './auth-options';
import { delayAfterFailures } from './login-throttle';

describe('password attempt delays', () => {
  const pair = DEFAULT_AUTH_OPTIONS.throttle.pair; // 5 free, then 1 s doubling, at most 15 min

  it('costs nothing for the first few failures, then doubles with each further one', () => {
    expect([1, 2, 4].map((n) => delayAfterFailures(n, pair))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => delayAfterFailures(n, pair))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never waits longer than the rule allows, however many failures', () => {
    expect(delayAfterFailures(15, pair)).toBe(15 * 60_000);
    expect(delayAfterFailures(10_000, pair)).toBe(15 * 60_000);
    expect(delayAfterFailures(10_000, DEFAULT_AUTH_OPTIONS.throttle.account)).toBe(2 * 60_000);
  });
});
