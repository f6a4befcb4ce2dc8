import { expect } from "chai";
import type { EmulatorResponse } from "../../emulator/exchange";
import { createRequestHandler, type RequestHandler } from "../../emulator/handler";
import type { LoggedRequest } from "../../emulator/requestLog";
import { EmulatorRuntime } from "../../emulator/runtime";
import { SEED_IDS } from "../../emulator/seed";
import { DEFAULT_SETTINGS } from "../../emulator/settings";
import type { OktaPolicy, OktaRule } from "../../provider/rule/types";
import { buildRule, rulesPath } from "./support";

const ORG_URL = "http://127.0.0.1:9";
const POLICY = SEED_IDS.accountManagementPolicy;

describe("the request handler (no port)", () => {
    let runtime: EmulatorRuntime;
    let handle: RequestHandler;

    beforeEach(() => {
        runtime = new EmulatorRuntime({ settings: DEFAULT_SETTINGS, apiToken: "00test" });
        runtime.orgUrl = ORG_URL;
        handle = createRequestHandler(runtime);
    });

    function send(
        method: string,
        url: string,
        body?: unknown,
        authorization = "SSWS 00test",
    ): Promise<EmulatorResponse> {
        return handle({
            method,
            url,
            headers: { authorization, host: "127.0.0.1:9" },
            body: body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body),
        });
    }

    function json<T>(response: EmulatorResponse): T {
        return JSON.parse(response.body) as T;
    }

    it("sends Okta's headers with every API answer, errors included", async () => {
        for (const response of [
            await send("GET", "/api/v1/policies?type=ACCESS_POLICY"),
            await send("GET", "/api/v1/policies"),
        ]) {
            expect(Object.keys(response.headers)).to.include.members([
                "Content-Type",
                "Date",
                "X-Okta-Request-Id",
                "X-Rate-Limit-Limit",
                "X-Rate-Limit-Remaining",
                "X-Rate-Limit-Reset",
            ]);
            expect(response.headers["Content-Type"]).to.equal("application/json");
        }
    });

    it("refuses a policy list without type with 400 E0000001 naming type", async () => {
        const response = await send("GET", "/api/v1/policies");
        expect(response.status).to.equal(400);
        expect(json<{ errorSummary: string }>(response).errorSummary).to.equal("Api validation failed: type");
    });

    it("lists ACCESS_POLICY policies with _embedded.resourceType and a self link, and omits _embedded by id", async () => {
        const list = await send("GET", "/api/v1/policies?type=ACCESS_POLICY");
        const policies = json<OktaPolicy[]>(list);
        expect(
            policies.map(policy => [
                policy.name,
                policy._embedded?.resourceType,
                policy.system,
                policy.priority,
            ]),
        ).to.deep.equal([
            ["Okta Account Management Policy", "END_USER_ACCOUNT_MANAGEMENT", false, 1],
            ["Any two factors", "APP", true, 1],
            ["Okta End User Settings", "APP", false, 1],
        ]);
        expect(list.headers.Link).to.equal(`<${ORG_URL}/api/v1/policies?type=ACCESS_POLICY>; rel="self"`);
        const single = json<OktaPolicy>(await send("GET", `/api/v1/policies/${POLICY}`));
        expect(single).to.not.have.property("_embedded");
        expect(single).to.deep.include({ conditions: null, description: policies[0].description });
        expect(single._links).to.deep.equal({
            self: { href: `${ORG_URL}/api/v1/policies/${POLICY}`, hints: { allow: ["GET"] } },
            rules: { href: `${ORG_URL}/api/v1/policies/${POLICY}/rules`, hints: { allow: ["GET", "POST"] } },
        });
    });

    for (const [method, path] of [
        ["PUT", `/api/v1/policies/${POLICY}`],
        ["DELETE", `/api/v1/policies/${POLICY}`],
        ["POST", `/api/v1/policies/${POLICY}/lifecycle/deactivate`],
    ]) {
        it(`refuses ${method} ${path.replace(POLICY, "{accountManagementPolicy}")} with 403 E0000111`, async () => {
            const response = await send(method, path, method === "PUT" ? { name: "Mine" } : undefined);
            expect(response.status).to.equal(403);
            expect(json<{ errorCode: string }>(response).errorCode).to.equal("E0000111");
        });
    }

    it("answers 401 E0000011 without credentials and with a wrong API token", async () => {
        for (const authorization of ["", "SSWS 00wrong", "Bearer nothing"]) {
            const response = await send("GET", `/api/v1/policies/${POLICY}`, undefined, authorization);
            expect(response.status).to.equal(401);
            expect(json(response)).to.deep.include({
                errorCode: "E0000011",
                errorSummary: "Invalid token provided",
            });
        }
    });

    it("pages rules with an absolute next link and no empty last page", async () => {
        for (const name of ["A", "B", "C"]) {
            await send("POST", rulesPath(POLICY), buildRule(name));
        }
        const names: string[] = [];
        let url: string | undefined = `${rulesPath(POLICY)}?limit=2`;
        const links: string[] = [];
        while (url !== undefined) {
            const response = await send("GET", url);
            const page = json<OktaRule[]>(response);
            expect(page.length).to.be.greaterThan(0);
            names.push(...page.map(rule => rule.name));
            links.push(response.headers.Link);
            const next = /<([^>]+)>; rel="next"/.exec(response.headers.Link);
            url = next === null ? undefined : next[1].slice(ORG_URL.length);
        }
        expect(names).to.deep.equal(["A", "B", "C", "Catch-all Rule"]);
        expect(links).to.have.lengthOf(2);
        expect(links[1]).to.match(/^<[^>]+\?limit=2&after=rul\w{17}>; rel="self"$/);
        expect(links[0]).to.match(
            new RegExp(
                `<${ORG_URL}/api/v1/policies/${POLICY}/rules\\?limit=2&after=rul\\w{17}>; rel="next"$`,
            ),
        );
    });

    it("answers a lifecycle call and a delete with 204, no body and no content type", async () => {
        const created = json<OktaRule>(await send("POST", rulesPath(POLICY), buildRule("A")));
        for (const [method, path] of [
            ["POST", `${rulesPath(POLICY, created.id)}/lifecycle/deactivate`],
            ["POST", `${rulesPath(POLICY, created.id)}/lifecycle/activate`],
            ["DELETE", rulesPath(POLICY, created.id)],
        ]) {
            const response = await send(method, path);
            expect(response.status, `${method} ${path}`).to.equal(204);
            expect(response.body).to.equal("");
            expect(response.headers).to.not.have.property("Content-Type");
        }
    });

    it("answers links that follow the rule's status", async () => {
        const created = json<OktaRule>(
            await send("POST", `${rulesPath(POLICY)}?activate=false`, buildRule("Off")),
        );
        expect(created.status).to.equal("INACTIVE");
        expect(Object.keys(created._links ?? {})).to.deep.equal(["activate", "self"]);
        await send("POST", `${rulesPath(POLICY, created.id)}/lifecycle/activate`);
        const active = json<OktaRule>(await send("GET", rulesPath(POLICY, created.id)));
        expect(Object.keys(active._links ?? {})).to.deep.equal(["self", "deactivate"]);
        expect(active._links?.self).to.deep.equal({
            href: `${ORG_URL}${rulesPath(POLICY, created.id)}`,
            hints: { allow: ["GET", "PUT", "DELETE"] },
        });
    });

    it("answers malformed JSON with 400 E0000003", async () => {
        const response = await send("POST", rulesPath(POLICY), '{"name": "A",');
        expect(response.status).to.equal(400);
        expect(json(response)).to.deep.include({
            errorCode: "E0000003",
            errorSummary: "The request body was not well-formed.",
        });
    });

    it("answers an unknown path with 404 and a known path with another method with 405", async () => {
        expect((await send("GET", "/api/v1/nothing")).status).to.equal(404);
        expect((await send("PATCH", rulesPath(POLICY))).status).to.equal(405);
    });

    it("logs API requests with query, status, parsed body and retry count, and not the controls", async () => {
        await send("GET", `${rulesPath(POLICY)}?limit=5`);
        await handle({
            method: "POST",
            url: rulesPath(POLICY),
            headers: { authorization: "SSWS 00test", "x-okta-retry-count": "2" },
            body: JSON.stringify(buildRule("Logged")),
        });
        await handle({ method: "GET", url: "/__emulator/state", headers: {}, body: "" });
        const log = json<LoggedRequest[]>(
            await handle({ method: "GET", url: "/__emulator/requests", headers: {}, body: "" }),
        );
        expect(
            log.map(entry => [entry.method, entry.path, entry.query, entry.status, entry.retryCount]),
        ).to.deep.equal([
            ["GET", rulesPath(POLICY), { limit: "5" }, 200, 0],
            ["POST", rulesPath(POLICY), {}, 200, 2],
        ]);
        expect(log[1].body).to.deep.equal(JSON.parse(JSON.stringify(buildRule("Logged"))));
    });

    it("does not count the controls against the rate limit", async () => {
        runtime.configure({ rateLimit: { limit: 1 } });
        for (let call = 0; call < 3; call += 1) {
            expect(
                (await handle({ method: "GET", url: "/__emulator/requests", headers: {}, body: "" })).status,
            ).to.equal(200);
        }
        expect((await send("GET", `/api/v1/policies/${POLICY}`)).status).to.equal(200);
        expect((await send("GET", `/api/v1/policies/${POLICY}`)).status).to.equal(429);
    });

    it("refuses a bad control request with the list of its problems", async () => {
        const response = await handle({
            method: "POST",
            url: "/__emulator/faults",
            headers: {},
            body: JSON.stringify({ method: "GET", path: "(", status: 99 }),
        });
        expect(response.status).to.equal(400);
        expect(json<{ errors: string[] }>(response).errors.map(error => error.split(":")[0])).to.deep.equal([
            "path",
            "status",
        ]);
    });
});
