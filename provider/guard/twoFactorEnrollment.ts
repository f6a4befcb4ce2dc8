/**
 * G13: `factorMode: "2FA"` on a rule that governs enrollment: users who have only one factor type cannot enroll
 * a second one. Pure.
 */
import { describePopulation, type RuleDefinition } from "../evaluate";
import { createFinding, type GuardFinding } from "./finding";
import { findGovernedOperations, isActive } from "./ruleTraits";

/**
 * A warning when an active ALLOW rule with `factorMode: "2FA"` governs `enroll`, e.g. Okta's guide example for the
 * first phishing-resistant authenticator ("Any 2 factor types"); none with `"1FA"`.
 */
export function findTwoFactorEnrollment(rule: RuleDefinition): GuardFinding[] {
    const method = rule.actions.appSignOn.verificationMethod;
    if (!isActive(rule) || rule.actions.appSignOn.access !== "ALLOW") return [];
    if (method.type !== "ASSURANCE" || method.factorMode !== "2FA") return [];
    if (findGovernedOperations(rule, ["enroll"]).length === 0) return [];
    return [
        createFinding({
            check: "G13",
            severity: "warning",
            rule: rule.name,
            population: describePopulation(rule.conditions),
            problem:
                "it governs enroll and asks for two factor types, so users who have only one (e.g. only a password) " +
                "cannot enroll anything under it.",
            fix: 'use factorMode: "1FA" with a possession constraint, or make sure this population always holds two factor types before it applies',
            property: "actions.appSignOn.verificationMethod.factorMode",
        }),
    ];
}
