/**
 * Slows password guessing: after too many failed sign-ins for one email from
 * one address (or from one address overall) within a window, further attempts
 * are refused until the oldest failure leaves the window. In memory: a restart
 * forgets, which is acceptable for one process; a shared store comes with scale-out.
 */

export interface ThrottleLimits {
  /** Failures allowed per (address, email) within the window. */
  readonly perAccount: number;
  /** Failures allowed per address, all emails together. */
  readonly perAddress: number;
  readonly windowMs: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = {
  perAccount: 10,
  perAddress: 50,
  windowMs: 15 * 60_000,
};

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: ThrottleLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
  retryAfterSeconds(address: string, email: string): number {
    const waits = [
      this.wait(`a:${address}|${email}`, this.limits.perAccount),
      this.wait(`a:${address}`, this.limits.perAddress),
    ];
    return Math.max(...waits);
  }

  recordFailure(address: string, email: string): void {
    for (const key of [`a:${address}|${email}`, `a:${address}`]) {
      const recent = this.recent(key);
      recent.push(this.now());
      this.failures.set(key, recent);
    }
  }

  /** A successful sign-in clears that account's failures (not the address's). */
  recordSuccess(address: string, email: string): void {
    this.failures.delete(`a:${address}|${email}`);
  }

  private wait(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    const oldest = recent[recent.length - limit] ?? this.now();
    return Math.max(1, Math.ceil((oldest + this.limits.windowMs - this.now()) / 1000));
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}
