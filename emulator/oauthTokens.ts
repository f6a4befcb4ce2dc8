/**
 * OAuth 2.0 for service apps, as the Okta SDK's private-key mode uses it: `client_credentials` with a
 * `private_key_jwt` client assertion signed RS256, exchanged for a Bearer access token with scopes. Pure apart from
 * signature checks (node:crypto) and the injected clock.
 */
import { createPublicKey, verify } from "node:crypto";
import { generateRandomText } from "./ids";
import { isJsonObject, type JsonObject } from "./json";
import type { ServiceApp } from "./orgState";

/** The client assertion type the token endpoint accepts: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`. */
export const JWT_BEARER_ASSERTION = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/** An issued token, e.g. `{ accessToken: "eyJ...", clientId: "0oa...", scopes: ["okta.policies.read"], expiresAt: 1720459960000 }`. */
export interface IssuedToken {
    accessToken: string;
    clientId: string;
    scopes: string[];
    expiresAt: number;
}

/** A token endpoint answer, e.g. `{ status: 401, body: { error: "invalid_client", error_description: "..." } }`. */
export interface TokenResponse {
    status: number;
    body: JsonObject;
}

/** What the token endpoint needs, e.g. `{ findServiceApp, audiences: ["http://127.0.0.1:9/oauth2/v1/token"], ttlSeconds: 3600, issuer, nowSeconds }`. */
export interface TokenExchangeContext {
    findServiceApp(clientId: string): ServiceApp | undefined;
    /** Accepted `aud` values, e.g. `["http://127.0.0.1:8080/oauth2/v1/token"]`. */
    audiences: string[];
    ttlSeconds: number;
    issuer: TokenIssuer;
    /** The current time in epoch seconds, to check the assertion's `exp`. */
    nowSeconds: number;
}

/** Issues and remembers access tokens, e.g. `issue("0oa1", ["okta.policies.read"], 3600)` then `findValid(token.accessToken)`. */
export class TokenIssuer {
    private readonly tokens = new Map<string, IssuedToken>();

    constructor(private readonly clock: () => number = Date.now) {}

    /** A new token for `clientId` with `scopes`, valid for `ttlSeconds`. */
    issue(clientId: string, scopes: string[], ttlSeconds: number): IssuedToken {
        const token = {
            accessToken: `emu.${generateRandomText(40)}`,
            clientId,
            scopes,
            expiresAt: this.clock() + ttlSeconds * 1000,
        };
        this.tokens.set(token.accessToken, token);
        return token;
    }

    /** The token if it was issued here and has not expired, else `undefined`. */
    findValid(accessToken: string): IssuedToken | undefined {
        const token = this.tokens.get(accessToken);
        return token !== undefined && this.clock() < token.expiresAt ? token : undefined;
    }

    /** Forgets every token. */
    clear(): void {
        this.tokens.clear();
    }
}

/**
 * The token endpoint: checks the form (`grant_type=client_credentials`, a JWT-bearer `client_assertion`, `scope`),
 * the assertion (RS256 signature by the app's registered key, `iss` = `sub` = client id, `aud`, `exp`) and
 * answers `{ token_type: "Bearer", expires_in, access_token, scope }` with the requested scopes the app was granted.
 */
export function exchangeClientCredentials(
    form: URLSearchParams,
    context: TokenExchangeContext,
): TokenResponse {
    if (form.get("grant_type") !== "client_credentials") {
        return oauthError(
            400,
            "unsupported_grant_type",
            `grant_type '${form.get("grant_type") ?? ""}' is not supported; use client_credentials.`,
        );
    }
    const assertion = form.get("client_assertion");
    if (form.get("client_assertion_type") !== JWT_BEARER_ASSERTION || assertion === null) {
        return oauthError(
            400,
            "invalid_request",
            `Send client_assertion_type=${JWT_BEARER_ASSERTION} and a client_assertion.`,
        );
    }
    const decoded = decodeJwt(assertion);
    if (decoded === undefined) {
        return oauthError(401, "invalid_client", "The client_assertion is not a JWT.");
    }
    const clientId = typeof decoded.payload.iss === "string" ? decoded.payload.iss : "";
    const app = context.findServiceApp(clientId);
    if (app === undefined) {
        return oauthError(
            401,
            "invalid_client",
            `No service app with client id '${clientId}' is registered.`,
        );
    }
    const problem = findAssertionProblem(assertion, decoded, app, context.audiences, context.nowSeconds);
    if (problem !== undefined) {
        return oauthError(401, "invalid_client", problem);
    }
    const requested = (form.get("scope") ?? "").split(" ").filter(scope => scope !== "");
    const granted = requested.filter(scope => app.scopes.includes(scope));
    if (granted.length === 0) {
        return oauthError(
            400,
            "invalid_scope",
            `None of the requested scopes (${requested.join(" ")}) is granted to ${clientId}.`,
        );
    }
    const token = context.issuer.issue(clientId, granted, context.ttlSeconds);
    return {
        status: 200,
        body: {
            token_type: "Bearer",
            expires_in: context.ttlSeconds,
            access_token: token.accessToken,
            scope: granted.join(" "),
        },
    };
}

/**
 * Whether `scopes` allow an operation on a family of endpoints: `manage` covers reads and writes, `read` reads only.
 * E.g. `hasScope(["okta.policies.read"], "policies", "manage")` is false.
 */
export function hasScope(scopes: string[], family: string, access: "read" | "manage"): boolean {
    return (
        scopes.includes(`okta.${family}.manage`) ||
        (access === "read" && scopes.includes(`okta.${family}.read`))
    );
}

interface DecodedJwt {
    header: JsonObject;
    payload: JsonObject;
}

function decodeJwt(token: string): DecodedJwt | undefined {
    const parts = token.split(".");
    if (parts.length !== 3) {
        return undefined;
    }
    try {
        const header: unknown = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
        const payload: unknown = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
        return isJsonObject(header) && isJsonObject(payload) ? { header, payload } : undefined;
    } catch {
        return undefined;
    }
}

function findAssertionProblem(
    assertion: string,
    decoded: DecodedJwt,
    app: ServiceApp,
    audiences: string[],
    nowSeconds: number,
): string | undefined {
    if (decoded.header.alg !== "RS256") {
        return `The client_assertion is signed with ${String(decoded.header.alg)}; sign it with RS256.`;
    }
    if (!isSignatureValid(assertion, app.publicKeyPem)) {
        return "The client_assertion signature is invalid.";
    }
    if (decoded.payload.sub !== app.clientId) {
        return `The client_assertion sub '${String(decoded.payload.sub)}' must equal its iss '${app.clientId}'.`;
    }
    if (typeof decoded.payload.aud !== "string" || !audiences.includes(decoded.payload.aud)) {
        return `The client_assertion aud '${String(decoded.payload.aud)}' must be ${audiences[0]}.`;
    }
    if (typeof decoded.payload.exp !== "number" || decoded.payload.exp <= nowSeconds) {
        return "The client_assertion has expired; sign a fresh one.";
    }
    return undefined;
}

function isSignatureValid(assertion: string, publicKeyPem: string): boolean {
    const [header, payload, signature] = assertion.split(".");
    try {
        const key = createPublicKey(publicKeyPem);
        return verify(
            "RSA-SHA256",
            Buffer.from(`${header}.${payload}`),
            key,
            Buffer.from(signature, "base64url"),
        );
    } catch {
        return false;
    }
}

function oauthError(status: number, error: string, description: string): TokenResponse {
    return { status, body: { error, error_description: description } };
}
