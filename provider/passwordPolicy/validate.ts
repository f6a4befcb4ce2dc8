/**
 * `check` of a `PasswordRecoveryAccessControl`: every problem of its inputs, with the field, the value and the fix.
 * Pure.
 */
import type { CheckFailure } from "@pulumi/pulumi/dynamic";
import { findClosestKey } from "../rule/closestKey";
import { InputChecker } from "../rule/inputChecker";
import { explainWrongIdKind } from "../rule/oktaIds";
import { ACCESS_CONTROLS } from "./types";

/** The input fields of a `PasswordRecoveryAccessControl`. */
const FIELDS = ["policyId", "ruleIds", "accessControl"];

/** The key the Pulumi host adds to every input bag for the serialized provider. */
const PROVIDER_KEY = "__provider";

/**
 * Every problem of the inputs, or `[]`, e.g. `{ accessControl: "OAMP" }` gives `[{ property: "accessControl",
 * reason: '"OAMP" is not a valid accessControl; use one of "AUTH_POLICY", "LEGACY"' }]`, and `{ policyId:
 * "rst5czs80uoZHaUxK0g7", ... }` a failure saying that is an access policy's id, not a PASSWORD policy's. Values
 * still unknown (preview) are not checked.
 */
export function validateAccessControlInputs(news: Record<string, unknown>): CheckFailure[] {
    const checker = new InputChecker();
    const record = Object.fromEntries(Object.entries(news).filter(([key]) => key !== PROVIDER_KEY));
    for (const key of Object.keys(record).filter(key => !FIELDS.includes(key) && record[key] !== undefined)) {
        const closest = findClosestKey(key, FIELDS);
        checker.fail(
            key,
            `"${key}" is not an argument of PasswordRecoveryAccessControl; ` +
                `${closest === undefined ? "remove it" : `did you mean "${closest}"?`} (arguments: ${FIELDS.join(", ")})`,
        );
    }
    checker.requirePresent(
        "accessControl",
        record.accessControl,
        'set "AUTH_POLICY" (recovery and unlock follow the account management policy) or "LEGACY"',
    );
    checker.choice("accessControl", record.accessControl, ACCESS_CONTROLS, "accessControl");
    validatePolicyId(checker, record.policyId);
    validateRuleIds(checker, record.ruleIds);
    return checker.failures;
}

function validatePolicyId(checker: InputChecker, value: unknown): void {
    const policyId = checker.string("policyId", value, "00p1abcdEFGHijklm0g7");
    if (policyId === undefined) return;
    if (policyId.startsWith("rst")) {
        checker.fail(
            "policyId",
            `"${policyId}" is an access policy's id (such as the account management policy's), not a PASSWORD ` +
                'policy\'s; pass the id of a password policy (ids start "00p"), or omit policyId for the default one',
        );
        return;
    }
    const wrong = explainWrongIdKind(policyId, "policy");
    if (wrong !== undefined) {
        checker.fail(
            "policyId",
            `${wrong}; pass a password policy's id, or omit policyId for the default one`,
        );
    }
}

function validateRuleIds(checker: InputChecker, value: unknown): void {
    if (Array.isArray(value) && value.length === 0) {
        checker.fail(
            "ruleIds",
            "[] names no rule; list password policy rule ids, or omit ruleIds for every rule",
        );
        return;
    }
    for (const id of checker.idList("ruleIds", value, "rule") ?? []) {
        if (id.startsWith("rul")) {
            checker.fail(
                `ruleIds[${(value as unknown[]).indexOf(id)}]`,
                `"${id}" is an access policy rule's id (such as an account management policy rule's), not a ` +
                    'password policy rule\'s; list rules of the password policy (ids start "0pr")',
            );
        }
    }
}
