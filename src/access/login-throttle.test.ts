import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

const setup = () => {
  let now = 1_000_000;
  const throttle = new LoginThrottle({ perAccount: 3, perAddress: 5, windowMs: 60_000 }, () => now);
  return { throttle, advance: (ms: number) => (now += ms) };
};

describe('login throttle', () => {
  it('blocks an account after too many failures, until the window passes', () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfterSeconds('1.2.3.4', 'a@x')).toBe(0);
      throttle.recordFailure('1.2.3.4', 'a@x');
      advance(1000);
    }
    expect(throttle.retryAfterSeconds('1.2.3.4', 'a@x')).toBe(57);
    expect(throttle.retryAfterSeconds('5.6.7.8', 'a@x')).toBe(0);
    advance(57_000);
    expect(throttle.retryAfterSeconds('1.2.3.4', 'a@x')).toBe(0);
  });

  it('blocks an address trying many accounts', () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) throttle.recordFailure('1.2.3.4', `u${i}@x`);
    expect(throttle.retryAfterSeconds('1.2.3.4', 'fresh@x')).toBeGreaterThan(0);
  });

  it('forgets an account after a success', () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.recordFailure('1.2.3.4', 'a@x');
    throttle.recordSuccess('1.2.3.4', 'a@x');
    expect(throttle.retryAfterSeconds('1.2.3.4', 'a@x')).toBe(0);
  });
});
