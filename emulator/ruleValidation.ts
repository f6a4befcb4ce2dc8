/**
 * Validation of an ACCESS_POLICY rule body on create and replace: every problem as a `{field, message}` cause, in
 * Okta's E0000001 terms. Pure.
 */
import { RULE_STATUSES } from "../provider/rule/types";
import { CauseCollector, describe } from "./fieldChecks";
import type { JsonObject, JsonValue } from "./json";
import type { ValidationCause } from "./oktaError";
import { PRIORITY_RANGE } from "./priority";
import { checkRuleActions } from "./ruleActionsValidation";
import { checkRuleConditions, type RuleReferences } from "./ruleConditionsValidation";

/** Okta's rule types (`PolicyRuleType`); only `ACCESS_POLICY` belongs in an ACCESS_POLICY policy. */
export const POLICY_RULE_TYPES = [
    "ACCESS_POLICY",
    "DEVICE_SIGNAL_COLLECTION",
    "ENTITY_RISK",
    "IDP_DISCOVERY",
    "MFA_ENROLL",
    "PASSWORD",
    "POST_AUTH_SESSION",
    "PROFILE_ENROLLMENT",
    "SIGN_ON",
    "SESSION_VIOLATION_DETECTION",
    "CLIENT_UPDATE",
    "IDENTITY_CLAIM_SOURCING",
] as const;

/**
 * What a rule body is checked against, e.g.
 * `{ references: { groupIds, zoneIds }, systemRule: false, otherRuleNames: new Set(["Catch-all Rule"]) }`.
 */
export interface AccessRuleContext {
    references: RuleReferences;
    /** True for the catch-all: its `factorMode` may be `"2FA_If_Possible"` and its conditions are not checked. */
    systemRule: boolean;
    /** Names of the policy's other rules; a rule name must be unique within its policy. */
    otherRuleNames: ReadonlySet<string>;
}

/**
 * Every problem of an ACCESS_POLICY rule body, e.g. `validateAccessRule({ name: "" }, context)` →
 * `[{ field: "name", message: "The field cannot be left blank ..." }, { field: "actions", ... }]`. Empty when valid.
 */
export function validateAccessRule(body: JsonObject, context: AccessRuleContext): ValidationCause[] {
    const collector = new CauseCollector();
    collector.text(body.name, "name");
    if (typeof body.name === "string" && context.otherRuleNames.has(body.name)) {
        collector.add(
            "name",
            `a rule named '${body.name}' already exists in this policy; choose a unique name.`,
        );
    }
    checkPriority(body.priority, collector);
    collector.oneOf(body.status, "status", RULE_STATUSES);
    if (body.type !== undefined && body.type !== "ACCESS_POLICY") {
        const known = (POLICY_RULE_TYPES as readonly unknown[]).includes(body.type);
        collector.add(
            "type",
            `${describe(body.type)} is ${known ? "not a rule type of an ACCESS_POLICY policy" : "not a rule type Okta knows"}; use ACCESS_POLICY.`,
        );
    }
    const conditions = collector.object(body.conditions, "conditions");
    if (conditions !== undefined && !context.systemRule) {
        checkRuleConditions(conditions, context.references, collector);
    }
    checkRuleActions(body.actions, context.systemRule, collector);
    return collector.causes;
}

function checkPriority(priority: JsonValue | undefined, collector: CauseCollector): void {
    if (priority === undefined || priority === null) {
        return;
    }
    const { min, max } = PRIORITY_RANGE;
    if (typeof priority !== "number" || !Number.isInteger(priority) || priority < min || priority > max) {
        collector.add(
            "priority",
            `${describe(priority)} is not a valid priority; use a whole number from ${min} (top) to ${max} (99 is the catch-all's).`,
        );
    }
}
