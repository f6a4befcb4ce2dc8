/**
 * The guard checks over a whole policy: the ordered rule list, the catch-all included (Okta's default catch-all
 * is assumed when the list has none). Pure.
 */
import { toRuleDefinitions, type RuleInput } from "../evaluate";
import { dropSilenced, type GuardFinding, type GuardOptions } from "./finding";
import { findFirstEnrollmentDeadlock } from "./firstEnrollment";
import { guardRule } from "./guardRule";
import { findPasswordExpiryProblems } from "./passwordExpiryRule";
import { findMissingBootstrap } from "./phishingResistantBootstrap";
import { findShadowedRules } from "./shadowedRules";
import { findUnscopedRulesAbove } from "./unscopedRules";

/**
 * Every whole-policy finding (G01 no first enrollment, G02 no phishing-resistant bootstrap, G04 Password Expiry
 * Rule, G06 rules without an operation above operation rules, G07 shadowed rules), minus the checks each rule
 * silences. One-rule checks are `guardRule`'s; `guardAll` runs both. E.g. Okta's use case 2 alone → a G01 and a
 * G02 error on it.
 */
export function guardPolicy(inputs: readonly RuleInput[], options: GuardOptions = {}): GuardFinding[] {
    const rules = toRuleDefinitions(inputs);
    const findings = [
        ...findFirstEnrollmentDeadlock(rules, options),
        ...findMissingBootstrap(rules, options),
        ...findPasswordExpiryProblems(rules, options),
        ...findUnscopedRulesAbove(rules),
        ...findShadowedRules(rules),
    ];
    return dropSilenced(findings, rules);
}

/**
 * `guardRule` on each rule, then `guardPolicy` on the list: every finding the guard has on a policy, e.g. for
 * the readable view or a resource that manages the whole rule list.
 */
export function guardAll(inputs: readonly RuleInput[], options: GuardOptions = {}): GuardFinding[] {
    const rules = toRuleDefinitions(inputs);
    return [...rules.flatMap(rule => guardRule(rule, options)), ...guardPolicy(rules, options)];
}
