/**
 * Resolves how to reach Okta from Pulumi stack config and the environment, as one settings object. Pure: the
 * caller passes a config reader and the environment; nothing here reads them itself.
 *
 * Config keys are the ones `@pulumi/okta` uses, so a stack configures Okta once:
 * `okta:orgName` + `okta:baseUrl`, `okta:apiToken`, `okta:clientId` + `okta:privateKey` (+ `okta:privateKeyId`,
 * `okta:scopes`), `okta:requestTimeout` (seconds), `okta:maxRetries`. A full org URL (the local emulator, a custom
 * domain) comes from `okta-account-management:orgUrl` or env `OKTA_ORG_URL`. Config wins over the environment.
 */

/** How requests authenticate: an SSWS API token, or an OAuth service app signing with its private key. */
export type OktaAuth =
    | { kind: "apiToken"; token: string }
    | { kind: "privateKey"; clientId: string; privateKey: string; keyId?: string; scopes: string[] };

/** Everything needed to reach Okta, e.g. `{ orgUrl: "https://acme.okta.com", auth: { kind: "apiToken", ... } }`. */
export interface OktaSettings {
    /** Without a trailing slash, e.g. `"https://acme.okta.com"` or `"http://127.0.0.1:8080"`. */
    orgUrl: string;
    auth: OktaAuth;
    /** Per request, e.g. `30000`. */
    requestTimeoutMs: number;
    /** Bound on retries of one request (429, 423, and 5xx/network errors on idempotent calls), e.g. `5`. */
    maxRetries: number;
}

/** Reads one config value by its namespaced key, e.g. `"okta:apiToken"`; `undefined` when unset. */
export type ConfigReader = (key: string) => string | undefined;

/** The config namespace of this package, for keys @pulumi/okta does not have, e.g. `okta-account-management:orgUrl`. */
export const CONFIG_NAMESPACE = "okta-account-management";

/** The OAuth scopes requested when `okta:scopes` is not set: enough to read and write policy rules. */
export const DEFAULT_SCOPES = ["okta.policies.read", "okta.policies.manage"];

const DEFAULT_TIMEOUT_SECONDS = 30;
const DEFAULT_MAX_RETRIES = 5;

/** Thrown when the settings are missing or contradictory; the message lists every problem and what to set. */
export class OktaSettingsError extends Error {
    override readonly name = "OktaSettingsError";
    constructor(readonly problems: string[]) {
        super(
            `Okta credentials are not usable:\n${problems.map(p => `  - ${p}`).join("\n")}\n` +
                "Set either `pulumi config set okta:orgName <org>` (+ `okta:baseUrl`, default okta.com) or " +
                `\`${CONFIG_NAMESPACE}:orgUrl\` / env OKTA_ORG_URL, and either \`pulumi config set --secret okta:apiToken <token>\` ` +
                "(env OKTA_API_TOKEN) or `okta:clientId` + `--secret okta:privateKey` (env OKTA_API_CLIENT_ID, OKTA_API_PRIVATE_KEY).",
        );
    }
}

/**
 * Resolves the settings, e.g. `resolveOktaSettings(k => cfg[k], process.env)`; throws `OktaSettingsError` listing
 * every problem. Never puts a secret value into a message.
 */
export function resolveOktaSettings(config: ConfigReader, env: NodeJS.ProcessEnv): OktaSettings {
    const problems: string[] = [];
    const pick = (key: string, envName: string): string | undefined =>
        nonBlank(config(key)) ?? nonBlank(env[envName]);

    const orgUrl = resolveOrgUrl(
        pick(`${CONFIG_NAMESPACE}:orgUrl`, "OKTA_ORG_URL"),
        pick("okta:orgName", "OKTA_ORG_NAME"),
        pick("okta:baseUrl", "OKTA_BASE_URL"),
        problems,
    );

    const token = pick("okta:apiToken", "OKTA_API_TOKEN");
    const clientId = pick("okta:clientId", "OKTA_API_CLIENT_ID");
    const privateKey = pick("okta:privateKey", "OKTA_API_PRIVATE_KEY");
    const keyId = pick("okta:privateKeyId", "OKTA_API_PRIVATE_KEY_ID");
    const scopes = parseScopes(pick("okta:scopes", "OKTA_API_SCOPES"));

    let auth: OktaAuth | undefined;
    if (token && (clientId || privateKey)) {
        problems.push(
            "both an API token (okta:apiToken / OKTA_API_TOKEN) and OAuth settings (okta:clientId / okta:privateKey) are set: keep one",
        );
    } else if (token) {
        auth = { kind: "apiToken", token };
    } else if (clientId || privateKey) {
        if (!clientId)
            problems.push("okta:privateKey is set but okta:clientId (env OKTA_API_CLIENT_ID) is not");
        if (!privateKey)
            problems.push("okta:clientId is set but okta:privateKey (env OKTA_API_PRIVATE_KEY) is not");
        if (clientId && privateKey) {
            auth = {
                kind: "privateKey",
                clientId,
                privateKey,
                scopes: scopes ?? DEFAULT_SCOPES,
                ...(keyId ? { keyId } : {}),
            };
        }
    } else {
        problems.push(
            "no credentials: neither okta:apiToken (env OKTA_API_TOKEN) nor okta:clientId + okta:privateKey is set",
        );
    }

    const requestTimeoutMs =
        1000 *
        parsePositive(
            pick("okta:requestTimeout", "OKTA_REQUEST_TIMEOUT"),
            DEFAULT_TIMEOUT_SECONDS,
            "okta:requestTimeout",
            problems,
        );
    const maxRetries = parsePositive(
        pick("okta:maxRetries", "OKTA_MAX_RETRIES"),
        DEFAULT_MAX_RETRIES,
        "okta:maxRetries",
        problems,
    );

    if (problems.length > 0 || !orgUrl || !auth) throw new OktaSettingsError(problems);
    return { orgUrl, auth, requestTimeoutMs, maxRetries };
}

function resolveOrgUrl(
    fullUrl: string | undefined,
    orgName: string | undefined,
    baseUrl: string | undefined,
    problems: string[],
): string | undefined {
    if (fullUrl && orgName) {
        const fromName = `https://${orgName}.${baseUrl ?? "okta.com"}`;
        if (stripSlashes(fullUrl) !== fromName) {
            problems.push(
                `the org URL ${fullUrl} and okta:orgName/okta:baseUrl (${fromName}) disagree: keep one`,
            );
            return undefined;
        }
    }
    if (!fullUrl && !orgName) {
        problems.push(
            `no org: set okta:orgName (env OKTA_ORG_NAME) or ${CONFIG_NAMESPACE}:orgUrl (env OKTA_ORG_URL)`,
        );
        return undefined;
    }
    const url = stripSlashes(fullUrl ?? `https://${orgName}.${baseUrl ?? "okta.com"}`);
    const problem = findOrgUrlProblem(url);
    if (problem) {
        problems.push(problem);
        return undefined;
    }
    return url;
}

/** Why an org URL cannot be used, or undefined, e.g. `"https://acme-admin.okta.com"` → "use the org URL, not the admin URL". */
export function findOrgUrlProblem(url: string): string | undefined {
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        return `the org URL "${url}" is not a URL; expected e.g. https://acme.okta.com`;
    }
    if (url.includes("{") || url.includes("}")) return `the org URL "${url}" still holds a placeholder`;
    const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
    if (parsed.protocol !== "https:" && !(loopback && parsed.protocol === "http:")) {
        return `the org URL "${url}" must use https (plain http is accepted only on loopback, for the local emulator)`;
    }
    if (/-admin\./.test(parsed.hostname)) {
        return `the org URL "${url}" is the Admin Console's; use the org URL without "-admin"`;
    }
    return undefined;
}

function stripSlashes(url: string): string {
    return url.trim().replace(/\/+$/, "");
}

function nonBlank(value: string | undefined): string | undefined {
    return value !== undefined && value.trim() !== "" ? value.trim() : undefined;
}

/** Scopes given as a JSON array (Pulumi array config) or separated by spaces or commas. */
function parseScopes(raw: string | undefined): string[] | undefined {
    if (!raw) return undefined;
    if (raw.startsWith("[")) {
        try {
            const parsed: unknown = JSON.parse(raw);
            if (Array.isArray(parsed)) return parsed.map(String);
        } catch {
            // Not JSON: fall through to the separated form.
        }
    }
    return raw.split(/[\s,]+/).filter(s => s !== "");
}

function parsePositive(raw: string | undefined, fallback: number, key: string, problems: string[]): number {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) {
        problems.push(`${key} must be a whole number of at least 0, got "${raw}"`);
        return fallback;
    }
    return value;
}
