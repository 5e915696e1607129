import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.ts';

describe('rate limiter', () => {
  it('allows `max` requests per window and key, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter({ max: 3, windowMs: 60_000 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(60);
    expect(limiter.take('b')).toBe(0);
    now = 30_000;
    expect(limiter.take('a')).toBe(30);
    now = 60_001;
    expect(limiter.take('a')).toBe(0);
  });
});
