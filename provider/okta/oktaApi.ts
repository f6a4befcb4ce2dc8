/**
 * The one place that talks HTTP to Okta. It builds the Okta SDK client (its cache off, its own retries off, a
 * timeout on every request, explicit settings only, so neither `OKTA_CLIENT_*` variables nor an `okta.yaml` leak
 * in), sends and receives raw JSON (the SDK's models drop fields they do not know), and retries by
 * `decideRetry`. Every failure surfaces as an `OktaRequestError`.
 */
import type * as OktaSdk from "@okta/okta-sdk-nodejs";
import type { RequestOptions as SdkRequestOptions } from "@okta/okta-sdk-nodejs/src/types/request-options";
import { describeSdkError, OktaRequestError } from "./errors";
import { decideRetry, DEFAULT_RETRY_LIMITS, RetryLimits } from "./retryPolicy";
import type { OktaSettings } from "./settings";

/** HTTP methods used against Okta. */
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** A successful answer: status, parsed JSON body (undefined when empty) and a header reader. */
export interface OktaResponse<T> {
    status: number;
    body: T;
    header(name: string): string | undefined;
}

/** Options of one call, e.g. `{ query: { activate: "false" }, body: rule, idempotent: false }`. */
export interface RequestOptions {
    query?: Record<string, string>;
    body?: unknown;
    /** Whether the call may be repeated after a 5xx or network error. Default: true except for POST. */
    idempotent?: boolean;
}

/** The subset of node-fetch's Response that the SDK's `http()` returns. */
interface FetchResponse {
    status: number;
    headers: { get(name: string): string | null };
    text(): Promise<string>;
}

/** Sends one request, e.g. `send("GET", "https://acme.okta.com/api/v1/policies?type=ACCESS_POLICY")`. */
export type Transport = (method: HttpMethod, url: string, body: string | undefined) => Promise<FetchResponse>;

const USER_AGENT = "pulumi-okta-account-management/0.1.0";

/** An Okta org reached with given settings, e.g. `new OktaApi(settings).request("GET", "/api/v1/policies/rst1")`. */
export class OktaApi {
    private readonly transport: Transport;

    constructor(
        private readonly settings: OktaSettings,
        transport?: Transport,
        private readonly limits: RetryLimits = { ...DEFAULT_RETRY_LIMITS, maxRetries: settings.maxRetries },
    ) {
        this.transport = transport ?? createSdkTransport(settings);
    }

    /** The org URL requests go to, e.g. `"https://acme.okta.com"`. */
    get orgUrl(): string {
        return this.settings.orgUrl;
    }

    /** Sends a call with retries, e.g. `request("DELETE", "/api/v1/policies/rst1/rules/rul1")`; throws `OktaRequestError`. */
    async request<T = unknown>(
        method: HttpMethod,
        pathOrUrl: string,
        options: RequestOptions = {},
    ): Promise<OktaResponse<T>> {
        const url = this.toUrl(pathOrUrl, options.query);
        const path = url.slice(this.settings.orgUrl.length);
        const body = options.body === undefined ? undefined : JSON.stringify(options.body);
        const idempotent = options.idempotent ?? method !== "POST";
        let rateLimitWaitedMs = 0;
        for (let attempt = 1; ; attempt++) {
            try {
                const response = await this.transport(method, url, body);
                const text = await response.text();
                return {
                    status: response.status,
                    body: (text === "" ? undefined : JSON.parse(text)) as T,
                    header: name => response.headers.get(name) ?? undefined,
                };
            } catch (error) {
                const failure = describeSdkError(error);
                const sdkError = error as { headers?: { get?: (n: string) => string | null } };
                const reset = Number(sdkError.headers?.get?.("x-rate-limit-reset") ?? NaN);
                const date = Date.parse(sdkError.headers?.get?.("date") ?? "");
                if (failure.status === undefined && !failure.networkFailure) {
                    throw new OktaRequestError(method, path, failure, failure.text, { cause: error });
                }
                const decision = decideRetry(
                    {
                        status: failure.status,
                        attempt,
                        idempotent,
                        rateLimitReset: Number.isFinite(reset) ? reset : undefined,
                        serverDateMs: Number.isFinite(date) ? date : undefined,
                        rateLimitWaitedMs,
                    },
                    this.limits,
                );
                if (!decision.retry) {
                    const tries = attempt > 1 ? ` (after ${attempt} attempts: ${decision.reason})` : "";
                    throw new OktaRequestError(method, path, failure, failure.text + tries, { cause: error });
                }
                if (failure.status === 429) rateLimitWaitedMs += decision.delayMs;
                await sleep(decision.delayMs);
            }
        }
    }

    /** Every item of a paged list, following Okta's `Link: <...>; rel="next"` headers, e.g. all rules of a policy. */
    async list<T>(path: string, query?: Record<string, string>): Promise<T[]> {
        const items: T[] = [];
        let next: string | undefined = this.toUrl(path, query);
        while (next) {
            const page: OktaResponse<T[]> = await this.request<T[]>("GET", next);
            items.push(...(page.body ?? []));
            next = findNextLink(page.header("link"));
        }
        return items;
    }

    private toUrl(pathOrUrl: string, query?: Record<string, string>): string {
        const base = pathOrUrl.startsWith("http") ? pathOrUrl : this.settings.orgUrl + pathOrUrl;
        if (!query || Object.keys(query).length === 0) return base;
        return `${base}${base.includes("?") ? "&" : "?"}${new URLSearchParams(query).toString()}`;
    }
}

/** The `rel="next"` URL of a Link header, e.g. `<https://acme.okta.com/api/v1/x?after=a>; rel="next"` → that URL. */
export function findNextLink(header: string | undefined): string | undefined {
    if (!header) return undefined;
    for (const part of header.split(",")) {
        const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
        if (match) return match[1];
    }
    return undefined;
}

function sleep(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}

/** Builds the SDK client from explicit settings only and returns a transport over its authenticated HTTP layer. */
function createSdkTransport(settings: OktaSettings): Transport {
    const okta = require("@okta/okta-sdk-nodejs") as typeof OktaSdk;
    const auth = settings.auth;
    // Every credential field is given, empty when unused, so that the SDK's own config sources cannot fill it in.
    const config = {
        orgUrl: settings.orgUrl,
        authorizationMode: auth.kind === "apiToken" ? "SSWS" : "PrivateKey",
        token: auth.kind === "apiToken" ? auth.token : "",
        clientId: auth.kind === "privateKey" ? auth.clientId : "",
        scopes: auth.kind === "privateKey" ? auth.scopes : [],
        privateKey: auth.kind === "privateKey" ? auth.privateKey : "",
        keyId: auth.kind === "privateKey" ? (auth.keyId ?? "") : "",
        cacheMiddleware: null,
        requestExecutor: new okta.DefaultRequestExecutor({
            maxRetries: 0,
            requestTimeout: settings.requestTimeoutMs,
        }),
        userAgent: USER_AGENT,
    };
    const client = new okta.Client(config);
    return (method, url, body) => {
        const headers = {
            Accept: "application/json",
            ...(body ? { "Content-Type": "application/json" } : {}),
        };
        // The SDK types its request options on node-fetch's RequestInit, whose declarations it does not ship.
        const request = { method, body, headers } as unknown as SdkRequestOptions;
        return client.http.http(url, request) as Promise<FetchResponse>;
    };
}
