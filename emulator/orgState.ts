/**
 * The whole emulated org as plain data: what the state file holds and what `GET /__emulator/state` returns.
 * Objects are kept in Okta's JSON shape without `_links`, which are added when a response is rendered.
 */
import type { JsonObject } from "./json";

/** What kind of policy a stored policy is, e.g. `"accountManagement"`; it decides its links, its rule semantics and whether it can be written. */
export type PolicyKind = "accountManagement" | "appSignOn" | "password";

/** A policy, e.g. `{ kind: "accountManagement", body: { id: "rst...", name: "Okta Account Management Policy", ... } }`. */
export interface StoredPolicy {
    kind: PolicyKind;
    body: JsonObject;
}

/** A rule and the policy it belongs to, e.g. `{ policyId: "rst...", body: { id: "rul...", priority: 0, ... } }`. */
export interface StoredRule {
    policyId: string;
    body: JsonObject;
}

/** An OAuth 2.0 service app allowed to get tokens, e.g. `{ clientId: "0oa...", publicKeyPem: "-----BEGIN PUBLIC KEY...", scopes: ["okta.policies.read"] }`. */
export interface ServiceApp {
    clientId: string;
    publicKeyPem: string;
    scopes: string[];
}

/** The org, e.g. `{ policies: [...4], rules: [...4], groups: [Everyone], zones: [...4], serviceApps: [] }` when freshly seeded. */
export interface OrgState {
    policies: StoredPolicy[];
    rules: StoredRule[];
    groups: JsonObject[];
    zones: JsonObject[];
    serviceApps: ServiceApp[];
}
