/**
 * The guard's part of a rule's input check: error findings become check failures, so that `pulumi preview`
 * refuses a rule that locks users out. Pure.
 */
import type { RuleDefinition } from "../evaluate";
import { isUnknown } from "../rule/unknownValue";
import { guardRule } from "./guardRule";

/** A check failure as Pulumi's dynamic provider reports it, e.g. `{ property: "actions", reason: "..." }`. */
export interface GuardCheckFailure {
    property: string;
    reason: string;
}

function containsUnknown(value: unknown): boolean {
    if (isUnknown(value)) return true;
    if (Array.isArray(value)) return value.some(containsUnknown);
    return typeof value === "object" && value !== null && Object.values(value).some(containsUnknown);
}

/**
 * The error-severity `guardRule` findings the rule does not silence, as check failures on the finding's property
 * (the rule's name when it has none); none while any input is still unknown (preview before other resources
 * exist). E.g. a recover rule needing only the password → `[{ property:
 * "actions.appSignOn.verificationMethod.constraints", reason: "[G03] Rule \"Recovery\" (everyone): ..." }]`.
 */
export function findGuardCheckFailures(rule: RuleDefinition): GuardCheckFailure[] {
    if (containsUnknown(rule)) return [];
    return guardRule(rule)
        .filter(finding => finding.severity === "error")
        .map(finding => ({ property: finding.property ?? rule.name, reason: finding.message }));
}
