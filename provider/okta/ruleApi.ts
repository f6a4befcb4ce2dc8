/**
 * Okta's Policy API endpoints this package uses, over `OktaApi`, with raw JSON in and out so that no field is
 * lost. Each function is one HTTP call (plus pages for lists, and retries inside `OktaApi`).
 */
import type { OktaPolicy, OktaRule, RuleBody, RuleStatus } from "../rule/types";
import { OktaRequestError } from "./errors";
import type { OktaApi } from "./oktaApi";

/** The path of a policy's rules, or of one rule, e.g. `/api/v1/policies/rst1/rules/rul1`. */
export function rulePath(policyId: string, ruleId?: string): string {
    const base = `/api/v1/policies/${encodeURIComponent(policyId)}/rules`;
    return ruleId === undefined ? base : `${base}/${encodeURIComponent(ruleId)}`;
}

/** All policies of a type, e.g. `listPolicies(api, "ACCESS_POLICY")` (the list carries `_embedded.resourceType`). */
export function listPolicies(api: OktaApi, type: string): Promise<OktaPolicy[]> {
    return api.list<OktaPolicy>("/api/v1/policies", { type });
}

/** All rules of a policy in Okta's order (by priority, the catch-all last). */
export function listRules(api: OktaApi, policyId: string): Promise<OktaRule[]> {
    return api.list<OktaRule>(rulePath(policyId));
}

/** One rule, or undefined when Okta answers 404 (deleted outside the stack). */
export async function getRule(api: OktaApi, policyId: string, ruleId: string): Promise<OktaRule | undefined> {
    try {
        return (await api.request<OktaRule>("GET", rulePath(policyId, ruleId))).body;
    } catch (error) {
        if (error instanceof OktaRequestError && error.status === 404) return undefined;
        throw error;
    }
}

/** Creates a rule in one call; `activate: false` creates it INACTIVE. Not retried after an ambiguous failure. */
export async function createRule(
    api: OktaApi,
    policyId: string,
    body: RuleBody,
    activate: boolean,
): Promise<OktaRule> {
    const response = await api.request<OktaRule>("POST", rulePath(policyId), {
        body,
        query: { activate: String(activate) },
        idempotent: false,
    });
    return response.body;
}

/**
 * Replaces a rule (PUT, full replace) and returns it as Okta now has it. A body with a priority is not repeated
 * after an ambiguous failure: a rule that re-sends the priority it already holds pushes the rule below it down.
 */
export async function replaceRule(
    api: OktaApi,
    policyId: string,
    ruleId: string,
    body: RuleBody,
): Promise<OktaRule> {
    const idempotent = body.priority === undefined;
    return (await api.request<OktaRule>("PUT", rulePath(policyId, ruleId), { body, idempotent })).body;
}

/** Deletes a rule; returns false when it was already gone (404), which counts as success. */
export async function deleteRule(api: OktaApi, policyId: string, ruleId: string): Promise<boolean> {
    try {
        await api.request("DELETE", rulePath(policyId, ruleId));
        return true;
    } catch (error) {
        if (error instanceof OktaRequestError && error.status === 404) return false;
        throw error;
    }
}

/** Activates or deactivates a rule through its lifecycle endpoint (204, empty). */
export async function setRuleStatus(
    api: OktaApi,
    policyId: string,
    ruleId: string,
    status: RuleStatus,
): Promise<void> {
    const verb = status === "ACTIVE" ? "activate" : "deactivate";
    await api.request("POST", `${rulePath(policyId, ruleId)}/lifecycle/${verb}`, { idempotent: true });
}
