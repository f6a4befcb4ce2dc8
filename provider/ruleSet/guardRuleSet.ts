/**
 * The lockout guard's part of the set's `check`: error findings on the whole ordered list become check failures,
 * so that `pulumi preview` refuses a rule set that locks users out. Pure.
 */
import type { CheckFailure } from "@pulumi/pulumi/dynamic";
import { guardAll } from "../guard/guardPolicy";
import { isUnknown } from "../rule/unknownValue";
import type { RuleSetEntry } from "./ruleSetInputs";

/**
 * The error findings of `guardAll` on the rules in list order (each rule's own checks and the whole-policy ones,
 * Okta's default catch-all assumed below them), minus what each rule silences with `suppressChecks`, as failures
 * at the finding's rule, e.g. a recovery rule at position 2 that needs the password being recovered → `[{
 * property: "rules[2].actions.appSignOn.verificationMethod.constraints", reason: "[G03] Rule \"Recovery\" ..." }]`.
 * A finding on no rule of the list (e.g. on the catch-all) is reported at `rules`. None while any value is unknown
 * (preview before other resources exist).
 */
export function findRuleSetGuardFailures(rules: readonly RuleSetEntry[]): CheckFailure[] {
    if (containsUnknown(rules)) return [];
    return guardAll(rules)
        .filter(finding => finding.severity === "error")
        .map(finding => {
            const index = rules.findIndex(rule => rule.name === finding.rule);
            const at = index < 0 ? "rules" : `rules[${index}]`;
            return { property: finding.property ? `${at}.${finding.property}` : at, reason: finding.message };
        });
}

function containsUnknown(value: unknown): boolean {
    if (isUnknown(value)) return true;
    if (Array.isArray(value)) return value.some(containsUnknown);
    return typeof value === "object" && value !== null && Object.values(value).some(containsUnknown);
}
