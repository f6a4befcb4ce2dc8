import { expect } from "chai";
import { OktaSettingsError, resolveOktaSettings } from "../../provider/okta/settings";

const reader = (config: Record<string, string>) => (key: string) => config[key];

function problemsOf(config: Record<string, string>, env: NodeJS.ProcessEnv = {}): string[] {
    try {
        resolveOktaSettings(reader(config), env);
    } catch (error) {
        if (error instanceof OktaSettingsError) return error.problems;
        throw error;
    }
    throw new Error("expected the settings to be refused");
}

describe("resolving Okta settings", () => {
    it("builds the org URL from okta:orgName and okta:baseUrl, as @pulumi/okta does", () => {
        const settings = resolveOktaSettings(
            reader({ "okta:orgName": "acme", "okta:baseUrl": "oktapreview.com", "okta:apiToken": "00tok" }),
            {},
        );
        expect(settings.orgUrl).to.equal("https://acme.oktapreview.com");
        expect(settings.auth).to.deep.equal({ kind: "apiToken", token: "00tok" });
    });

    it("takes a full org URL from the package's namespace and strips trailing slashes", () => {
        const settings = resolveOktaSettings(
            reader({ "okta-account-management:orgUrl": "http://127.0.0.1:4010//", "okta:apiToken": "00tok" }),
            {},
        );
        expect(settings.orgUrl).to.equal("http://127.0.0.1:4010");
    });

    it("falls back to OKTA_* environment variables, and config wins over them", () => {
        const env = { OKTA_ORG_URL: "https://env.okta.com", OKTA_API_TOKEN: "00env" };
        expect(resolveOktaSettings(reader({}), env).auth).to.deep.equal({ kind: "apiToken", token: "00env" });
        const fromConfig = resolveOktaSettings(reader({ "okta:apiToken": "00cfg" }), env);
        expect(fromConfig.auth).to.deep.equal({ kind: "apiToken", token: "00cfg" });
    });

    it("ignores the Okta SDK's own OKTA_CLIENT_* variables", () => {
        const env = { OKTA_CLIENT_ORGURL: "https://leak.okta.com", OKTA_CLIENT_TOKEN: "00leak" };
        expect(problemsOf({}, env)).to.have.length(2);
    });

    it("resolves the OAuth private-key mode with default scopes", () => {
        const settings = resolveOktaSettings(
            reader({
                "okta:orgName": "acme",
                "okta:clientId": "0oa1",
                "okta:privateKey": "-----BEGIN",
                "okta:privateKeyId": "kid1",
            }),
            {},
        );
        expect(settings.auth).to.deep.equal({
            kind: "privateKey",
            clientId: "0oa1",
            privateKey: "-----BEGIN",
            keyId: "kid1",
            scopes: ["okta.policies.read", "okta.policies.manage"],
        });
    });

    it("reads scopes given as a JSON array or as a separated list", () => {
        const base = { "okta:orgName": "acme", "okta:clientId": "0oa1", "okta:privateKey": "k" };
        for (const scopes of [
            '["okta.policies.read","okta.groups.read"]',
            "okta.policies.read, okta.groups.read",
        ]) {
            const settings = resolveOktaSettings(reader({ ...base, "okta:scopes": scopes }), {});
            expect(settings.auth).to.include({ kind: "privateKey" });
            expect((settings.auth as { scopes: string[] }).scopes).to.deep.equal([
                "okta.policies.read",
                "okta.groups.read",
            ]);
        }
    });

    const refusals: {
        name: string;
        config: Record<string, string>;
        env?: NodeJS.ProcessEnv;
        expect: RegExp[];
    }[] = [
        { name: "nothing at all", config: {}, expect: [/no org/, /no credentials/] },
        {
            name: "a token and a private key together",
            config: {
                "okta:orgName": "acme",
                "okta:apiToken": "00t",
                "okta:clientId": "0oa1",
                "okta:privateKey": "k",
            },
            expect: [/keep one/],
        },
        {
            name: "a client id without a key",
            config: { "okta:orgName": "acme", "okta:clientId": "0oa1" },
            expect: [/okta:privateKey/],
        },
        {
            name: "an org URL and an org name that disagree",
            config: {
                "okta:orgName": "acme",
                "okta-account-management:orgUrl": "https://other.okta.com",
                "okta:apiToken": "00t",
            },
            expect: [/disagree/],
        },
        {
            name: "the Admin Console URL",
            config: {
                "okta-account-management:orgUrl": "https://acme-admin.okta.com",
                "okta:apiToken": "00t",
            },
            expect: [/-admin/],
        },
        {
            name: "plain http to a remote host",
            config: { "okta-account-management:orgUrl": "http://acme.okta.com", "okta:apiToken": "00t" },
            expect: [/must use https/],
        },
        {
            name: "a placeholder left in the URL",
            config: { "okta-account-management:orgUrl": "https://{yourOktaDomain}", "okta:apiToken": "00t" },
            expect: [/not a URL|placeholder/],
        },
        {
            name: "a negative timeout",
            config: { "okta:orgName": "acme", "okta:apiToken": "00t", "okta:requestTimeout": "-1" },
            expect: [/okta:requestTimeout/],
        },
    ];
    for (const refusal of refusals) {
        it(`refuses ${refusal.name}, saying what to set`, () => {
            const problems = problemsOf(refusal.config, refusal.env);
            expect(problems).to.have.length(refusal.expect.length);
            refusal.expect.forEach((pattern, i) => expect(problems[i]).to.match(pattern));
        });
    }

    it("never repeats a secret in its error", () => {
        const secret = "00very-secret-token";
        const keyBody = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC";
        const key = `-----BEGIN PRIVATE KEY-----\n${keyBody}\n-----END PRIVATE KEY-----`;
        try {
            resolveOktaSettings(
                reader({ "okta:apiToken": secret, "okta:clientId": "0oa1", "okta:privateKey": key }),
                {},
            );
            expect.fail("expected a refusal");
        } catch (error) {
            expect(String(error)).not.to.include(secret);
            expect(String(error)).not.to.include(keyBody);
            expect(String(error)).to.include("okta:apiToken");
        }
    });
});
