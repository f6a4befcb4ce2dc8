import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { startEmulator, type RunningEmulator } from "../../emulator/index";
import type { OktaErrorBody } from "../../emulator/oktaError";
import { SEED_IDS } from "../../emulator/seed";
import type { OktaRule } from "../../provider/rule/types";
import { buildRule, callApi, rulesPath } from "./support";

const POLICY = SEED_IDS.accountManagementPolicy;
const CATCH_ALL = SEED_IDS.accountManagementCatchAllRule;

/** Asserts Okta's error body shape: code, summary, link = code, a request-like errorId, and the causes. */
function expectOktaError(
    body: OktaErrorBody,
    errorCode: string,
    errorSummary: string,
    causes?: string[],
): void {
    expect(Object.keys(body)).to.deep.equal([
        "errorCode",
        "errorSummary",
        "errorLink",
        "errorId",
        "errorCauses",
    ]);
    expect(body).to.deep.include({ errorCode, errorSummary, errorLink: errorCode });
    expect(body.errorId).to.match(/^oae\w{22}$/);
    if (causes !== undefined) {
        expect(body.errorCauses.map(cause => cause.errorSummary)).to.deep.equal(causes);
    }
}

describe("error answers over HTTP", () => {
    let emulator: RunningEmulator;
    let control: EmulatorControl;

    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
    });
    after(() => emulator.close());
    beforeEach(async () => {
        await control.reset();
        await control.configure({ latencyMs: 0, rateLimit: { limit: 600 } });
    });

    it("answers 400 E0000001 with every cause, in Okta's shape", async () => {
        const answer = await callApi(emulator, "POST", rulesPath(POLICY), {
            ...buildRule(""),
            conditions: {
                network: { connection: "ZONE" },
                people: { groups: { include: ["00gMissing0000000001"] } },
            },
        });
        expect(answer.status).to.equal(400);
        expect(answer.headers.get("content-type")).to.equal("application/json");
        expectOktaError(answer.body, "E0000001", "Api validation failed: name");
        expect(answer.body.errorCauses.map(cause => cause.errorSummary.split(":")[0])).to.deep.equal([
            "name",
            "conditions.people.groups.include",
            "conditions.network",
        ]);
    });

    it("answers 401 E0000011 for a missing or wrong token", async () => {
        for (const authorization of ["", `SSWS ${emulator.apiToken}x`]) {
            const answer = await callApi(emulator, "GET", rulesPath(POLICY), undefined, {
                Authorization: authorization,
            });
            expect(answer.status).to.equal(401);
            expectOktaError(answer.body, "E0000011", "Invalid token provided", []);
        }
    });

    it("answers 403 E0000077 for a change of the catch-all's conditions", async () => {
        const answer = await callApi(
            emulator,
            "PUT",
            rulesPath(POLICY, CATCH_ALL),
            buildRule("Catch-all Rule"),
        );
        expect(answer.status).to.equal(403);
        expectOktaError(
            answer.body,
            "E0000077",
            "Cannot modify the conditions attribute because it is read-only.",
        );
    });

    it("answers 403 E0000006 for deleting or deactivating the catch-all", async () => {
        for (const [method, path] of [
            ["DELETE", rulesPath(POLICY, CATCH_ALL)],
            ["POST", `${rulesPath(POLICY, CATCH_ALL)}/lifecycle/deactivate`],
        ]) {
            const answer = await callApi(emulator, method, path);
            expect(answer.status).to.equal(403);
            expectOktaError(
                answer.body,
                "E0000006",
                "You do not have permission to perform the requested action",
            );
        }
    });

    it("answers 404 E0000007 in Okta's words for each kind of object", async () => {
        const cases: Array<[string, string]> = [
            [rulesPath(POLICY, "rulMissing0000000001"), "rulMissing0000000001 (PolicyRule)"],
            ["/api/v1/policies/rstMissing0000000001", "rstMissing0000000001 (Policy)"],
            ["/api/v1/zones/nzoMissing0000000001", "nzoMissing0000000001 (NetworkZone)"],
            ["/api/v1/groups/00gMissing0000000001", "00gMissing0000000001 (UserGroup)"],
        ];
        for (const [path, resource] of cases) {
            const answer = await callApi(emulator, "GET", path);
            expect(answer.status).to.equal(404);
            expectOktaError(answer.body, "E0000007", `Not found: Resource not found: ${resource}`, []);
        }
    });

    it("answers 423 E0000239 to a second write to the same policy while the first is in flight", async () => {
        await control.configure({ latencyMs: 300 });
        const [first, second, otherPolicy] = await Promise.all([
            callApi<OktaRule>(emulator, "POST", rulesPath(POLICY), buildRule("First", 0)),
            new Promise(resolve => setTimeout(resolve, 100)).then(() =>
                callApi(emulator, "POST", rulesPath(POLICY), buildRule("Second", 0)),
            ),
            new Promise(resolve => setTimeout(resolve, 100)).then(() =>
                callApi(emulator, "POST", rulesPath(SEED_IDS.endUserSettingsPolicy), buildRule("Elsewhere")),
            ),
        ]);
        expect([first.status, second.status, otherPolicy.status]).to.deep.equal([200, 423, 200]);
        expectOktaError(
            second.body,
            "E0000239",
            "Policy priorities are being reconciled. Please try again later.",
            [],
        );
        const rules = await callApi<OktaRule[]>(emulator, "GET", rulesPath(POLICY));
        expect(rules.body.map(rule => rule.name)).to.deep.equal(["First", "Catch-all Rule"]);
    });

    it("answers 429 E0000047 over the rate limit, with the rate-limit headers", async () => {
        await control.configure({ rateLimit: { limit: 2, windowSeconds: 60 } });
        const answers = [];
        for (let call = 0; call < 3; call += 1) {
            answers.push(await callApi(emulator, "GET", rulesPath(POLICY)));
        }
        expect(answers.map(answer => answer.status)).to.deep.equal([200, 200, 429]);
        expect(answers.map(answer => answer.headers.get("x-rate-limit-remaining"))).to.deep.equal([
            "1",
            "0",
            "0",
        ]);
        const limited = answers[2];
        expectOktaError(
            limited.body,
            "E0000047",
            "API call exceeded rate limit due to too many requests.",
            [],
        );
        expect(limited.headers.get("x-rate-limit-limit")).to.equal("2");
        const reset = Number(limited.headers.get("x-rate-limit-reset"));
        const date = Date.parse(limited.headers.get("date") ?? "") / 1000;
        expect(reset).to.be.within(date, date + 61);
        expect(limited.headers.get("x-okta-request-id")).to.match(/^oae\w{22}$/);
    });

    describe("a refused request changes nothing", () => {
        const refusals: Array<{
            name: string;
            method: string;
            path: string;
            body?: unknown;
            status: number;
        }> = [
            {
                name: "a body that is not JSON",
                method: "POST",
                path: rulesPath(POLICY),
                body: "{not json",
                status: 400,
            },
            {
                name: "a rule with a bad enum",
                method: "POST",
                path: rulesPath(POLICY),
                body: buildRule("X", 0, { status: "ON" as "ACTIVE" }),
                status: 400,
            },
            {
                name: "a priority of 99",
                method: "POST",
                path: rulesPath(POLICY),
                body: buildRule("X", 99),
                status: 400,
            },
            {
                name: "a rename of the catch-all",
                method: "PUT",
                path: rulesPath(POLICY, CATCH_ALL),
                body: { ...buildRule("Renamed"), conditions: null },
                status: 403,
            },
            {
                name: "a replace of the policy",
                method: "PUT",
                path: `/api/v1/policies/${POLICY}`,
                body: { name: "Mine" },
                status: 403,
            },
            {
                name: "a delete of a system zone",
                method: "DELETE",
                path: `/api/v1/zones/${SEED_IDS.legacyIpZone}`,
                status: 403,
            },
            {
                name: "a zone with a bad gateway",
                method: "POST",
                path: "/api/v1/zones",
                body: { type: "IP", name: "Bad", gateways: [{ type: "CIDR", value: "10.0.0.0/33" }] },
                status: 400,
            },
        ];
        for (const { name, method, path, body, status } of refusals) {
            it(`after ${name}`, async () => {
                await callApi(emulator, "POST", rulesPath(POLICY), buildRule("Existing", 0));
                const before = await control.state();
                const answer = await callApi(emulator, method, path, body);
                expect(answer.status).to.equal(status);
                expect(await control.state()).to.deep.equal(before);
            });
        }
    });
});
