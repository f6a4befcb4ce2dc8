import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { startEmulator, type RunningEmulator } from "../../emulator/index";
import { SEED_IDS } from "../../emulator/seed";
import { buildRule, callApi, rulesPath } from "./support";

const POLICY = SEED_IDS.accountManagementPolicy;

describe("injected faults", () => {
    let emulator: RunningEmulator;
    let control: EmulatorControl;

    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
    });
    after(() => emulator.close());
    beforeEach(() => control.reset());

    async function ruleNames(): Promise<string[]> {
        return (await control.state()).rules
            .filter(rule => rule.policyId === POLICY)
            .map(rule => String(rule.body.name));
    }

    const statuses: Array<[number, string, string]> = [
        [503, "E0000009", "Internal Server Error"],
        [429, "E0000047", "API call exceeded rate limit due to too many requests."],
        [423, "E0000239", "Policy priorities are being reconciled. Please try again later."],
    ];
    for (const [status, errorCode, errorSummary] of statuses) {
        it(`answers ${status} ${errorCode} and changes nothing`, async () => {
            await control.addFault({ method: "POST", path: "/rules$", status });
            const answer = await callApi(emulator, "POST", rulesPath(POLICY), buildRule("Faulted"));
            expect(answer.status).to.equal(status);
            expect(answer.body).to.deep.include({ errorCode, errorSummary });
            expect(await ruleNames()).to.deep.equal(["Catch-all Rule"]);
        });
    }

    it("gives a 429 the current window's X-Rate-Limit-Reset, or now plus resetInSeconds", async () => {
        await control.addFault({ method: "GET", path: ".", status: 429, times: 1 });
        await control.addFault({ method: "GET", path: ".", status: 429, times: 1, resetInSeconds: -5 });
        const windowed = await callApi(emulator, "GET", rulesPath(POLICY));
        const shifted = await callApi(emulator, "GET", rulesPath(POLICY));
        const dateOf = (headers: Headers): number => Date.parse(headers.get("date") ?? "") / 1000;
        expect(Number(windowed.headers.get("x-rate-limit-reset"))).to.be.within(
            dateOf(windowed.headers),
            dateOf(windowed.headers) + 61,
        );
        expect(Number(shifted.headers.get("x-rate-limit-reset"))).to.be.within(
            dateOf(shifted.headers) - 6,
            dateOf(shifted.headers) - 4,
        );
        expect(windowed.headers.get("x-rate-limit-remaining")).to.equal("0");
    });

    it("applies the request first when apply is set, then answers the fault", async () => {
        await control.addFault({ method: "POST", path: "/rules$", status: 500, apply: true });
        const answer = await callApi(emulator, "POST", rulesPath(POLICY), buildRule("Applied"));
        expect(answer.status).to.equal(500);
        expect(await ruleNames()).to.deep.equal(["Catch-all Rule", "Applied"]);
    });

    it("applies the request and destroys the connection when dropResponse is set", async () => {
        await control.addFault({ method: "POST", path: "/rules$", dropResponse: true });
        let failure: unknown;
        try {
            await callApi(emulator, "POST", rulesPath(POLICY), buildRule("Lost answer"));
        } catch (error) {
            failure = error;
        }
        expect(failure).to.be.instanceOf(TypeError);
        expect(String((failure as TypeError).cause)).to.match(/socket|closed|ECONNRESET/i);
        expect(await ruleNames()).to.deep.equal(["Catch-all Rule", "Lost answer"]);
        expect((await control.requests()).map(entry => entry.status)).to.deep.equal([null]);
    });

    it("applies a delayed request even after the client gave up", async () => {
        await control.addFault({ method: "POST", path: "/rules$", delayMs: 600 });
        const aborted = await fetch(`${emulator.orgUrl}${rulesPath(POLICY)}`, {
            method: "POST",
            headers: { Authorization: `SSWS ${emulator.apiToken}`, "Content-Type": "application/json" },
            body: JSON.stringify(buildRule("Late")),
            signal: AbortSignal.timeout(50),
        }).then(
            () => false,
            (error: Error) => error.name === "TimeoutError",
        );
        expect(aborted).to.equal(true);
        expect(await ruleNames()).to.deep.equal(["Catch-all Rule"]);
        while ((await control.requests()).length === 0) {
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        expect(await ruleNames()).to.deep.equal(["Catch-all Rule", "Late"]);
    });

    it("leaves the headers named in omitHeaders out of the faulty answer", async () => {
        await control.addFault({
            method: "GET",
            path: ".",
            status: 429,
            omitHeaders: ["X-Rate-Limit-Reset", "x-okta-request-id"],
        });
        const answer = await callApi(emulator, "GET", rulesPath(POLICY));
        expect(answer.status).to.equal(429);
        expect(answer.headers.get("x-rate-limit-reset")).to.equal(null);
        expect(answer.headers.get("x-okta-request-id")).to.equal(null);
        expect(answer.headers.get("x-rate-limit-limit")).to.equal("600");
    });

    it("hits only matching requests, `times` times, and can be cleared", async () => {
        await control.addFault({ method: "*", path: "^/api/v1/zones$", status: 502, times: 2 });
        const zones = async (): Promise<number> => (await callApi(emulator, "GET", "/api/v1/zones")).status;
        expect((await callApi(emulator, "GET", rulesPath(POLICY))).status).to.equal(200);
        expect([await zones(), await zones(), await zones()]).to.deep.equal([502, 502, 200]);
        await control.addFault({ method: "GET", path: "zones", status: 500, times: 5 });
        await control.clearFaults();
        expect(await zones()).to.equal(200);
    });

    it("refuses a fault without a status, a drop or a delay", async () => {
        let message = "";
        try {
            await control.addFault({ method: "GET", path: "." });
        } catch (error) {
            message = (error as Error).message;
        }
        expect(message).to.include("400").and.include("status: missing");
    });
});
