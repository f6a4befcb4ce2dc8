/**
 * Reading and writing `actions.selfServicePasswordReset.requirement.accessControl` on a PASSWORD rule's JSON,
 * leaving every other field as Okta sent it. Pure.
 */
import type { PasswordRule } from "./types";

/** Fields Okta sets on every answer and ignores in a replace: the body leaves them out. */
const RESPONSE_ONLY_FIELDS = ["_links", "_embedded", "created", "lastUpdated"];

/** The rule's value, or null when the field is absent, e.g. Okta's default rule → `"LEGACY"` in an org that never switched. */
export function readAccessControl(rule: PasswordRule): string | null {
    return rule.actions?.selfServicePasswordReset?.requirement?.accessControl ?? null;
}

/**
 * Why the field cannot be set on `rule`, or undefined, e.g. a rule without `actions.selfServicePasswordReset` →
 * `rule "Contractors" (0pr2) has no actions.selfServicePasswordReset, so self-service recovery is not configured on
 * it; add it in the password policy, or leave the rule out of ruleIds`.
 */
export function explainUnswitchableRule(rule: PasswordRule): string | undefined {
    const reset = rule.actions?.selfServicePasswordReset;
    if (typeof reset === "object" && reset !== null && !Array.isArray(reset)) return undefined;
    return (
        `rule "${rule.name}" (${rule.id}) has no actions.selfServicePasswordReset, so self-service recovery is not ` +
        "configured on it; add it in the password policy, or leave the rule out of ruleIds"
    );
}

/**
 * The PUT body that sets the field to `value` (removes it for `null`) and changes nothing else: the rule as read,
 * `priority`, `status`, `conditions` and unknown fields included, without the response-only fields (`_links`,
 * `_embedded`, `created`, `lastUpdated`). Sending the priority Okta gave the rule keeps the policy's order (its
 * priorities are sequential). E.g. `{ id: "0pr1", name: "Default Rule", priority: 1, actions: {
 * selfServicePasswordReset: { access: "ALLOW", requirement: { primary: { methods: ["email"] }, accessControl:
 * "LEGACY" } } }, _links: {...} }` with `"AUTH_POLICY"` gives the same without `_links` and with `accessControl:
 * "AUTH_POLICY"`. Call it on rules `explainUnswitchableRule` passes.
 */
export function withAccessControl(rule: PasswordRule, value: string | null): Record<string, unknown> {
    const body = structuredClone(rule) as PasswordRule;
    for (const field of RESPONSE_ONLY_FIELDS) delete body[field];
    const reset = body.actions!.selfServicePasswordReset!;
    const requirement = { ...reset.requirement };
    if (value === null) delete requirement.accessControl;
    else requirement.accessControl = value;
    reset.requirement = requirement;
    return body;
}
