/**
 * Limits how often one address may post answers to the public surfaces (hosted page, widget):
 * a sliding window per key. In memory, like the login throttle: a restart forgets, which is
 * acceptable for one process. Pure apart from the injected clock.
 */

export interface RateLimits {
  /** Requests allowed per key within the window. */
  readonly max: number;
  readonly windowMs: number;
}

/** 30 answers a minute from one address: far above a person, far below a flood. */
export const ANSWER_RATE: RateLimits = { max: 30, windowMs: 60_000 };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private calls = 0;

  constructor(
    private readonly limits: RateLimits = ANSWER_RATE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a request; answers 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    if (++this.calls % 1000 === 0) this.sweep();
    const since = this.now() - this.limits.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= this.limits.max) {
      this.hits.set(key, recent);
      const oldest = recent[recent.length - this.limits.max] ?? this.now();
      return Math.max(1, Math.ceil((oldest + this.limits.windowMs - this.now()) / 1000));
    }
    recent.push(this.now());
    this.hits.set(key, recent);
    return 0;
  }

  /** Forgets keys whose hits have all left the window, so memory stays bounded. */
  private sweep(): void {
    const since = this.now() - this.limits.windowMs;
    for (const [key, hits] of this.hits) {
      if (!hits.some((at) => at > since)) this.hits.delete(key);
    }
  }
}
