import type { CheckFailure } from "@pulumi/pulumi/dynamic";
import { describeValue, InputChecker } from "./inputChecker";
import { RULE_INPUT_FIELDS, type AccountManagementPolicyRuleInputs } from "./inputs";
import { explainWrongIdKind } from "./oktaIds";
import { isAbsent, isRecord } from "./plainJson";
import { isUnknown } from "./unknownValue";
import { validateActions } from "./validateActions";
import { validateConditions } from "./validateConditions";
import { RULE_STATUSES } from "./types";

/**
 * One problem found by `check`, Pulumi's shape, e.g. `{ property: "priority", reason: "99 is the catch-all
 * rule's priority; ..." }`.
 */
export type { CheckFailure };

/** Fields of Okta's rule JSON that Okta sets itself, with why they cannot be inputs. */
const READ_ONLY_FIELDS: Record<string, string> = {
    id: `id is assigned by Okta; remove it (to take over an existing rule, set adopt: true)`,
    type: `type is always "ACCESS_POLICY" and the provider sets it; remove it`,
    system: `system is read-only (only Okta's catch-all rule has system: true); remove it`,
    created: `created is set by Okta; remove it`,
    lastUpdated: `lastUpdated is set by Okta; remove it`,
    _links: `_links is set by Okta; remove it`,
};

/** The key the Pulumi host adds to every input bag for the serialized provider; not a rule field. */
const PROVIDER_KEY = "__provider";

/** Okta's limit on a rule's name. */
const MAX_NAME_LENGTH = 255;

/** The name Okta gives its system rule of the policy. */
const CATCH_ALL_NAME = "Catch-all Rule";

/** The priority of the catch-all rule; other rules take 0..98. */
const CATCH_ALL_PRIORITY = 99;

/**
 * Every problem in the inputs of an `AccountManagementPolicyRule`, as Pulumi's `check` reports them, or `[]`,
 * e.g. `validateRuleInputs({ name: "Enroll", priority: 99, actions: {...} })` is `[{ property: "priority",
 * reason: "99 is the catch-all rule's priority; ... use AccountManagementPolicyCatchAllRule ..." }]`. Values
 * equal to Pulumi's unknown marker (`UNKNOWN_VALUE`) are not checked, nor are lists' unknown members, so a
 * preview with inputs from resources not yet created passes. The `__provider` key of the Pulumi host is
 * ignored.
 */
export function validateRuleInputs(news: Record<string, unknown>): CheckFailure[] {
    const checker = new InputChecker();
    const inputs = Object.fromEntries(Object.entries(news).filter(([key]) => key !== PROVIDER_KEY));
    const rule = checker.record("", inputs, {
        known: RULE_INPUT_FIELDS,
        misplaced: Object.fromEntries(
            Object.entries(READ_ONLY_FIELDS).filter(
                ([key]) => !isAbsent(inputs[key]) && !isUnknown(inputs[key]),
            ),
        ),
    });
    if (rule === undefined) {
        return checker.failures;
    }
    validatePolicyId(checker, rule.policyId);
    validateName(checker, rule.name);
    validatePriority(checker, rule.priority);
    checker.choice("status", rule.status, RULE_STATUSES, "status");
    checker.boolean("adopt", rule.adopt);
    validateSuppressChecks(checker, rule.suppressChecks);
    validateConditions(checker, "conditions", rule.conditions);
    checker.requirePresent(
        "actions",
        rule.actions,
        `say what the rule grants, e.g. { appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode: "2FA" } } }`,
    );
    validateActions(checker, "actions", rule.actions);
    return checker.failures;
}

function validatePolicyId(checker: InputChecker, value: unknown): void {
    const policyId = checker.string("policyId", value, "rst5czs80uoZHaUxK0g7");
    const wrong = policyId === undefined ? undefined : explainWrongIdKind(policyId, "policy");
    if (wrong !== undefined) {
        checker.fail(
            "policyId",
            `${wrong}; pass the id of the account management policy, or omit policyId to have it looked up`,
        );
    }
}

function validateName(checker: InputChecker, value: unknown): void {
    checker.requirePresent(
        "name",
        value,
        `give the rule a name, e.g. "Enroll with a phishing-resistant authenticator"`,
    );
    const name = checker.string("name", value, "Enroll with a phishing-resistant authenticator");
    if (name === undefined) {
        return;
    }
    if (name.length > MAX_NAME_LENGTH) {
        checker.fail(
            "name",
            `${describeValue(name)} has ${name.length} characters but Okta allows ${MAX_NAME_LENGTH}; shorten it`,
        );
    }
    if (name.trim().toLowerCase() === CATCH_ALL_NAME.toLowerCase()) {
        checker.fail(
            "name",
            `"${name}" is reserved for Okta's system catch-all rule; choose another name, or manage the catch-all with AccountManagementPolicyCatchAllRule`,
        );
    }
}

function validatePriority(checker: InputChecker, value: unknown): void {
    if (isAbsent(value) || isUnknown(value)) {
        return;
    }
    if (typeof value !== "number" || !Number.isInteger(value)) {
        checker.fail(
            "priority",
            `${describeValue(value)} is not a whole number; write 0 (the top) to 98, or omit priority to place the rule last, above the catch-all`,
        );
    } else if (value === CATCH_ALL_PRIORITY) {
        checker.fail(
            "priority",
            `99 is the catch-all rule's priority and no other rule can take it; use 0 to 98, or manage the catch-all with AccountManagementPolicyCatchAllRule`,
        );
    } else if (value < 0 || value > CATCH_ALL_PRIORITY - 1) {
        checker.fail(
            "priority",
            `${value} is outside 0..98 (0 is the top; 99 is the catch-all's); use 0 to 98, or omit priority to place the rule last`,
        );
    }
}

function validateSuppressChecks(checker: InputChecker, value: unknown): void {
    const items = checker.list("suppressChecks", value, `["G07"]`) ?? [];
    const seen = new Set<string>();
    for (const { item, path } of items) {
        const name = checker.string(path, item, "G07");
        if (name !== undefined && seen.has(name)) {
            checker.fail(path, `"${name}" is listed twice; remove the duplicate`);
        }
        if (name !== undefined) {
            seen.add(name);
        }
    }
}

/**
 * The inputs `check` hands on, with the defaults that keep the diff stable: `status: "ACTIVE"` and
 * `actions.appSignOn.verificationMethod.type: "ASSURANCE"` when absent, nothing else, e.g. `{ name: "Enroll",
 * actions: { appSignOn: { access: "ALLOW", verificationMethod: { factorMode: "2FA" } } } }` gains `status:
 * "ACTIVE"` and `type: "ASSURANCE"`. Call it on inputs that `validateRuleInputs` passed; `news` is not
 * changed.
 */
export function applyInputDefaults(news: Record<string, unknown>): AccountManagementPolicyRuleInputs {
    const inputs = structuredClone(news);
    if (isAbsent(inputs.status)) {
        inputs.status = "ACTIVE";
    }
    const appSignOn = isRecord(inputs.actions) ? inputs.actions.appSignOn : undefined;
    if (isRecord(appSignOn)) {
        if (isAbsent(appSignOn.verificationMethod)) {
            appSignOn.verificationMethod = { type: "ASSURANCE" };
        } else if (isRecord(appSignOn.verificationMethod) && isAbsent(appSignOn.verificationMethod.type)) {
            appSignOn.verificationMethod.type = "ASSURANCE";
        }
    }
    return inputs as unknown as AccountManagementPolicyRuleInputs;
}
