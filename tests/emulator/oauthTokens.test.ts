import { expect } from "chai";
import { createSign, generateKeyPairSync, type KeyObject } from "node:crypto";
import {
    exchangeClientCredentials,
    hasScope,
    JWT_BEARER_ASSERTION,
    TokenIssuer,
} from "../../emulator/oauthTokens";

const AUDIENCE = "http://127.0.0.1:9/oauth2/v1/token";
const CLIENT_ID = "0oaServiceApp0000001";
const NOW = 1_750_000_000;
const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const otherKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });

/** A client assertion as the Okta SDK signs it, with `claims` overriding the SDK's. */
function signAssertion(claims: Record<string, unknown> = {}, key: KeyObject = keys.privateKey): string {
    const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");
    const payload = {
        aud: AUDIENCE,
        iat: NOW,
        exp: NOW + 300,
        iss: CLIENT_ID,
        sub: CLIENT_ID,
        jti: "j1",
        ...claims,
    };
    const unsigned = `${encode({ typ: "JWT", alg: "RS256", kid: "kid-1" })}.${encode(payload)}`;
    return `${unsigned}.${createSign("RSA-SHA256").update(unsigned).sign(key).toString("base64url")}`;
}

function form(assertion: string, scope = "okta.policies.read okta.policies.manage"): URLSearchParams {
    return new URLSearchParams({
        grant_type: "client_credentials",
        scope,
        client_assertion_type: JWT_BEARER_ASSERTION,
        client_assertion: assertion,
    });
}

describe("exchangeClientCredentials", () => {
    let issuer: TokenIssuer;
    const exchange = (body: URLSearchParams): ReturnType<typeof exchangeClientCredentials> =>
        exchangeClientCredentials(body, {
            findServiceApp: clientId =>
                clientId === CLIENT_ID
                    ? {
                          clientId,
                          publicKeyPem: keys.publicKey.export({ type: "spki", format: "pem" }).toString(),
                          scopes: ["okta.policies.read", "okta.groups.manage"],
                      }
                    : undefined,
            audiences: [AUDIENCE],
            ttlSeconds: 600,
            issuer,
            nowSeconds: NOW,
        });

    beforeEach(() => {
        issuer = new TokenIssuer(() => NOW * 1000);
    });

    it("issues a Bearer token with the requested scopes the app was granted", () => {
        const answer = exchange(form(signAssertion()));
        expect(answer.status).to.equal(200);
        expect(answer.body).to.deep.include({
            token_type: "Bearer",
            expires_in: 600,
            scope: "okta.policies.read",
        });
        expect(issuer.findValid(String(answer.body.access_token))?.scopes).to.deep.equal([
            "okta.policies.read",
        ]);
    });

    const refusals: Array<{ name: string; body: URLSearchParams; status: number; error: string }> = [
        {
            name: "a signature by another key",
            body: form(signAssertion({}, otherKeys.privateKey)),
            status: 401,
            error: "invalid_client",
        },
        {
            name: "another audience",
            body: form(signAssertion({ aud: "https://elsewhere/oauth2/v1/token" })),
            status: 401,
            error: "invalid_client",
        },
        {
            name: "an expired assertion",
            body: form(signAssertion({ exp: NOW - 1 })),
            status: 401,
            error: "invalid_client",
        },
        {
            name: "sub different from iss",
            body: form(signAssertion({ sub: "0oaOther" })),
            status: 401,
            error: "invalid_client",
        },
        {
            name: "an unknown client",
            body: form(signAssertion({ iss: "0oaUnknown", sub: "0oaUnknown" })),
            status: 401,
            error: "invalid_client",
        },
        {
            name: "no granted scope",
            body: form(signAssertion(), "okta.users.read"),
            status: 400,
            error: "invalid_scope",
        },
        {
            name: "another grant type",
            body: new URLSearchParams({ grant_type: "password" }),
            status: 400,
            error: "unsupported_grant_type",
        },
        {
            name: "no assertion",
            body: new URLSearchParams({ grant_type: "client_credentials" }),
            status: 400,
            error: "invalid_request",
        },
    ];
    for (const { name, body, status, error } of refusals) {
        it(`refuses ${name} with ${status} ${error}`, () => {
            const answer = exchange(body);
            expect([answer.status, answer.body.error]).to.deep.equal([status, error]);
            expect(String(answer.body.error_description).length).to.be.greaterThan(10);
        });
    }

    it("forgets a token once its lifetime has passed", () => {
        let now = NOW * 1000;
        const clocked = new TokenIssuer(() => now);
        const token = clocked.issue(CLIENT_ID, ["okta.policies.read"], 60);
        now += 59_999;
        expect(clocked.findValid(token.accessToken)).to.not.equal(undefined);
        now += 1;
        expect(clocked.findValid(token.accessToken)).to.equal(undefined);
    });
});

describe("hasScope", () => {
    const cases: Array<[string[], "read" | "manage", boolean]> = [
        [["okta.policies.read"], "read", true],
        [["okta.policies.manage"], "read", true],
        [["okta.policies.read"], "manage", false],
        [["okta.groups.manage"], "read", false],
    ];
    for (const [scopes, access, expected] of cases) {
        it(`${expected ? "allows" : "refuses"} ${access} on policies with ${scopes.join(" ")}`, () => {
            expect(hasScope(scopes, "policies", access)).to.equal(expected);
        });
    }
});
