/**
 * Turns stored objects into the JSON Okta answers with: keys in Okta's order and `_links` that match the object's
 * status and kind, with absolute hrefs under the org URL. Pure.
 */
import type { JsonObject } from "./json";
import type { PolicyKind, StoredPolicy, StoredRule } from "./orgState";

const RULE_KEY_ORDER = [
    "id",
    "status",
    "name",
    "priority",
    "created",
    "lastUpdated",
    "system",
    "conditions",
    "actions",
];
const POLICY_KEY_ORDER = [
    "id",
    "status",
    "name",
    "description",
    "priority",
    "system",
    "conditions",
    "created",
    "lastUpdated",
];

/** `resourceType` per policy kind, as the list call shows it in `_embedded`; password policies have none. */
export const RESOURCE_TYPES: Record<PolicyKind, string | undefined> = {
    accountManagement: "END_USER_ACCOUNT_MANAGEMENT",
    appSignOn: "APP",
    password: undefined,
};

/**
 * A rule as Okta returns it, e.g. an ACTIVE rule gets `_links.self` (GET, PUT, DELETE) and `_links.deactivate`
 * (POST); a system rule gets `_links.self` (GET, PUT) only. `orgUrl` is like `"http://127.0.0.1:8080"`.
 */
export function renderRule(rule: StoredRule, orgUrl: string): JsonObject {
    const body = rule.body;
    const self = `${orgUrl}/api/v1/policies/${rule.policyId}/rules/${String(body.id)}`;
    let links: JsonObject;
    if (body.system === true) {
        links = { self: link(self, ["GET", "PUT"]) };
    } else if (body.status === "ACTIVE") {
        links = {
            self: link(self, ["GET", "PUT", "DELETE"]),
            deactivate: link(`${self}/lifecycle/deactivate`, ["POST"]),
        };
    } else {
        links = {
            activate: link(`${self}/lifecycle/activate`, ["POST"]),
            self: link(self, ["GET", "PUT", "DELETE"]),
        };
    }
    return {
        ...orderKeys(body, RULE_KEY_ORDER, ["type"]),
        _links: links,
        type: body.type ?? "ACCESS_POLICY",
    };
}

/**
 * A policy as Okta returns it. `embedded` adds `_embedded.resourceType` to ACCESS_POLICY policies, as the list call
 * does (GET by id omits it). E.g. the account management policy gets `_links.self` (GET) and `_links.rules` (GET, POST).
 */
export function renderPolicy(policy: StoredPolicy, orgUrl: string, embedded: boolean): JsonObject {
    const body = policy.body;
    const self = `${orgUrl}/api/v1/policies/${String(body.id)}`;
    const rules = link(`${self}/rules`, ["GET", "POST"]);
    let links: JsonObject;
    if (policy.kind === "accountManagement") {
        links = { self: link(self, ["GET"]), rules };
    } else if (body.system === true) {
        links = { self: link(self, ["GET", "PUT"]), rules };
    } else {
        links = {
            mappings: link(`${self}/mappings`, ["GET", "POST"]),
            self: link(self, ["GET", "PUT", "DELETE"]),
            rules,
            deactivate: link(`${self}/lifecycle/deactivate`, ["POST"]),
        };
    }
    const resourceType = RESOURCE_TYPES[policy.kind];
    const rendered: JsonObject = { ...orderKeys(body, POLICY_KEY_ORDER, ["type"]), _links: links };
    if (embedded && resourceType !== undefined) {
        rendered._embedded = { resourceType };
    }
    rendered.type = body.type ?? null;
    return rendered;
}

/** A network zone with `_links`: ACTIVE → `self` then `deactivate`; INACTIVE → `activate` then `self`. */
export function renderZone(zone: JsonObject, orgUrl: string): JsonObject {
    const self = `${orgUrl}/api/v1/zones/${String(zone.id)}`;
    const selfLink = link(self, ["GET", "PUT", "DELETE"]);
    const links: JsonObject =
        zone.status === "ACTIVE"
            ? { self: selfLink, deactivate: link(`${self}/lifecycle/deactivate`, ["POST"]) }
            : { activate: link(`${self}/lifecycle/activate`, ["POST"]), self: selfLink };
    return { ...zone, _links: links };
}

/** A group with Okta's `_links` (logo, users, apps). */
export function renderGroup(group: JsonObject, orgUrl: string): JsonObject {
    const self = `${orgUrl}/api/v1/groups/${String(group.id)}`;
    return {
        ...group,
        _links: {
            logo: [
                { name: "medium", href: `${orgUrl}/img/logos/groups/okta-medium.png`, type: "image/png" },
                { name: "large", href: `${orgUrl}/img/logos/groups/okta-large.png`, type: "image/png" },
            ],
            users: { href: `${self}/users` },
            apps: { href: `${self}/apps` },
        },
    };
}

function link(href: string, allow: string[]): JsonObject {
    return { href, hints: { allow } };
}

function orderKeys(body: JsonObject, first: string[], omit: string[]): JsonObject {
    const ordered: JsonObject = {};
    for (const key of first) {
        if (body[key] !== undefined) {
            ordered[key] = body[key];
        }
    }
    for (const [key, value] of Object.entries(body)) {
        if (!first.includes(key) && !omit.includes(key)) {
            ordered[key] = value;
        }
    }
    return ordered;
}
