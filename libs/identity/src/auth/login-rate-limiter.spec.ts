import { DEFAULT_AUTH_OPTIONS } from './auth-options';
import { slowdownMs } from './login-rate-limiter';

describe('sign-in slowdown', () => {
  it('does not slow the first few attempts, then slows each further one a step more, up to ten steps', () => {
    const o = DEFAULT_AUTH_OPTIONS; // slow after 5 failures, 1 s per step
    expect([0, 1, 4].map((f) => slowdownMs(f, o))).toEqual([0, 0, 0]);
    expect([5, 6, 7].map((f) => slowdownMs(f, o))).toEqual([1000, 2000, 3000]);
    expect(slowdownMs(40, o)).toBe(10_000);
  });
});
