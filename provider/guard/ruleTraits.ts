/**
 * Traits of one rule that several guard checks ask about: which operations it governs, whether its requirement
 * can only be met by a phishing-resistant authenticator or by the password. Pure.
 */
import {
    findExpressionCoverage,
    listMethodProfiles,
    meetsConstraintPart,
    type ExpressionCoverage,
    type RuleDefinition,
} from "../evaluate";
import type { Constraint, Operation } from "../rule/types";

/** A rule's expression, or undefined when it has none (or a blank one), e.g. `"accessRequest.operation == 'enroll'"`. */
export function expressionOf(rule: RuleDefinition): string | undefined {
    const text = rule.conditions?.elCondition?.condition;
    return text !== undefined && text.trim() !== "" ? text : undefined;
}

/** What a rule's expression lets through, e.g. `"enroll: any authenticator"` for `accessRequest.operation == 'enroll'`. */
function coverageOf(rule: RuleDefinition): ExpressionCoverage {
    return findExpressionCoverage(expressionOf(rule));
}

/**
 * The operations among `operations` the rule may govern (password-expiry recoveries not counted as `recover`),
 * e.g. `["recover"]` for `accessRequest.operation == 'recover'` asked about `["recover", "unlockAccount"]`.
 */
export function findGovernedOperations(rule: RuleDefinition, operations: readonly Operation[]): Operation[] {
    return coverageOf(rule)
        .operations.filter(c => operations.includes(c.operation))
        .filter(c => c.operation !== "recover" || c.metadata !== "expiry")
        .map(c => c.operation);
}

/** True unless the rule is INACTIVE, e.g. `{ status: undefined }` → true. */
export function isActive(rule: RuleDefinition): boolean {
    return (rule.status ?? "ACTIVE") === "ACTIVE";
}

/** The keys of the authenticators whose methods may meet one part of a constraint, e.g. `["okta_password"]` for `{ knowledge: { types: ["password"] } }`. */
function findKeysMeeting(constraint: Constraint, kind: "knowledge" | "possession"): string[] {
    const keys = listMethodProfiles()
        .filter(profile => meetsConstraintPart(profile, kind, constraint) !== "FALSE")
        .map(profile => profile.key);
    return keys.filter((key, i) => keys.indexOf(key) === i);
}

function isRequired(constraint: Constraint, kind: "knowledge" | "possession"): boolean {
    return constraint[kind] !== undefined && constraint[kind]?.required !== false;
}

/**
 * True when only a phishing-resistant authenticator method can meet the constraint object, e.g.
 * `{ possession: { phishingResistant: "REQUIRED" } }` or `{ possession: { authenticationMethods: [{ key: "webauthn" }] } }`.
 */
function isPhishingResistantOnly(constraint: Constraint): boolean {
    if (!isRequired(constraint, "possession")) return false;
    const meeting = listMethodProfiles().filter(
        p => meetsConstraintPart(p, "possession", constraint) !== "FALSE",
    );
    return meeting.length > 0 && meeting.every(p => p.phishingResistant === "TRUE");
}

/**
 * True when the rule ALLOWs with constraints that all demand a phishing-resistant authenticator, e.g. Okta's use
 * case 2 (`[{ possession: { phishingResistant: "REQUIRED" } }]`); false with no constraints.
 */
export function requiresPhishingResistance(rule: RuleDefinition): boolean {
    const signOn = rule.actions.appSignOn;
    const method = signOn.verificationMethod;
    if (signOn.access !== "ALLOW" || method.type !== "ASSURANCE") return false;
    const constraints = method.constraints ?? [];
    return constraints.length > 0 && constraints.every(isPhishingResistantOnly);
}

/** True when the password is the only authenticator that meets the constraint's knowledge part, e.g. `{ knowledge: { types: ["password"] } }`. */
export function needsPassword(constraint: Constraint): boolean {
    if (!isRequired(constraint, "knowledge")) return false;
    const keys = findKeysMeeting(constraint, "knowledge");
    return keys.length === 1 && keys[0] === "okta_password";
}

/** The path of a rule's constraints, as findings and check failures name it: `"actions.appSignOn.verificationMethod.constraints"`. */
export const CONSTRAINTS_PATH = "actions.appSignOn.verificationMethod.constraints";
/** The path of a rule's expression: `"conditions.elCondition.condition"`. */
export const EXPRESSION_PATH = "conditions.elCondition.condition";
