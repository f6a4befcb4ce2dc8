import {
    Client,
    OktaApiError,
    type AccessPolicy,
    type AccessPolicyRule,
    type AssuranceMethod,
} from "@okta/okta-sdk-nodejs";
import { expect } from "chai";
import { generateKeyPairSync } from "node:crypto";
import { EmulatorControl } from "../../emulator/control";
import { startEmulator, type RunningEmulator } from "../../emulator/index";
import { SEED_IDS } from "../../emulator/seed";
import { rulesPath } from "./support";

const POLICY = SEED_IDS.accountManagementPolicy;

/** An enrollment rule as the SDK's models want it: `type` on the rule and on the verification method. */
function sdkRule(name: string, priority?: number): AccessPolicyRule {
    const verificationMethod: AssuranceMethod = {
        type: "ASSURANCE",
        factorMode: "1FA",
        reauthenticateIn: "PT0S",
        constraints: [{ possession: { phishingResistant: "REQUIRED" } }],
    };
    return {
        name,
        type: "ACCESS_POLICY",
        priority,
        conditions: { elCondition: { condition: "accessRequest.operation == 'enroll'" } },
        actions: { appSignOn: { access: "ALLOW", verificationMethod } },
    };
}

/** The error `action` rejects with; fails the test when it resolves. */
async function rejection(action: Promise<unknown>): Promise<OktaApiError> {
    try {
        await action;
    } catch (error) {
        expect(error).to.be.instanceOf(OktaApiError);
        return error as OktaApiError;
    }
    throw new Error("expected the call to fail");
}

describe("the emulator driven by the Okta Node SDK", () => {
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let client: Client;

    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
        client = new Client({ orgUrl: emulator.orgUrl, token: emulator.apiToken, cacheMiddleware: null });
    });
    after(() => emulator.close());
    beforeEach(() => control.reset());

    it("finds the account management policy by _embedded.resourceType in the policy list", async () => {
        const found: AccessPolicy[] = [];
        for await (const policy of await client.policyApi.listPolicies({ type: "ACCESS_POLICY" })) {
            if ((policy as AccessPolicy | null)?._embedded?.resourceType === "END_USER_ACCOUNT_MANAGEMENT") {
                found.push(policy as AccessPolicy);
            }
        }
        expect(found.map(policy => [policy.id, policy.name, policy.system])).to.deep.equal([
            [POLICY, "Okta Account Management Policy", false],
        ]);
        const byId = (await client.policyApi.getPolicy({ policyId: POLICY })) as AccessPolicy;
        expect(byId._embedded).to.equal(undefined);
    });

    it("pages through many rules with for await and a small limit", async () => {
        for (let index = 0; index < 12; index += 1) {
            await client.policyApi.createPolicyRule({
                policyId: POLICY,
                policyRule: sdkRule(`Rule ${index}`),
            });
        }
        await control.clearRequests();
        const names: string[] = [];
        for await (const rule of await client.policyApi.listPolicyRules({ policyId: POLICY, limit: "5" })) {
            names.push(rule?.name ?? "NULL");
        }
        expect(names).to.deep.equal([
            ...Array.from({ length: 12 }, (_, index) => `Rule ${index}`),
            "Catch-all Rule",
        ]);
        const pages = await control.requests();
        expect(pages.map(page => page.query.limit)).to.deep.equal(["5", "5", "5"]);
        expect(pages.map(page => page.query.after === undefined)).to.deep.equal([true, false, false]);
    });

    it("serves every rule endpoint the SDK calls", async () => {
        const created = (await client.policyApi.createPolicyRule({
            policyId: POLICY,
            policyRule: sdkRule("Enroll", 0),
            activate: false,
        })) as AccessPolicyRule;
        expect(created).to.deep.include({
            name: "Enroll",
            priority: 0,
            status: "INACTIVE",
            system: false,
            type: "ACCESS_POLICY",
        });
        expect(created.created).to.be.instanceOf(Date);
        const ruleId = created.id ?? "";

        await client.policyApi.activatePolicyRule({ policyId: POLICY, ruleId });
        const fetched = (await client.policyApi.getPolicyRule({
            policyId: POLICY,
            ruleId,
        })) as AccessPolicyRule;
        expect(fetched.status).to.equal("ACTIVE");
        expect(fetched.conditions?.people?.users?.exclude).to.deep.equal([]);
        expect(fetched.actions?.appSignOn?.keepMeSignedIn).to.equal(undefined);

        const replaced = (await client.policyApi.replacePolicyRule({
            policyId: POLICY,
            ruleId,
            policyRule: { ...sdkRule("Enroll, renamed"), id: ruleId },
        })) as AccessPolicyRule;
        expect(replaced).to.deep.include({ name: "Enroll, renamed", priority: 0 });

        await client.policyApi.deactivatePolicyRule({ policyId: POLICY, ruleId });
        const listed: string[] = [];
        await (
            await client.policyApi.listPolicyRules({ policyId: POLICY })
        ).each(rule => {
            listed.push(`${rule.name}:${rule.status}`);
        });
        expect(listed).to.deep.equal(["Enroll, renamed:INACTIVE", "Catch-all Rule:ACTIVE"]);

        await client.policyApi.deletePolicyRule({ policyId: POLICY, ruleId });
        const error = await rejection(client.policyApi.getPolicyRule({ policyId: POLICY, ruleId }));
        expect([error.status, error.errorCode]).to.deep.equal([404, "E0000007"]);
    });

    it("keeps fields the SDK's models drop when read and written as raw JSON", async () => {
        const url = `${emulator.orgUrl}${rulesPath(POLICY)}`;
        const body = { ...sdkRule("Raw"), futureField: { kept: true } };
        const request = { body: JSON.stringify(body) } as Parameters<typeof client.http.postJson>[1];
        const created = (await client.http.postJson(url, request)) as unknown as {
            id: string;
            futureField: unknown;
        };
        expect(created.futureField).to.deep.equal({ kept: true });
        const read = (await client.http.getJson(`${url}/${created.id}`)) as { futureField: unknown };
        expect(read.futureField).to.deep.equal({ kept: true });
    });

    it("retries a 429 by itself when X-Rate-Limit-Reset is in the past, and succeeds", async () => {
        await control.addFault({
            method: "GET",
            path: "/rules/[^/]+$",
            status: 429,
            times: 1,
            resetInSeconds: -1,
        });
        const ruleId = SEED_IDS.accountManagementCatchAllRule;
        const rule = await client.policyApi.getPolicyRule({ policyId: POLICY, ruleId });
        expect(rule.name).to.equal("Catch-all Rule");
        const log = await control.requests();
        expect(log.map(entry => [entry.status, entry.retryCount])).to.deep.equal([
            [429, 0],
            [200, 1],
        ]);
    });

    it("does not retry a 429 whose X-Rate-Limit-Reset header is missing", async () => {
        await control.addFault({
            method: "GET",
            path: "/rules/[^/]+$",
            status: 429,
            omitHeaders: ["X-Rate-Limit-Reset"],
        });
        const ruleId = SEED_IDS.accountManagementCatchAllRule;
        const error = await rejection(client.policyApi.getPolicyRule({ policyId: POLICY, ruleId }));
        expect([error.status, error.errorCode]).to.deep.equal([429, "E0000047"]);
        expect(error.headers.get("x-rate-limit-reset")).to.equal(null);
        expect((await control.requests()).length).to.equal(1);
    });

    describe("private-key mode", () => {
        const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
        const publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
        const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();

        function serviceClient(scopes: string[]): Client {
            return new Client({
                orgUrl: emulator.orgUrl,
                authorizationMode: "PrivateKey",
                clientId: "0oaServiceApp0000001",
                scopes,
                privateKey: privateKeyPem,
                keyId: "kid-1",
                cacheMiddleware: null,
            });
        }

        beforeEach(() =>
            control.registerServiceApp({
                clientId: "0oaServiceApp0000001",
                publicKeyPem,
                scopes: ["okta.policies.read"],
            }),
        );

        it("gets a token with a signed client assertion and lists policies with it", async () => {
            const names: string[] = [];
            for await (const policy of await serviceClient(["okta.policies.read"]).policyApi.listPolicies({
                type: "PASSWORD",
            })) {
                names.push(policy?.name ?? "NULL");
            }
            expect(names).to.deep.equal(["Default Policy"]);
            expect(
                (await control.requests()).map(entry => `${entry.method} ${entry.path} ${entry.status}`),
            ).to.deep.equal(["POST /oauth2/v1/token 200", "GET /api/v1/policies 200"]);
        });

        it("answers 403 E0000006 to a write when the token lacks okta.policies.manage", async () => {
            const service = serviceClient(["okta.policies.read", "okta.policies.manage"]);
            const error = await rejection(
                service.policyApi.createPolicyRule({ policyId: POLICY, policyRule: sdkRule("Denied") }),
            );
            expect([error.status, error.errorCode]).to.deep.equal([403, "E0000006"]);
            expect(error.errorCauses?.[0]?.errorSummary).to.include("okta.policies.manage");
            expect((await control.state()).rules.map(rule => rule.body.name)).to.not.include("Denied");
        });

        it("answers 401 to an expired token, and the SDK recovers with a fresh one once tokens last", async () => {
            await control.configure({ tokenTtlSeconds: 0 });
            const service = serviceClient(["okta.policies.read"]);
            const expired = await rejection(service.policyApi.getPolicy({ policyId: POLICY }));
            expect([expired.status, expired.errorCode]).to.deep.equal([401, "E0000011"]);
            await control.configure({ tokenTtlSeconds: 3600 });
            const policy = await service.policyApi.getPolicy({ policyId: POLICY });
            expect(policy.id).to.equal(POLICY);
            const statuses = (await control.requests()).map(entry => `${entry.path} ${entry.status}`);
            expect(statuses.slice(-2)).to.deep.equal([
                "/oauth2/v1/token 200",
                `/api/v1/policies/${POLICY} 200`,
            ]);
        });
    });
});
