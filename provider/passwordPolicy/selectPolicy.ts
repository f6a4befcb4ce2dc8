/**
 * Picks the PASSWORD policy a `PasswordRecoveryAccessControl` works on out of the org's PASSWORD policies. Pure.
 */
import type { OktaPolicy } from "../rule/types";

/** The chosen policy, or why there is none, e.g. `{ problem: 'policyId "00p9" is not a PASSWORD policy of ...' }`. */
export type PasswordPolicySelection = { policy: OktaPolicy } | { problem: string };

/**
 * The policy `policyId` names, or the org's default password policy (`system: true`) when it is undefined, e.g.
 * `selectPasswordPolicy([defaultPolicy, contractors], undefined)` → `{ policy: defaultPolicy }`. `policies` is the
 * list `GET /api/v1/policies?type=PASSWORD` returns.
 */
export function selectPasswordPolicy(
    policies: OktaPolicy[],
    policyId: string | undefined,
): PasswordPolicySelection {
    const known =
        policies.map(p => `"${p.name}" (${p.id}${p.system ? ", the default" : ""})`).join(", ") || "none";
    if (policyId === undefined) {
        const fallback = policies.find(p => p.system);
        if (fallback) return { policy: fallback };
        return {
            problem:
                `the org has no default password policy (a PASSWORD policy with system: true); its PASSWORD ` +
                `policies: ${known}; set policyId to one of them`,
        };
    }
    const found = policies.find(p => p.id === policyId);
    if (found) return { policy: found };
    return {
        problem:
            `policyId "${policyId}" is not a PASSWORD policy of this org; its PASSWORD policies: ${known}; ` +
            "use one of these ids, or omit policyId for the default password policy",
    };
}
