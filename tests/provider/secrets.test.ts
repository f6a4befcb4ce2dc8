import { expect } from "chai";
import { generateKeyPairSync } from "crypto";
import * as pulumi from "@pulumi/pulumi";
import { EmulatorControl } from "../../emulator/control";
import { RunningEmulator, startEmulator } from "../../emulator/index";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { DynamicProviderHost, Props, urnOf, startHostFor } from "../support/dynamicHost";
import { providerTextOf, recordRegistrations } from "../support/registrations";

const URN = urnOf("AccountManagementPolicyRule", "recovery");
const ruleArgs = {
    priority: 0,
    conditions: { elCondition: { condition: "accessRequest.operation == 'recover'" } },
    actions: {
        appSignOn: {
            access: "ALLOW" as const,
            verificationMethod: {
                type: "ASSURANCE" as const,
                factorMode: "1FA" as const,
                constraints: [{ possession: { phishingResistant: "REQUIRED" as const } }],
            },
        },
    },
};

function newKeyPair(): { privateKeyPem: string; publicKeyPem: string; keyBody: string } {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const keyBody = privateKeyPem.split("\n")[5];
    return {
        privateKeyPem,
        publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
        keyBody,
    };
}

async function registeredInputs(): Promise<Props> {
    const registrations = await recordRegistrations(() => [
        new AccountManagementPolicyRule("recovery", ruleArgs),
    ]);
    return registrations[0].inputs;
}

/** Runs create, read, update and delete, collecting everything that would reach the state or the user. */
async function runLifecycle(host: DynamicProviderHost): Promise<string> {
    const seen: unknown[] = [];
    const news = (await host.check(URN, {}, await registeredInputs())).inputs;
    const created = await host.create(URN, news);
    const read = await host.read(URN, created.id, created.outs);
    const updated = await host.update(URN, created.id, read.props, { ...news, name: "recovery, renamed" });
    await host.delete(URN, created.id, updated);
    seen.push(news, created, read, updated);
    return JSON.stringify(seen);
}

describe("secrets never reach the state, the outputs or the logs", function () {
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let host: DynamicProviderHost | undefined;

    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
    });
    after(() => emulator.close());
    beforeEach(() => control.reset());
    afterEach(async () => {
        await host?.stop();
        host = undefined;
    });

    it("keeps the serialized provider free of credentials set at program time, and under 10 KB", async () => {
        const token = "00program-time-token-value";
        const { privateKeyPem, keyBody } = newKeyPair();
        const savedEnv = { ...process.env };
        process.env.OKTA_API_TOKEN = token;
        process.env.OKTA_API_PRIVATE_KEY = privateKeyPem;
        pulumi.runtime.setAllConfig({ "okta:apiToken": token, "okta:privateKey": privateKeyPem });
        try {
            const text = providerTextOf(
                await recordRegistrations(() => [new AccountManagementPolicyRule("r", ruleArgs)]),
                ":AccountManagementPolicyRule",
            );
            expect(text).not.to.include(token);
            expect(text).not.to.include(keyBody);
            expect(Buffer.byteLength(text)).to.be.below(10 * 1024);
        } finally {
            process.env = savedEnv;
            pulumi.runtime.setAllConfig({});
        }
    });

    it("with an API token: outputs and the provider's log never show it", async () => {
        host = await startHostFor(emulator);
        const seen = await runLifecycle(host);
        expect(seen).to.include("recovery, renamed");
        expect(seen).not.to.include(emulator.apiToken);
        expect(host.stderr).not.to.include(emulator.apiToken);
    });

    it("refuses a wrong token with Okta's error, without repeating the token", async () => {
        const wrong = "00wrong-token-that-must-not-leak";
        host = await DynamicProviderHost.start({
            env: { OKTA_ORG_URL: emulator.orgUrl, OKTA_API_TOKEN: wrong },
        });
        await host.configure({});
        const news = (await host.check(URN, {}, await registeredInputs())).inputs;
        const error = await host.create(URN, news).then(
            () => undefined,
            (e: Error) => e,
        );
        expect(error?.message).to.match(
            /GET \/api\/v1\/policies\?type=ACCESS_POLICY: 401 E0000011 Invalid token provided/,
        );
        expect(error?.message).not.to.include(wrong);
        expect(host.stderr).not.to.include(wrong);
    });

    describe("with an OAuth service app and its private key", () => {
        it("runs the whole lifecycle, and neither outputs nor the log show the key", async () => {
            const keys = newKeyPair();
            await control.registerServiceApp({
                clientId: "0oaServiceApp0000001",
                publicKeyPem: keys.publicKeyPem,
                scopes: ["okta.policies.read", "okta.policies.manage"],
            });
            host = await DynamicProviderHost.start({ env: { OKTA_API_PRIVATE_KEY: keys.privateKeyPem } });
            await host.configure({
                "okta-account-management:orgUrl": emulator.orgUrl,
                "okta:clientId": "0oaServiceApp0000001",
            });
            const seen = await runLifecycle(host);
            expect(seen).not.to.include(keys.keyBody);
            expect(host.stderr).not.to.include(keys.keyBody);
            const tokenRequests = (await control.requests()).filter(r => r.path === "/oauth2/v1/token");
            expect(tokenRequests).to.have.length.greaterThan(0);
        });

        it("gets a new token when the old one has expired", async () => {
            const keys = newKeyPair();
            await control.registerServiceApp({
                clientId: "0oaServiceApp0000002",
                publicKeyPem: keys.publicKeyPem,
                scopes: ["okta.policies.read", "okta.policies.manage"],
            });
            await control.configure({ tokenTtlSeconds: 1 });
            try {
                host = await DynamicProviderHost.start();
                await host.configure({
                    "okta-account-management:orgUrl": emulator.orgUrl,
                    "okta:clientId": "0oaServiceApp0000002",
                    "okta:privateKey": keys.privateKeyPem,
                });
                const news = (await host.check(URN, {}, await registeredInputs())).inputs;
                const created = await host.create(URN, news);
                await new Promise(resolve => setTimeout(resolve, 1500));
                const read = await host.read(URN, created.id, created.outs);
                expect(read.id).to.equal(created.id);
                const log = await control.requests();
                expect(log.filter(r => r.path === "/oauth2/v1/token")).to.have.length(2);
                expect(log.filter(r => r.status === 401)).to.have.length(1);
            } finally {
                await control.configure({ tokenTtlSeconds: 3600 });
            }
        });

        it("says which scope is missing when the app may only read", async () => {
            const keys = newKeyPair();
            await control.registerServiceApp({
                clientId: "0oaServiceApp0000003",
                publicKeyPem: keys.publicKeyPem,
                scopes: ["okta.policies.read"],
            });
            host = await DynamicProviderHost.start();
            await host.configure({
                "okta-account-management:orgUrl": emulator.orgUrl,
                "okta:clientId": "0oaServiceApp0000003",
                "okta:privateKey": keys.privateKeyPem,
                "okta:scopes": "okta.policies.read",
            });
            const news = (await host.check(URN, {}, await registeredInputs())).inputs;
            const error = await host.create(URN, news).then(
                () => undefined,
                (e: Error) => e,
            );
            expect(error?.message).to.match(
                /POST \/api\/v1\/policies\/\w+\/rules\?activate=true: 403 E0000006/,
            );
            expect(error?.message).not.to.include(keys.keyBody);
        });

        it("refuses a malformed private key with a clear error and no key material", async () => {
            const malformed =
                "-----BEGIN PRIVATE KEY-----\nMIIEnotreallyakeyatallMIIE\n-----END PRIVATE KEY-----";
            host = await DynamicProviderHost.start();
            await host.configure({
                "okta-account-management:orgUrl": emulator.orgUrl,
                "okta:clientId": "0oaServiceApp0000004",
                "okta:privateKey": malformed,
            });
            const news = (await host.check(URN, {}, await registeredInputs())).inputs;
            const error = await host.create(URN, news).then(
                () => undefined,
                (e: Error) => e,
            );
            expect(error?.message).to.match(/okta:privateKey .* not a usable RSA key/);
            expect(error?.message).not.to.include("MIIEnotreallyakeyatall");
            expect(host.stderr).not.to.include("MIIEnotreallyakeyatall");
        });
    });
});
