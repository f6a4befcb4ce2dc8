/**
 * The Okta Management API routes the emulator serves, in one table: method, path pattern, the scope a Bearer token
 * needs, whether the route writes a policy's rules (and so takes the policy's priority lock), and the handler.
 * Handlers only map HTTP to {@link OrgStore} calls and render the result.
 */
import { isJsonObject, type JsonObject, type JsonValue } from "./json";
import { createMalformedBodyError, createNotFoundError, createValidationError } from "./oktaError";
import type { OrgStore } from "./orgStore";
import { exchangeClientCredentials, type TokenIssuer } from "./oauthTokens";
import { buildLinkHeader, paginate } from "./pagination";
import { renderGroup, renderPolicy, renderRule, renderZone } from "./rendering";

/** Policy types the list call accepts in `type`. */
export const POLICY_TYPES = [
    "ACCESS_POLICY",
    "ENTITY_RISK",
    "IDP_DISCOVERY",
    "MFA_ENROLL",
    "OKTA_SIGN_ON",
    "PASSWORD",
    "POST_AUTH_SESSION",
    "PROFILE_ENROLLMENT",
    "DEVICE_SIGNAL_COLLECTION",
    "SESSION_VIOLATION_DETECTION",
    "CLIENT_UPDATE",
    "IDENTITY_CLAIM_SOURCING",
];

/** What a route handler gets, e.g. `params.policyId` from `/api/v1/policies/:policyId`. */
export interface RouteContext {
    params: Record<string, string>;
    query: URLSearchParams;
    /** The raw request body. */
    rawBody: string;
    /** The org URL, e.g. `"http://127.0.0.1:8080"`, for links. */
    orgUrl: string;
    /** The origin the client addressed (from its Host header), e.g. `"http://localhost:8080"`. */
    requestOrigin: string;
    store: OrgStore;
    tokens: TokenIssuer;
    tokenTtlSeconds: number;
}

/** What a route answers, e.g. `{ status: 200, body: {...}, headers: { Link: "<...>; rel=\"self\"" } }`; no body for 204. */
export interface RouteResult {
    status: number;
    body?: JsonValue;
    headers?: Record<string, string>;
}

/** The scope family a route belongs to and whether it reads or writes, e.g. `{ family: "policies", access: "read" }`. */
export interface RouteScope {
    family: "policies" | "groups" | "networkZones";
    access: "read" | "manage";
}

/** One route, e.g. `{ method: "GET", pattern: "/api/v1/policies/:policyId", scope: {...}, handle }`. */
export interface ApiRoute {
    method: string;
    /** Path with `:name` placeholders for one segment each. */
    pattern: string;
    /** Scope a Bearer token needs; `undefined` for routes without API authentication (the token endpoint). */
    scope?: RouteScope;
    /** Writes to the rules of `params.policyId`: refused with 423 while another such write is in flight. */
    locksPolicy?: boolean;
    handle(context: RouteContext): RouteResult;
}

const read = (family: RouteScope["family"]): RouteScope => ({ family, access: "read" });
const manage = (family: RouteScope["family"]): RouteScope => ({ family, access: "manage" });

/** Every API route the emulator serves, e.g. `{ method: "DELETE", pattern: "/api/v1/policies/:policyId/rules/:ruleId", locksPolicy: true, ... }`. */
export const API_ROUTES: ApiRoute[] = [
    { method: "GET", pattern: "/api/v1/policies", scope: read("policies"), handle: listPolicies },
    {
        method: "GET",
        pattern: "/api/v1/policies/:policyId",
        scope: read("policies"),
        handle: ({ params, store, orgUrl }) =>
            ok(renderPolicy(store.getPolicy(params.policyId), orgUrl, false)),
    },
    ...["PUT", "DELETE"].map(method => ({
        method,
        pattern: "/api/v1/policies/:policyId",
        scope: manage("policies"),
        handle: ({ params, store }: RouteContext): RouteResult => {
            throw store.refusePolicyWrite(params.policyId, method);
        },
    })),
    {
        method: "POST",
        pattern: "/api/v1/policies/:policyId/lifecycle/:action",
        scope: manage("policies"),
        handle: ({ params, store }) => {
            throw store.refusePolicyWrite(params.policyId, `POST lifecycle/${params.action}`);
        },
    },
    {
        method: "GET",
        pattern: "/api/v1/policies/:policyId/rules",
        scope: read("policies"),
        handle: listRules,
    },
    {
        method: "POST",
        pattern: "/api/v1/policies/:policyId/rules",
        scope: manage("policies"),
        locksPolicy: true,
        handle: context => {
            const activate = parseActivate(context.query.get("activate"));
            const rule = context.store.createRule(context.params.policyId, parseBody(context), activate);
            return ok(renderRule(rule, context.orgUrl));
        },
    },
    {
        method: "GET",
        pattern: "/api/v1/policies/:policyId/rules/:ruleId",
        scope: read("policies"),
        handle: ({ params, store, orgUrl }) =>
            ok(renderRule(store.getRule(params.policyId, params.ruleId), orgUrl)),
    },
    {
        method: "PUT",
        pattern: "/api/v1/policies/:policyId/rules/:ruleId",
        scope: manage("policies"),
        locksPolicy: true,
        handle: context => {
            const { policyId, ruleId } = context.params;
            return ok(
                renderRule(context.store.replaceRule(policyId, ruleId, parseBody(context)), context.orgUrl),
            );
        },
    },
    {
        method: "DELETE",
        pattern: "/api/v1/policies/:policyId/rules/:ruleId",
        scope: manage("policies"),
        locksPolicy: true,
        handle: ({ params, store }) => {
            store.deleteRule(params.policyId, params.ruleId);
            return { status: 204 };
        },
    },
    {
        method: "POST",
        pattern: "/api/v1/policies/:policyId/rules/:ruleId/lifecycle/:action",
        scope: manage("policies"),
        locksPolicy: true,
        handle: ({ params, store }) => {
            store.setRuleStatus(params.policyId, params.ruleId, parseLifecycle(params.action));
            return { status: 204 };
        },
    },
    {
        method: "GET",
        pattern: "/api/v1/groups",
        scope: read("groups"),
        handle: context =>
            paged(
                context,
                "/api/v1/groups",
                context.store.listGroups(context.query.get("q") ?? undefined),
                renderGroup,
            ),
    },
    {
        method: "POST",
        pattern: "/api/v1/groups",
        scope: manage("groups"),
        handle: context => ok(renderGroup(context.store.createGroup(parseBody(context)), context.orgUrl)),
    },
    {
        method: "GET",
        pattern: "/api/v1/groups/:groupId",
        scope: read("groups"),
        handle: ({ params, store, orgUrl }) => ok(renderGroup(store.getGroup(params.groupId), orgUrl)),
    },
    {
        method: "PUT",
        pattern: "/api/v1/groups/:groupId",
        scope: manage("groups"),
        handle: context =>
            ok(
                renderGroup(
                    context.store.replaceGroup(context.params.groupId, parseBody(context)),
                    context.orgUrl,
                ),
            ),
    },
    {
        method: "DELETE",
        pattern: "/api/v1/groups/:groupId",
        scope: manage("groups"),
        handle: ({ params, store }) => {
            store.deleteGroup(params.groupId);
            return { status: 204 };
        },
    },
    {
        method: "GET",
        pattern: "/api/v1/zones",
        scope: read("networkZones"),
        handle: context => paged(context, "/api/v1/zones", context.store.listZones(), renderZone),
    },
    {
        method: "POST",
        pattern: "/api/v1/zones",
        scope: manage("networkZones"),
        handle: context => ok(renderZone(context.store.createZone(parseBody(context)), context.orgUrl)),
    },
    {
        method: "GET",
        pattern: "/api/v1/zones/:zoneId",
        scope: read("networkZones"),
        handle: ({ params, store, orgUrl }) => ok(renderZone(store.getZone(params.zoneId), orgUrl)),
    },
    {
        method: "PUT",
        pattern: "/api/v1/zones/:zoneId",
        scope: manage("networkZones"),
        handle: context =>
            ok(
                renderZone(
                    context.store.replaceZone(context.params.zoneId, parseBody(context)),
                    context.orgUrl,
                ),
            ),
    },
    {
        method: "DELETE",
        pattern: "/api/v1/zones/:zoneId",
        scope: manage("networkZones"),
        handle: ({ params, store }) => {
            store.deleteZone(params.zoneId);
            return { status: 204 };
        },
    },
    {
        method: "POST",
        pattern: "/api/v1/zones/:zoneId/lifecycle/:action",
        scope: manage("networkZones"),
        handle: ({ params, store, orgUrl }) =>
            ok(renderZone(store.setZoneStatus(params.zoneId, parseLifecycle(params.action)), orgUrl)),
    },
    {
        method: "POST",
        pattern: "/oauth2/v1/token",
        handle: ({ rawBody, store, tokens, tokenTtlSeconds, orgUrl, requestOrigin }) =>
            exchangeClientCredentials(new URLSearchParams(rawBody), {
                findServiceApp: clientId => store.findServiceApp(clientId),
                audiences: [`${orgUrl}/oauth2/v1/token`, `${requestOrigin}/oauth2/v1/token`],
                ttlSeconds: tokenTtlSeconds,
                issuer: tokens,
                nowSeconds: Math.floor(Date.now() / 1000),
            }),
    },
];

/**
 * The route for a method and path with its parameters, `"method"` when the path exists under another method only,
 * or `undefined`. E.g. `matchRoute(API_ROUTES, "GET", "/api/v1/policies/rst1")` → `{ route, params: { policyId: "rst1" } }`.
 */
export function matchRoute(
    routes: ApiRoute[],
    method: string,
    path: string,
): { route: ApiRoute; params: Record<string, string> } | "method" | undefined {
    let pathKnown = false;
    for (const route of routes) {
        const params = matchPattern(route.pattern, path);
        if (params === undefined) {
            continue;
        }
        if (route.method === method) {
            return { route, params };
        }
        pathKnown = true;
    }
    return pathKnown ? "method" : undefined;
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
    const expected = pattern.split("/");
    const actual = path.split("/");
    if (expected.length !== actual.length) {
        return undefined;
    }
    const params: Record<string, string> = {};
    for (let index = 0; index < expected.length; index += 1) {
        if (expected[index].startsWith(":")) {
            if (actual[index] === "") {
                return undefined;
            }
            params[expected[index].slice(1)] = decodeURIComponent(actual[index]);
        } else if (expected[index] !== actual[index]) {
            return undefined;
        }
    }
    return params;
}

function listPolicies(context: RouteContext): RouteResult {
    const type = context.query.get("type");
    if (type === null || !POLICY_TYPES.includes(type)) {
        throw createValidationError([
            {
                field: "type",
                message: `${type === null ? "The field cannot be left blank" : `'${type}' is not a policy type`}; send ?type= one of ${POLICY_TYPES.join(", ")}.`,
            },
        ]);
    }
    const policies = context.store.listPolicies({
        type,
        status: context.query.get("status") ?? undefined,
        q: context.query.get("q") ?? undefined,
    });
    return paged(context, "/api/v1/policies", policies, (policy, orgUrl) =>
        renderPolicy(policy, orgUrl, true),
    );
}

function listRules(context: RouteContext): RouteResult {
    const policyId = context.params.policyId;
    const rules = context.store.listRules(policyId);
    return paged(context, `/api/v1/policies/${encodeURIComponent(policyId)}/rules`, rules, renderRule);
}

function paged<T>(
    context: RouteContext,
    path: string,
    items: T[],
    render: (item: T, orgUrl: string) => JsonObject,
): RouteResult {
    const limit = parseLimit(context.query.get("limit"));
    const rendered = items.map(item => render(item, context.orgUrl));
    const page = paginate(rendered, item => String(item.id), limit, context.query.get("after") ?? undefined);
    return {
        status: 200,
        body: page.items,
        headers: { Link: buildLinkHeader(`${context.orgUrl}${path}`, context.query, page.nextCursor) },
    };
}

function parseLimit(value: string | null): number | undefined {
    if (value === null || value === "-1") {
        return undefined;
    }
    const limit = Number(value);
    if (!Number.isInteger(limit) || limit < 1) {
        throw createValidationError([
            { field: "limit", message: `'${value}' is not a page size; send a whole number of 1 or more.` },
        ]);
    }
    return limit;
}

function parseActivate(value: string | null): boolean {
    if (value === null || value === "true") {
        return true;
    }
    if (value === "false") {
        return false;
    }
    throw createValidationError([
        { field: "activate", message: `'${value}' is not a boolean; send activate=true or activate=false.` },
    ]);
}

function parseLifecycle(action: string): "ACTIVE" | "INACTIVE" {
    if (action === "activate") {
        return "ACTIVE";
    }
    if (action === "deactivate") {
        return "INACTIVE";
    }
    throw createNotFoundError(`lifecycle/${action}`, "Endpoint");
}

function parseBody(context: RouteContext): JsonObject {
    let parsed: unknown;
    try {
        parsed = JSON.parse(context.rawBody);
    } catch (error) {
        throw createMalformedBodyError((error as Error).message);
    }
    if (!isJsonObject(parsed)) {
        throw createMalformedBodyError(
            `the body is ${Array.isArray(parsed) ? "an array" : String(parsed)}; send a JSON object.`,
        );
    }
    return parsed;
}

function ok(body: JsonObject): RouteResult {
    return { status: 200, body };
}
