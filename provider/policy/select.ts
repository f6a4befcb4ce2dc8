/**
 * Picks the account management policy out of an org's ACCESS_POLICY list, and explains why a given policy id is
 * not it. Pure.
 */
import type { OktaPolicy } from "../rule/types";

/** `_embedded.resourceType` of the account management policy (app sign-in policies have `"APP"`). */
export const ACCOUNT_MANAGEMENT_RESOURCE_TYPE = "END_USER_ACCOUNT_MANAGEMENT";

/** The policy's read-only name, used only when Okta does not say the resource type. */
export const ACCOUNT_MANAGEMENT_POLICY_NAME = "Okta Account Management Policy";

/**
 * The account management policy among ACCESS_POLICY policies, by `_embedded.resourceType`, else by its name when no
 * policy carries a resource type; undefined when the org has none. E.g. `[anyTwoFactors, oamp]` → `oamp`.
 */
export function selectAccountManagementPolicy(policies: OktaPolicy[]): OktaPolicy | undefined {
    const byType = policies.find(p => p._embedded?.resourceType === ACCOUNT_MANAGEMENT_RESOURCE_TYPE);
    if (byType) return byType;
    if (policies.some(p => p._embedded?.resourceType !== undefined)) return undefined;
    return policies.find(p => p.name === ACCOUNT_MANAGEMENT_POLICY_NAME);
}

/** The message for an org without the policy (a Classic org, or the feature is off). */
export function describeMissingPolicy(orgUrl: string): string {
    return (
        `${orgUrl} has no Okta account management policy (an ACCESS_POLICY with _embedded.resourceType ` +
        `${ACCOUNT_MANAGEMENT_RESOURCE_TYPE}). It exists only in Identity Engine orgs with the feature on: ` +
        "turn it on in the Admin Console (Security > Authentication Policies), or point the stack at another org."
    );
}

/**
 * Why rules must not be written into `policyId`, or undefined when it is the account management policy, e.g. an
 * app sign-in policy's id → `policyId "rst2" is "Any two factors", an app sign-in policy (resourceType APP), not ...`.
 */
export function explainWrongPolicy(policies: OktaPolicy[], policyId: string): string | undefined {
    const target = selectAccountManagementPolicy(policies);
    if (target?.id === policyId) return undefined;
    const found = policies.find(p => p.id === policyId);
    const hint = target
        ? `use the account management policy "${target.id}", or omit policyId to have it found for you`
        : "this org has no account management policy";
    if (!found) {
        return `policyId "${policyId}" is not an ACCESS_POLICY of this org (no such policy, or another type such as PASSWORD); ${hint}`;
    }
    const kind = found._embedded?.resourceType ?? "unknown";
    return `policyId "${policyId}" is "${found.name}", an app sign-in policy (resourceType ${kind}), not the account management policy; ${hint}`;
}
