import { expressionsEquivalent } from "../el";
import type { AccountManagementPolicyRuleInputs, AccountManagementPolicyRuleOutputs } from "./inputs";
import { normalizeRuleForComparison } from "./normalizeRule";
import { isAbsent, isRecord, toCanonicalJson, type JsonRecord } from "./plainJson";
import { isUnknown } from "./unknownValue";

/**
 * What differs between the recorded rule and the declared one, e.g. `{ changes: true, replaces: [],
 * changedPaths: ["conditions.network", "priority"] }`. `changedPaths` are sorted and name `policyId`, `name`,
 * `priority`, `status`, `conditions.<condition>`, `actions.appSignOn.access`,
 * `actions.appSignOn.verificationMethod`, `adopt` and `suppressChecks` (or `conditions` / `actions` as a
 * whole while they are unknown).
 */
export interface RuleDiff {
    changes: boolean;
    replaces: string[];
    changedPaths: string[];
}

/**
 * Compares the meaning of the recorded outputs and the declared inputs (see `normalizeRuleForComparison`), so
 * that a rule read back from Okta with defaults filled in, id lists reordered or `okta_verify` rewritten
 * under Flexible Okta Verify shows no change. `priority` is compared only when declared. A declared
 * `policyId` other than the recorded one replaces the rule (`replaces: ["policyId"]`); while it is unknown
 * (preview) it is only reported as changed, and the diff made during the update, with the value known,
 * decides. E.g. recorded `status: "ACTIVE"`, declared `status: "INACTIVE"`, all else equal: `{ changes: true,
 * replaces: [], changedPaths: ["status"] }`.
 */
export function diffRule(
    olds: AccountManagementPolicyRuleOutputs,
    news: AccountManagementPolicyRuleInputs,
): RuleDiff {
    const changed = new Set<string>();
    const replaces: string[] = [];
    if (!isAbsent(news.policyId) && news.policyId !== olds.policyId) {
        changed.add("policyId");
        if (!isUnknown(news.policyId)) {
            replaces.push("policyId");
        }
    }
    const before = normalizeRuleForComparison(olds);
    const after = normalizeRuleForComparison(news);
    for (const key of ["name", "status"] as const) {
        if (before[key] !== after[key]) {
            changed.add(key);
        }
    }
    if (!isAbsent(news.priority) && news.priority !== olds.priority) {
        changed.add("priority");
    }
    compareConditions(before.conditions, after.conditions, changed);
    compareActions(before.actions, after.actions, changed);
    // adopt and suppressChecks change nothing in Okta, but a change must still be reported: outputs are
    // rewritten only by an update, so with no change the old values would stay in the recorded outputs.
    if ((olds.adopt ?? false) !== (news.adopt ?? false)) {
        changed.add("adopt");
    }
    if (!isSameList(olds.suppressChecks, news.suppressChecks)) {
        changed.add("suppressChecks");
    }
    const changedPaths = [...changed].sort();
    return { changes: changedPaths.length > 0, replaces, changedPaths };
}

function compareConditions(before: unknown, after: unknown, changed: Set<string>): void {
    if (!isRecord(before) || !isRecord(after)) {
        if (!isSame(before, after)) {
            changed.add("conditions");
        }
        return;
    }
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
        const same =
            key === "elCondition"
                ? isSameExpression(before[key], after[key])
                : isSame(before[key], after[key]);
        if (!same) {
            changed.add(`conditions.${key}`);
        }
    }
}

function isSameExpression(before: unknown, after: unknown): boolean {
    const a = textOf(before);
    const b = textOf(after);
    if (a === undefined || b === undefined || isUnknown(a) || isUnknown(b)) {
        return isSame(before, after);
    }
    return a === b || expressionsEquivalent(a, b);
}

function textOf(elCondition: unknown): string | undefined {
    return isRecord(elCondition) && typeof elCondition.condition === "string"
        ? elCondition.condition
        : undefined;
}

function compareActions(before: unknown, after: unknown, changed: Set<string>): void {
    const a = appSignOnOf(before);
    const b = appSignOnOf(after);
    if (a === undefined || b === undefined) {
        if (!isSame(before, after)) {
            changed.add("actions");
        }
        return;
    }
    for (const key of ["access", "verificationMethod"]) {
        if (!isSame(a[key], b[key])) {
            changed.add(`actions.appSignOn.${key}`);
        }
    }
}

function appSignOnOf(actions: unknown): JsonRecord | undefined {
    return isRecord(actions) && isRecord(actions.appSignOn) ? actions.appSignOn : undefined;
}

function isSame(a: unknown, b: unknown): boolean {
    return toCanonicalJson(a) === toCanonicalJson(b);
}

/** Order and repeats aside; absent is the empty list; an unknown marker differs from any list. */
function isSameList(a: unknown, b: unknown): boolean {
    const setOf = (list: unknown) => (Array.isArray(list) ? [...new Set(list)].sort() : (list ?? []));
    return isSame(setOf(a), setOf(b));
}
