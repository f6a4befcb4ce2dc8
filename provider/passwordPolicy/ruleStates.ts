/**
 * The per-rule state a `PasswordRecoveryAccessControl` records: what each rule holds now and what it held before
 * the resource changed it. Pure.
 */
import { readAccessControl } from "./accessControlField";
import type { RuleAccessControlState } from "./inputs";
import type { PasswordRule } from "./types";

/**
 * Each rule's state, its earlier value taken from `recorded` when the rule is there, else its value now (the
 * resource has not changed it yet), e.g. a rule now at `"AUTH_POLICY"` recorded with previous `"LEGACY"` gives
 * `{ id, name, accessControl: "AUTH_POLICY", previousAccessControl: "LEGACY" }`.
 */
export function describeRuleStates(
    rules: PasswordRule[],
    recorded: RuleAccessControlState[],
): RuleAccessControlState[] {
    const earlier = new Map(recorded.map(state => [state.id, state.previousAccessControl]));
    return rules.map(rule => {
        const now = readAccessControl(rule);
        return {
            id: rule.id,
            name: rule.name,
            accessControl: now,
            previousAccessControl: earlier.has(rule.id) ? earlier.get(rule.id)! : now,
        };
    });
}

/**
 * The recorded rules whose value the resource changed (their earlier value is not the one it set), which delete
 * writes back, e.g. with `applied: "AUTH_POLICY"`, a rule previously `"LEGACY"` is returned and one previously
 * `"AUTH_POLICY"` (left as it was) is not.
 */
export function findRulesToRestore(
    recorded: RuleAccessControlState[],
    applied: string,
): RuleAccessControlState[] {
    return recorded.filter(state => state.previousAccessControl !== applied);
}
