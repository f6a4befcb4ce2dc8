import { expect } from "chai";
import { buildRateLimitHeaders, RateLimiter } from "../../emulator/rateLimiter";

describe("RateLimiter", () => {
    it("allows `limit` requests per window, counts down Remaining, and starts afresh when the window is over", () => {
        let now = 1_000_000;
        const limiter = new RateLimiter({ limit: 2, windowSeconds: 60 }, () => now);
        const taken = [limiter.take(), limiter.take(), limiter.take()];
        expect(taken.map(result => [result.allowed, result.status.remaining])).to.deep.equal([
            [true, 1],
            [true, 0],
            [false, 0],
        ]);
        expect(taken[2].status.resetEpochSeconds).to.equal(1_060);
        now += 60_000;
        expect(limiter.take()).to.deep.equal({
            allowed: true,
            status: { limit: 2, remaining: 1, resetEpochSeconds: 1_120 },
        });
    });

    it("starts a fresh window when reconfigured", () => {
        const limiter = new RateLimiter({ limit: 1, windowSeconds: 60 }, () => 5_000);
        limiter.take();
        limiter.configure({ limit: 3, windowSeconds: 10 });
        expect(limiter.peek()).to.deep.equal({ limit: 3, remaining: 3, resetEpochSeconds: 15 });
    });

    it("renders Okta's three headers", () => {
        expect(
            buildRateLimitHeaders({ limit: 600, remaining: 12, resetEpochSeconds: 1_720_459_960 }),
        ).to.deep.equal({
            "X-Rate-Limit-Limit": "600",
            "X-Rate-Limit-Remaining": "12",
            "X-Rate-Limit-Reset": "1720459960",
        });
    });
});
