import { expect } from "chai";
import { decideRetry, FailedAttempt, RetryLimits } from "../../provider/okta/retryPolicy";

const limits: RetryLimits = { maxRetries: 3, maxRateLimitWaitMs: 60_000, baseDelayMs: 100 };
const attempt = (overrides: Partial<FailedAttempt>): FailedAttempt => ({
    attempt: 1,
    idempotent: true,
    rateLimitWaitedMs: 0,
    ...overrides,
});

describe("the retry policy", () => {
    const cases: {
        name: string;
        failure: Partial<FailedAttempt>;
        expected: ReturnType<typeof decideRetry>;
    }[] = [
        {
            name: "waits for X-Rate-Limit-Reset on Okta's clock after a 429, for any method",
            failure: {
                status: 429,
                idempotent: false,
                rateLimitReset: 1_700_000_010,
                serverDateMs: 1_700_000_007_000,
            },
            expected: { retry: true, delayMs: 3250 },
        },
        {
            name: "backs off after a 429 without X-Rate-Limit-Reset",
            failure: { status: 429, attempt: 3 },
            expected: { retry: true, delayMs: 400 },
        },
        {
            name: "keeps waiting out rate limits past maxRetries while the wait budget lasts",
            failure: { status: 429, attempt: 9, rateLimitReset: 10, serverDateMs: 9_000 },
            expected: { retry: true, delayMs: 1250 },
        },
        {
            name: "gives up on a rate limit that outlasts the wait budget",
            failure: { status: 429, rateLimitWaitedMs: 59_500, rateLimitReset: 10, serverDateMs: 9_000 },
            expected: { retry: false, reason: "rate limited for more than 60 s" },
        },
        {
            name: "retries a 423 (priorities being reconciled) even for a create",
            failure: { status: 423, idempotent: false, attempt: 2 },
            expected: { retry: true, delayMs: 200 },
        },
        {
            name: "retries a 503 of an idempotent call",
            failure: { status: 503 },
            expected: { retry: true, delayMs: 100 },
        },
        {
            name: "retries a lost answer of an idempotent call",
            failure: { status: undefined, attempt: 2 },
            expected: { retry: true, delayMs: 200 },
        },
        {
            name: "does not repeat a create that may have been applied",
            failure: { status: 502, idempotent: false },
            expected: { retry: false, reason: "the call is not idempotent and may have been applied" },
        },
        {
            name: "stops after maxRetries",
            failure: { status: 500, attempt: 4 },
            expected: { retry: false, reason: "the retry limit (okta:maxRetries, 3) is reached" },
        },
        {
            name: "does not retry a validation error",
            failure: { status: 400 },
            expected: { retry: false, reason: "400 is not retried" },
        },
        {
            name: "does not retry a 404",
            failure: { status: 404 },
            expected: { retry: false, reason: "404 is not retried" },
        },
    ];
    for (const c of cases) {
        it(c.name, () => expect(decideRetry(attempt(c.failure), limits)).to.deep.equal(c.expected));
    }
});
