/**
 * Which rules of a PASSWORD policy a `PasswordRecoveryAccessControl` manages, and its resource id. Pure.
 */
import type { PasswordRule } from "./types";

/** The rules to manage and the declared ids the policy does not hold, e.g. `{ rules: [rule1], missing: ["0pr9"] }`. */
export interface TargetRules {
    rules: PasswordRule[];
    missing: string[];
}

/**
 * The policy's rules to manage: all of them when `ruleIds` is undefined, else those listed (in the policy's order),
 * with the listed ids it does not hold, e.g. rules `[0pr1, 0pr2]` and ids `["0pr2", "0pr9"]` give
 * `{ rules: [0pr2], missing: ["0pr9"] }`.
 */
export function selectTargetRules(policyRules: PasswordRule[], ruleIds: string[] | undefined): TargetRules {
    if (ruleIds === undefined) return { rules: policyRules, missing: [] };
    const held = new Set(policyRules.map(rule => rule.id));
    return {
        rules: policyRules.filter(rule => ruleIds.includes(rule.id)),
        missing: ruleIds.filter(id => !held.has(id)),
    };
}

/**
 * The resource id: the policy id when every rule is managed, else the policy id and the sorted rule ids, e.g.
 * `buildResourceId("00p1", ["0pr2", "0pr1"])` is `"00p1:0pr1,0pr2"`, `buildResourceId("00p1", undefined)` is `"00p1"`.
 */
export function buildResourceId(policyId: string, ruleIds: string[] | undefined): string {
    return ruleIds === undefined ? policyId : `${policyId}:${[...ruleIds].sort().join(",")}`;
}
