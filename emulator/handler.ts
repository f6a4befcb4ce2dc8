/**
 * The request pipeline around the route tables. For `/api` and `/oauth2`: rate limit, authentication and scopes,
 * the fault hook, the per-policy priority lock, latency, the route, Okta's headers, and the request log. For
 * `/__emulator/`: the test controls, with none of that. Works on {@link EmulatorRequest}, not on sockets.
 */
import { CONTROL_ROUTES } from "./controlRoutes";
import type { EmulatorRequest, EmulatorResponse } from "./exchange";
import type { ActiveFault } from "./faults";
import { generateRequestId } from "./ids";
import type { JsonValue } from "./json";
import { hasScope } from "./oauthTokens";
import {
    createInvalidTokenError,
    createMethodNotAllowedError,
    createNotFoundError,
    createPermissionError,
    createPriorityLockError,
    createRateLimitError,
    createStatusError,
    OktaError,
} from "./oktaError";
import { buildRateLimitHeaders, type RateLimitStatus } from "./rateLimiter";
import { API_ROUTES, matchRoute, type ApiRoute, type RouteResult, type RouteScope } from "./routes";
import type { EmulatorRuntime } from "./runtime";

/** Answers one request and never rejects, e.g. a request for `GET /api/v1/policies` without `type` resolves to a 400 answer. */
export type RequestHandler = (request: EmulatorRequest) => Promise<EmulatorResponse>;

/**
 * The handler of one emulator, e.g. `await createRequestHandler(runtime)({ method: "GET", url: "/api/v1/policies?type=ACCESS_POLICY",
 * headers: { authorization: `SSWS ${runtime.apiToken}` }, body: "" })` → `{ status: 200, ... }`.
 */
export function createRequestHandler(
    runtime: EmulatorRuntime,
    routes: ApiRoute[] = API_ROUTES,
): RequestHandler {
    const lockedPolicies = new Set<string>();

    return async request => {
        const url = new URL(request.url, "http://emulator.invalid");
        const path = url.pathname;
        if (path.startsWith("/__emulator/")) {
            return handleControl(runtime, request, path);
        }
        if (!path.startsWith("/api/") && !path.startsWith("/oauth2/")) {
            return buildResponse(
                404,
                createNotFoundError(path, "Endpoint").toBody(),
                baseHeaders(runtime.limiter.peek()),
            );
        }
        const response = await handleApi(runtime, routes, lockedPolicies, request, url);
        runtime.log.record({
            method: request.method,
            path,
            query: Object.fromEntries(url.searchParams),
            status: response.dropConnection === true ? null : response.status,
            body: parseLoggedBody(request.body),
            retryCount: Number(request.headers["x-okta-retry-count"] ?? 0) || 0,
        });
        return response;
    };
}

async function handleApi(
    runtime: EmulatorRuntime,
    routes: ApiRoute[],
    lockedPolicies: Set<string>,
    request: EmulatorRequest,
    url: URL,
): Promise<EmulatorResponse> {
    const path = url.pathname;
    const rate = path.startsWith("/api/")
        ? runtime.limiter.take()
        : { allowed: true, status: runtime.limiter.peek() };
    const headers = baseHeaders(rate.status);
    let lockKey: string | undefined;
    let delayed = false;
    try {
        if (!rate.allowed) {
            throw createRateLimitError();
        }
        const match = matchRoute(routes, request.method, path);
        if (match === undefined) {
            throw createNotFoundError(path, "Endpoint");
        }
        if (match === "method") {
            throw createMethodNotAllowedError([
                `${request.method} ${path}: use another method for this path.`,
            ]);
        }
        if (match.route.scope !== undefined) {
            authenticate(runtime, request.headers.authorization, match.route.scope);
        }
        const fault = runtime.faults.take(request.method, path);
        if (match.route.locksPolicy === true) {
            if (lockedPolicies.has(match.params.policyId)) {
                throw createPriorityLockError();
            }
            lockKey = match.params.policyId;
            lockedPolicies.add(lockKey);
        }
        await sleep(runtime.settings.latencyMs + (fault?.delayMs ?? 0));
        delayed = true;
        if (fault?.status !== undefined && fault.apply !== true && fault.dropResponse !== true) {
            return buildFaultResponse(fault, headers);
        }
        const result = runRoute(runtime, match.route, match.params, request, url);
        if (fault?.dropResponse === true) {
            return { status: 0, headers: {}, body: "", dropConnection: true };
        }
        if (fault?.status !== undefined) {
            return buildFaultResponse(fault, headers);
        }
        return buildResponse(result.status, result.body, { ...headers, ...result.headers });
    } catch (error) {
        if (!delayed) {
            await sleep(runtime.settings.latencyMs);
        }
        const oktaError = error instanceof OktaError ? error : createStatusError(500);
        if (!(error instanceof OktaError)) {
            console.error("emulator: unexpected error", error);
        }
        return buildResponse(oktaError.status, oktaError.toBody(), headers);
    } finally {
        if (lockKey !== undefined) {
            lockedPolicies.delete(lockKey);
        }
    }
}

function runRoute(
    runtime: EmulatorRuntime,
    route: ApiRoute,
    params: Record<string, string>,
    request: EmulatorRequest,
    url: URL,
): RouteResult {
    try {
        return route.handle({
            params,
            query: url.searchParams,
            rawBody: request.body,
            orgUrl: runtime.orgUrl,
            requestOrigin:
                request.headers.host === undefined ? runtime.orgUrl : `http://${request.headers.host}`,
            store: runtime.store,
            tokens: runtime.tokens,
            tokenTtlSeconds: runtime.settings.tokenTtlSeconds,
        });
    } catch (error) {
        if (error instanceof OktaError) {
            return { status: error.status, body: error.toBody() as unknown as JsonValue };
        }
        throw error;
    }
}

function authenticate(runtime: EmulatorRuntime, authorization: string | undefined, scope: RouteScope): void {
    const [scheme, credential] = (authorization ?? "").split(/\s+/, 2);
    if (scheme === "SSWS" && credential === runtime.apiToken) {
        return;
    }
    const token =
        scheme === "Bearer" && credential !== undefined ? runtime.tokens.findValid(credential) : undefined;
    if (token === undefined) {
        throw createInvalidTokenError();
    }
    if (!hasScope(token.scopes, scope.family, scope.access)) {
        const needed =
            scope.access === "read"
                ? `okta.${scope.family}.read or okta.${scope.family}.manage`
                : `okta.${scope.family}.manage`;
        throw createPermissionError([
            `The access token of ${token.clientId} has the scopes ${token.scopes.join(" ")}; this request needs ${needed}. Grant the scope to the app and request it.`,
        ]);
    }
}

function buildFaultResponse(fault: ActiveFault, headers: Record<string, string>): EmulatorResponse {
    const status = fault.status ?? 500;
    const faultHeaders = { ...headers };
    if (status === 429) {
        faultHeaders["X-Rate-Limit-Remaining"] = "0";
        if (fault.resetInSeconds !== undefined) {
            faultHeaders["X-Rate-Limit-Reset"] = String(Math.floor(Date.now() / 1000) + fault.resetInSeconds);
        }
    }
    const omitted = (fault.omitHeaders ?? []).map(name => name.toLowerCase());
    for (const name of Object.keys(faultHeaders)) {
        if (omitted.includes(name.toLowerCase())) {
            delete faultHeaders[name];
        }
    }
    return buildResponse(status, createStatusError(status).toBody(), faultHeaders);
}

function handleControl(runtime: EmulatorRuntime, request: EmulatorRequest, path: string): EmulatorResponse {
    const routes = CONTROL_ROUTES.filter(candidate => candidate.path === path);
    const route = routes.find(candidate => candidate.method === request.method);
    const headers = baseHeaders(runtime.limiter.peek());
    if (route === undefined) {
        const problem =
            routes.length === 0 ? `${path} is not a control` : `${path} does not take ${request.method}`;
        return buildResponse(routes.length === 0 ? 404 : 405, { errors: [problem] }, headers);
    }
    let body: JsonValue = null;
    if (request.body.trim() !== "") {
        try {
            body = JSON.parse(request.body) as JsonValue;
        } catch (error) {
            return buildResponse(400, { errors: [`body: not JSON (${(error as Error).message})`] }, headers);
        }
    }
    const result = route.handle(runtime, body);
    return buildResponse(result.status, result.body, headers);
}

function baseHeaders(rate: RateLimitStatus): Record<string, string> {
    return {
        Date: new Date().toUTCString(),
        "X-Okta-Request-Id": generateRequestId(),
        ...buildRateLimitHeaders(rate),
    };
}

function buildResponse(status: number, body: unknown, headers: Record<string, string>): EmulatorResponse {
    if (status === 204 || body === undefined) {
        return { status, headers, body: "" };
    }
    return {
        status,
        headers: { "Content-Type": "application/json", ...headers },
        body: JSON.stringify(body),
    };
}

function parseLoggedBody(body: string): JsonValue {
    try {
        return body.trim() === "" ? null : (JSON.parse(body) as JsonValue);
    } catch {
        return null;
    }
}

function sleep(milliseconds: number): Promise<void> {
    return milliseconds > 0 ? new Promise(resolve => setTimeout(resolve, milliseconds)) : Promise.resolve();
}
