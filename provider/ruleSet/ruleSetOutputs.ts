/**
 * The state recorded for a rule set, what a refresh reports as its inputs, and the drift a refresh finds. Pure.
 */
import { diffRule } from "../rule/diff";
import { toRuleInputs, toRuleOutputs } from "../rule/outputs";
import type { OktaRule } from "../rule/types";
import type {
    AccountManagementPolicyRulesInputs,
    AccountManagementPolicyRulesOutputs,
    ForeignRuleState,
    ForeignRulesMode,
    OwnedRuleState,
    RuleSetEntry,
} from "./ruleSetInputs";

/**
 * A rule the set owns as Okta returned it, with its id and the entry's `suppressChecks`, e.g. `{ id: "rul1", name:
 * "Enroll", priority: 0, status: "ACTIVE", ..., policyId: "rst1", suppressChecks: ["G07"] }`.
 */
export function toOwnedRuleState(
    rule: OktaRule,
    policyId: string,
    suppressChecks?: string[],
): OwnedRuleState {
    return { id: rule.id, ...toRuleOutputs(rule, policyId, { suppressChecks }) };
}

/** A rule the set does not own, e.g. `{ id: "rul7", name: "Legacy", priority: 4, status: "ACTIVE" }`. */
function toForeignRuleState(rule: OktaRule): ForeignRuleState {
    return { id: rule.id, name: rule.name, priority: rule.priority, status: rule.status };
}

/**
 * The set's state: `owned` in list order, `foreign` by priority, e.g. `{ policyId: "rst1", foreignRules: "report",
 * rules: [...], foreignRulesFound: [{ id: "rul7", name: "Legacy", priority: 2, status: "ACTIVE" }], drift: [] }`.
 */
export function toRuleSetOutputs(
    policyId: string,
    mode: ForeignRulesMode,
    owned: readonly OwnedRuleState[],
    foreign: readonly OktaRule[],
    drift: readonly string[],
): AccountManagementPolicyRulesOutputs {
    return {
        policyId,
        foreignRules: mode,
        rules: [...owned],
        foreignRulesFound: [...foreign].sort((a, b) => a.priority - b.priority).map(toForeignRuleState),
        drift: [...drift],
    };
}

/**
 * The inputs a refresh reports: the owned rules' input fields as Okta now has them, in list order, e.g. `{
 * policyId: "rst1", foreignRules: "report", rules: [{ name: "Enroll", status: "ACTIVE", conditions: {...},
 * actions: {...} }] }`.
 */
export function toRuleSetInputs(
    outputs: AccountManagementPolicyRulesOutputs,
): AccountManagementPolicyRulesInputs {
    const rules = outputs.rules.map(rule => {
        const { policyId: _policyId, priority: _priority, adopt: _adopt, ...entry } = toRuleInputs(rule);
        return entry as RuleSetEntry;
    });
    return { policyId: outputs.policyId, foreignRules: outputs.foreignRules, rules };
}

/**
 * What changed outside the stack since `recorded`, given the policy's rules as now listed, one sentence each, e.g.
 * `['rule "Enroll" (rul1) changed outside the stack: actions.appSignOn.verificationMethod, priority', 'rule
 * "Legacy" (rul7) appeared at priority 1; the set does not own it (foreignRules: "report")']`. Covers owned rules
 * changed (by meaning, priority included) or deleted, and foreign rules added.
 */
export function describeDrift(
    recorded: AccountManagementPolicyRulesOutputs,
    rules: readonly OktaRule[],
): string[] {
    const byId = new Map(rules.map(rule => [rule.id, rule]));
    const drift: string[] = [];
    for (const owned of recorded.rules) {
        const now = byId.get(owned.id);
        if (!now) {
            drift.push(`rule "${owned.name}" (${owned.id}) was deleted outside the stack`);
            continue;
        }
        const { changedPaths } = diffRule(owned, toRuleInputs(toRuleOutputs(now, recorded.policyId, {})));
        const changes = changedPaths.filter(path => path !== "suppressChecks");
        if (changes.length > 0) {
            drift.push(`rule "${owned.name}" (${owned.id}) changed outside the stack: ${changes.join(", ")}`);
        }
    }
    const known = new Set([...recorded.rules, ...recorded.foreignRulesFound].map(rule => rule.id));
    for (const rule of rules) {
        if (rule.system === true || known.has(rule.id)) continue;
        drift.push(
            `rule "${rule.name}" (${rule.id}) appeared at priority ${rule.priority}; the set does not own it ` +
                `(foreignRules: "${recorded.foreignRules}")`,
        );
    }
    return drift;
}
