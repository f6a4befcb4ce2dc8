/**
 * `check` of an `AccountManagementPolicyCatchAllRule`: every problem in its inputs, with why Okta forbids the
 * fields a catch-all rule cannot have. Pure.
 */
import type { CheckFailure } from "@pulumi/pulumi/dynamic";
import { findClosestKey } from "../rule/closestKey";
import { describeValue, InputChecker } from "../rule/inputChecker";
import { explainWrongIdKind } from "../rule/oktaIds";
import { isRecord } from "../rule/plainJson";
import { validateActions } from "../rule/validateActions";

/** The input fields of an `AccountManagementPolicyCatchAllRule`. */
const CATCH_ALL_FIELDS = ["policyId", "actions"];

/** Fields of a rule that the catch-all cannot take, with Okta's reason and the fix. */
const FORBIDDEN_FIELDS: Record<string, string> = {
    conditions:
        `the catch-all rule's conditions are read-only (Okta answers 403 E0000077 "Cannot modify the conditions ` +
        `attribute because it is read-only."): it matches every request that no rule above it matched. Remove ` +
        `conditions; to treat some users or operations differently, add a rule above it`,
    name: `the catch-all rule's name is Okta's ("Catch-all Rule") and cannot be changed; remove name`,
    priority:
        `the catch-all rule always sits last, at priority 99, and Okta refuses any other priority; remove ` +
        `priority (order the other rules with their priorities, or list them in AccountManagementPolicyRules)`,
    status:
        `the catch-all rule cannot be deactivated (Okta offers no lifecycle call for it and refuses with 403): ` +
        `it is always "ACTIVE"; remove status`,
    adopt: `the catch-all rule is always taken over (Okta's rule with system: true); remove adopt`,
    suppressChecks: `guard checks are silenced on the rules above the catch-all, not on it; remove suppressChecks`,
    id: `id is Okta's; the catch-all rule is found by system: true; remove it`,
    type: `type is always "ACCESS_POLICY" and the provider sets it; remove it`,
    system: `system is read-only; the provider finds the rule with system: true by itself; remove it`,
    created: `created is set by Okta; remove it`,
    lastUpdated: `lastUpdated is set by Okta; remove it`,
    _links: `_links is set by Okta; remove it`,
};

/** The key the Pulumi host adds to every input bag for the serialized provider; not a field. */
const PROVIDER_KEY = "__provider";

/** The factor mode Okta seeds on this policy's catch-all rule; accepted here so that users can restore it. */
const SEEDED_FACTOR_MODE = "2FA_If_Possible";

/**
 * Every problem in the inputs of an `AccountManagementPolicyCatchAllRule`, as Pulumi's `check` reports them, or
 * `[]`, e.g. `validateCatchAllInputs({ priority: 5, actions: {...} })` is `[{ property: "priority", reason: "5:
 * the catch-all rule always sits last, at priority 99, ..." }]`. The actions are checked as a rule's are, except
 * that `factorMode: "2FA_If_Possible"` (Okta's seeded value) is accepted. Unknown values (preview) pass.
 */
export function validateCatchAllInputs(news: Record<string, unknown>): CheckFailure[] {
    const checker = new InputChecker();
    for (const [key, value] of Object.entries(news)) {
        if (key === PROVIDER_KEY || CATCH_ALL_FIELDS.includes(key) || value === undefined) continue;
        const forbidden = FORBIDDEN_FIELDS[key];
        if (forbidden !== undefined) {
            checker.fail(key, `${describeValue(value)}: ${forbidden}`);
            continue;
        }
        const closest = findClosestKey(key, CATCH_ALL_FIELDS);
        const hint = closest === undefined ? "remove it" : `did you mean "${closest}"?`;
        checker.fail(
            key,
            `"${key}" is not a field of the catch-all rule; ${hint} (fields: ${CATCH_ALL_FIELDS.join(", ")})`,
        );
    }
    const policyId = checker.string("policyId", news.policyId, "rst5czs80uoZHaUxK0g7");
    const wrong = policyId === undefined ? undefined : explainWrongIdKind(policyId, "policy");
    if (wrong !== undefined) {
        checker.fail(
            "policyId",
            `${wrong}; pass the id of the account management policy, or omit policyId to have it looked up`,
        );
    }
    checker.requirePresent(
        "actions",
        news.actions,
        `say what the catch-all grants, e.g. { appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode: "2FA_If_Possible", reauthenticateIn: "PT0S", constraints: [] } } } (Okta's default)`,
    );
    validateActions(checker, "actions", withSeededFactorModeAllowed(news.actions));
    return checker.failures;
}

/** The actions with Okta's seeded `"2FA_If_Possible"` read as `"2FA"`, which it behaves like for validation. */
function withSeededFactorModeAllowed(actions: unknown): unknown {
    if (!isRecord(actions) || !isRecord(actions.appSignOn)) return actions;
    const appSignOn = actions.appSignOn;
    const method = appSignOn.verificationMethod;
    if (!isRecord(method) || method.factorMode !== SEEDED_FACTOR_MODE) return actions;
    return { ...actions, appSignOn: { ...appSignOn, verificationMethod: { ...method, factorMode: "2FA" } } };
}
