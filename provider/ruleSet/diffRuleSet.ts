/**
 * `diff` of an `AccountManagementPolicyRules`: the recorded state against the declared list, by meaning, with no
 * API call. Pure.
 */
import { diffRule, type RuleDiff } from "../rule/diff";
import { isAbsent } from "../rule/plainJson";
import { isUnknown } from "../rule/unknownValue";
import type {
    AccountManagementPolicyRulesInputs,
    AccountManagementPolicyRulesOutputs,
} from "./ruleSetInputs";
import { findTargetSlots } from "./targetSlots";

/**
 * What differs, e.g. a set recorded as [A at 0, B at 1] and declared as [B, A] → `{ changes: true, replaces: [],
 * changedPaths: ["rules"] }` (membership or order), and one whose rule 1 has new actions → `changedPaths:
 * ["rules[1].actions.appSignOn.verificationMethod"]`. A rule not at the priority its position calls for (e.g.
 * pushed by a rule written outside the set and seen by refresh) gives `rules[i].priority`; a changed
 * `foreignRules` gives `foreignRules`; with `"remove"`, recorded foreign rules give `foreignRulesFound`. Another
 * `policyId` replaces the set.
 */
export function diffRuleSet(
    olds: AccountManagementPolicyRulesOutputs,
    news: AccountManagementPolicyRulesInputs,
): RuleDiff {
    const changed: string[] = [];
    const replaces: string[] = [];
    if (!isAbsent(news.policyId) && news.policyId !== olds.policyId) {
        changed.push("policyId");
        if (!isUnknown(news.policyId)) replaces.push("policyId");
    }
    const mode = news.foreignRules ?? "report";
    if (mode !== olds.foreignRules) changed.push("foreignRules");
    const recorded = olds.rules ?? [];
    const declared = Array.isArray(news.rules) ? news.rules : undefined;
    if (
        !declared ||
        declared.length !== recorded.length ||
        declared.some((e, i) => e.name !== recorded[i].name)
    ) {
        changed.push("rules");
    } else {
        declared.forEach((entry, index) => {
            const paths = diffRule(recorded[index], { ...entry }).changedPaths;
            changed.push(...paths.map(path => `rules[${index}].${path}`));
        });
        const held = (olds.foreignRulesFound ?? []).map(rule => rule.priority);
        let targets: number[] | undefined;
        try {
            targets = findTargetSlots(recorded.length, held, mode);
        } catch {
            targets = undefined;
        }
        recorded.forEach((rule, index) => {
            if (rule.priority !== targets?.[index]) changed.push(`rules[${index}].priority`);
        });
    }
    if (mode === "remove" && (olds.foreignRulesFound ?? []).length > 0) changed.push("foreignRulesFound");
    return { changes: changed.length > 0, replaces, changedPaths: changed };
}
