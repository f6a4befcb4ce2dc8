/**
 * When to try an Okta request again, and how long to wait first. Pure: the caller measures time and passes it in.
 *
 * - 429 (rate limit): the request was refused, so any method is retried, after Okta's `X-Rate-Limit-Reset` (its
 *   own clock, from the `Date` header), or with backoff when the header is missing; bounded by total waiting time.
 * - 423 (priorities being reconciled): refused, so retried with backoff, within `maxRetries`.
 * - 5xx, a network error or a timeout: the request may have been applied, so only idempotent calls are retried
 *   (GET, PUT, DELETE, lifecycle), within `maxRetries`. A create is recovered by its caller instead.
 */

/** One failed attempt, e.g. `{ status: 429, attempt: 1, idempotent: false, rateLimitReset: 1767225600, ... }`. */
export interface FailedAttempt {
    /** HTTP status, or undefined when no response arrived (network error, timeout, dropped connection). */
    status?: number;
    /** 1 for the first try. */
    attempt: number;
    /** Whether repeating the call is harmless if the first one was applied. */
    idempotent: boolean;
    /** `X-Rate-Limit-Reset` of the response, epoch seconds. */
    rateLimitReset?: number;
    /** `Date` of the response, epoch milliseconds (Okta's clock). */
    serverDateMs?: number;
    /** Time spent waiting on 429s so far for this request, milliseconds. */
    rateLimitWaitedMs: number;
}

/** What to do next, e.g. `{ retry: true, delayMs: 1000 }` or `{ retry: false, reason: "400 is not retried" }`. */
export type RetryDecision = { retry: true; delayMs: number } | { retry: false; reason: string };

/** Limits of the policy, e.g. `{ maxRetries: 5, maxRateLimitWaitMs: 300000, baseDelayMs: 200 }`. */
export interface RetryLimits {
    maxRetries: number;
    maxRateLimitWaitMs: number;
    baseDelayMs: number;
}

/** Default limits: 5 retries, 5 minutes of waiting for rate limits, backoff from 200 ms. */
export const DEFAULT_RETRY_LIMITS: RetryLimits = {
    maxRetries: 5,
    maxRateLimitWaitMs: 300_000,
    baseDelayMs: 200,
};

const MAX_BACKOFF_MS = 10_000;
const RATE_LIMIT_MARGIN_MS = 250;

/** Decides whether to retry, e.g. a 423 on attempt 1 → `{ retry: true, delayMs: 200 }`. */
export function decideRetry(failure: FailedAttempt, limits: RetryLimits): RetryDecision {
    const backoff = Math.min(MAX_BACKOFF_MS, limits.baseDelayMs * 2 ** (failure.attempt - 1));
    if (failure.status === 429) {
        const delayMs = rateLimitDelay(failure) ?? backoff;
        if (failure.rateLimitWaitedMs + delayMs > limits.maxRateLimitWaitMs) {
            return {
                retry: false,
                reason: `rate limited for more than ${limits.maxRateLimitWaitMs / 1000} s`,
            };
        }
        return { retry: true, delayMs };
    }
    if (failure.attempt > limits.maxRetries) {
        return { retry: false, reason: `the retry limit (okta:maxRetries, ${limits.maxRetries}) is reached` };
    }
    if (failure.status === 423) return { retry: true, delayMs: backoff };
    const unanswered = failure.status === undefined || failure.status >= 500;
    if (unanswered && failure.idempotent) return { retry: true, delayMs: backoff };
    if (unanswered) return { retry: false, reason: "the call is not idempotent and may have been applied" };
    return { retry: false, reason: `${failure.status} is not retried` };
}

function rateLimitDelay(failure: FailedAttempt): number | undefined {
    if (failure.rateLimitReset === undefined || failure.serverDateMs === undefined) return undefined;
    return Math.max(0, failure.rateLimitReset * 1000 - failure.serverDateMs) + RATE_LIMIT_MARGIN_MS;
}
