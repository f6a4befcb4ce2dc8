/**
 * G04: Okta's "Password Expiry Rule" (`recover` with `accessRequest.metadata.type == 'expiry'`, at the top, the
 * password accepted) keeps users whose password expired from being locked out. Okta: "If you lower this rule's
 * priority, users may get locked out by more restrictive rules first." Pure.
 */
import { evaluateExpression, expressionsEquivalent, parseExpression } from "../el";
import { describePopulation, describeRequirement, orderRules, type RuleDefinition } from "../evaluate";
import { createFinding, type GuardFinding, type GuardOptions } from "./finding";
import { expressionOf } from "./ruleTraits";

/** The name Okta gives the rule: `"Password Expiry Rule"`. */
export const PASSWORD_EXPIRY_RULE_NAME = "Password Expiry Rule";
/** The rule's expression as Okta documents its meaning: `accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expiry'`. */
export const PASSWORD_EXPIRY_CONDITION =
    "accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expiry'";

/**
 * True for Okta's Password Expiry Rule: its name, or an expression that means the same as Okta's, e.g. a rule
 * named "Expiry" with `accessRequest.metadata.type=='expiry' && accessRequest.operation=='recover'`.
 */
export function isPasswordExpiryRule(rule: RuleDefinition): boolean {
    const text = expressionOf(rule);
    return (
        rule.name === PASSWORD_EXPIRY_RULE_NAME ||
        (text !== undefined && expressionsEquivalent(text, PASSWORD_EXPIRY_CONDITION))
    );
}

function takesExpiryRequests(rule: RuleDefinition): "TRUE" | "FALSE" | "UNDETERMINED" {
    const text = expressionOf(rule);
    if (text === undefined) return "TRUE";
    const parsed = parseExpression(text);
    if (!parsed.ok) return "UNDETERMINED";
    return evaluateExpression(parsed.expr, {
        operation: "recover",
        metadataType: "expiry",
        authenticatorKey: "okta_password",
    }).value;
}

function findChanges(
    previous: RuleDefinition | undefined,
    current: RuleDefinition | undefined,
): GuardFinding[] {
    if (previous === undefined) return [];
    const base = { check: "G04" as const, population: "users whose password expired" };
    if (current === undefined) {
        return [
            createFinding({
                ...base,
                severity: "error",
                rule: previous.name,
                problem:
                    "Okta's Password Expiry Rule was in the policy and is gone, so expiry flows fall to the other recover rules.",
                fix: `keep "${previous.name}" at the top with ${PASSWORD_EXPIRY_CONDITION}`,
            }),
        ];
    }
    const findings: GuardFinding[] = [];
    const before = expressionOf(previous) ?? "";
    const after = expressionOf(current) ?? "";
    if (!expressionsEquivalent(before, after)) {
        findings.push(
            createFinding({
                ...base,
                severity: "error",
                rule: current.name,
                problem: `its expression changed from ${before} to ${after}.`,
                fix: `restore ${before}`,
                property: "conditions.elCondition.condition",
            }),
        );
    }
    const was = describeRequirement(previous.actions).text;
    const now = describeRequirement(current.actions).text;
    if (was !== now) {
        findings.push(
            createFinding({
                ...base,
                severity: "warning",
                rule: current.name,
                problem: `its requirement changed from "${was}" to "${now}"; users whose password expired must now meet it.`,
                fix: `restore "${was}" unless every such user can meet the new one`,
                property: "actions",
            }),
        );
    }
    return findings;
}

/**
 * Findings on the Password Expiry Rule: an error when a rule above it takes password-expiry requests (a warning
 * when that depends on facts not known), a warning when it is inactive, and, given `previousRules`, an error when
 * it was removed or its expression changed and a warning when its requirement changed. None in a policy that
 * never had it.
 */
export function findPasswordExpiryProblems(
    rules: readonly RuleDefinition[],
    options: GuardOptions,
): GuardFinding[] {
    const ordered = orderRules(rules).filter(o => !o.assumed);
    const index = ordered.findIndex(o => isPasswordExpiryRule(o.rule));
    const current = index >= 0 ? ordered[index] : undefined;
    const findings = findChanges(options.previousRules?.find(isPasswordExpiryRule), current?.rule);
    if (current === undefined) return findings;
    if (!current.active) {
        findings.push(
            createFinding({
                check: "G04",
                severity: "warning",
                rule: current.rule.name,
                population: "users whose password expired",
                problem: "it is inactive, so expiry flows fall to the other recover rules.",
                fix: "activate it",
                property: "status",
            }),
        );
        return findings;
    }
    for (const above of ordered.slice(0, index).filter(o => o.active && !o.catchAll)) {
        const takes = takesExpiryRequests(above.rule);
        if (takes === "FALSE") continue;
        findings.push(
            createFinding({
                check: "G04",
                severity: takes === "TRUE" ? "error" : "warning",
                rule: above.rule.name,
                population: `${describePopulation(above.rule.conditions)} whose password expired`,
                problem:
                    `it sits above "${current.rule.name}" and ${takes === "TRUE" ? "takes" : "may take"} password-expiry ` +
                    `requests, so those users must meet "${describeRequirement(above.rule.actions).text}" instead.`,
                fix: `move "${current.rule.name}" to the top, or exclude expiry with accessRequest.metadata.type != 'expiry'`,
                property: "priority",
            }),
        );
    }
    return findings;
}
