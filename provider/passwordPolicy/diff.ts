/**
 * What differs between a recorded `PasswordRecoveryAccessControl` and the declared one, including rules changed
 * in Okta since (seen by refresh). Pure.
 */
import { isAbsent } from "../rule/plainJson";
import { isUnknown } from "../rule/unknownValue";
import type { PasswordRecoveryAccessControlInputs, PasswordRecoveryAccessControlOutputs } from "./inputs";

/**
 * The result, e.g. `{ changes: true, replaces: [], changedPaths: ["rules.0pr1.accessControl"] }` when rule
 * `0pr1` was set back to `"LEGACY"` in the Admin Console.
 */
export interface AccessControlDiff {
    changes: boolean;
    replaces: string[];
    changedPaths: string[];
}

/**
 * Compares the recorded state with the declared inputs: a declared `policyId` other than the recorded one replaces
 * the resource (an omitted one means the recorded default policy); a new `accessControl` or a different set of
 * `ruleIds` (order does not matter) updates it; so does a recorded rule whose value is not the declared one, or a
 * declared rule id no longer recorded (deleted in Okta). Unknown values (preview) count as changes. E.g. recorded
 * `{ policyId: "00p1", accessControl: "AUTH_POLICY", rules: [{ id: "0pr1", accessControl: "AUTH_POLICY", ... }] }`
 * and declared `{ accessControl: "LEGACY" }` give `{ changes: true, replaces: [], changedPaths: ["accessControl"] }`.
 */
export function diffAccessControl(
    olds: PasswordRecoveryAccessControlOutputs,
    news: PasswordRecoveryAccessControlInputs,
): AccessControlDiff {
    const changed: string[] = [];
    const replaces: string[] = [];
    if (!isAbsent(news.policyId) && news.policyId !== olds.policyId) {
        changed.push("policyId");
        if (!isUnknown(news.policyId)) replaces.push("policyId");
    }
    if (news.accessControl !== olds.accessControl) changed.push("accessControl");
    if (!isSameIdSet(olds.ruleIds, news.ruleIds)) changed.push("ruleIds");
    if (!changed.includes("accessControl")) {
        for (const rule of olds.rules) {
            if (rule.accessControl !== news.accessControl) changed.push(`rules.${rule.id}.accessControl`);
        }
    }
    const recorded = new Set(olds.rules.map(rule => rule.id));
    for (const id of Array.isArray(news.ruleIds) ? news.ruleIds : []) {
        if (!isUnknown(id) && !recorded.has(id)) changed.push(`rules.${id}`);
    }
    return { changes: changed.length > 0, replaces, changedPaths: changed };
}

function isSameIdSet(before: unknown, after: unknown): boolean {
    if (isAbsent(before) || isAbsent(after)) return isAbsent(before) && isAbsent(after);
    if (!Array.isArray(before) || !Array.isArray(after)) return false;
    const sorted = (ids: unknown[]) => JSON.stringify([...ids].map(String).sort());
    return sorted(before) === sorted(after);
}
