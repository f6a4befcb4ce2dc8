/**
 * A fixed-window request counter, like Okta's per-minute rate-limit buckets, and the `X-Rate-Limit-*` headers it
 * implies. Pure apart from the injected clock.
 */

/** Rate-limit settings, e.g. `{ limit: 600, windowSeconds: 60 }`. */
export interface RateLimit {
    limit: number;
    windowSeconds: number;
}

/** The counter's state for the headers, e.g. `{ limit: 600, remaining: 599, resetEpochSeconds: 1720459960 }`. */
export interface RateLimitStatus {
    limit: number;
    remaining: number;
    resetEpochSeconds: number;
}

/** Counts requests per window; `take()` answers whether one more request fits. */
export class RateLimiter {
    private windowStart = Number.NEGATIVE_INFINITY;
    private used = 0;

    constructor(
        private settings: RateLimit,
        private readonly clock: () => number = Date.now,
    ) {}

    /** New limits; the current window starts afresh. */
    configure(settings: RateLimit): void {
        this.settings = settings;
        this.windowStart = Number.NEGATIVE_INFINITY;
        this.used = 0;
    }

    /** Counts one request if it fits: `{ allowed: true, status }`, else `{ allowed: false, status }` with 0 remaining. */
    take(): { allowed: boolean; status: RateLimitStatus } {
        this.roll();
        const allowed = this.used < this.settings.limit;
        if (allowed) {
            this.used += 1;
        }
        return { allowed, status: this.peek() };
    }

    /** The current status without counting a request. */
    peek(): RateLimitStatus {
        this.roll();
        return {
            limit: this.settings.limit,
            remaining: Math.max(0, this.settings.limit - this.used),
            resetEpochSeconds: Math.ceil((this.windowStart + this.settings.windowSeconds * 1000) / 1000),
        };
    }

    private roll(): void {
        const now = this.clock();
        if (now >= this.windowStart + this.settings.windowSeconds * 1000) {
            this.windowStart = now;
            this.used = 0;
        }
    }
}

/** The three headers Okta sends with every answer, e.g. `{ "X-Rate-Limit-Limit": "600", ... }`. */
export function buildRateLimitHeaders(status: RateLimitStatus): Record<string, string> {
    return {
        "X-Rate-Limit-Limit": String(status.limit),
        "X-Rate-Limit-Remaining": String(status.remaining),
        "X-Rate-Limit-Reset": String(status.resetEpochSeconds),
    };
}
