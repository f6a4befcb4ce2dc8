/**
 * `check` of an `AccountManagementPolicyRules`: every problem in the whole list, each rule validated as a single
 * rule is, with paths such as `rules[3].conditions.network.include`. Pure.
 */
import type { CheckFailure } from "@pulumi/pulumi/dynamic";
import { findClosestKey } from "../rule/closestKey";
import { describeValue, InputChecker } from "../rule/inputChecker";
import { explainWrongIdKind } from "../rule/oktaIds";
import { isAbsent, isRecord } from "../rule/plainJson";
import { isUnknown } from "../rule/unknownValue";
import { applyInputDefaults, validateRuleInputs } from "../rule/validate";
import {
    FOREIGN_RULES_MODES,
    type AccountManagementPolicyRulesInputs,
    type RuleSetEntry,
} from "./ruleSetInputs";

/** The input fields of an `AccountManagementPolicyRules`. */
const SET_FIELDS = ["policyId", "rules", "foreignRules"];

/** The fields of one rule of the set. */
const ENTRY_FIELDS = ["name", "status", "conditions", "actions", "suppressChecks"];

/** Fields of a single rule that a rule of the set cannot take, with why and the fix. */
const ENTRY_MISPLACED: Record<string, string> = {
    priority:
        `in AccountManagementPolicyRules the list position is the priority (the first rule is 0); remove ` +
        `priority and move the rule in the list (from a preset: const { priority: _, ...rule } = useCases.authenticatorEnrollment())`,
    adopt: `the set takes over an existing rule of the same name by itself; remove adopt`,
    policyId: `the policy is set once, on AccountManagementPolicyRules; remove policyId from the rule`,
};

/** Okta keeps at most 100 rules in a policy, the catch-all included. */
const MAX_RULES = 99;

/** The key the Pulumi host adds to every input bag for the serialized provider; not a field. */
const PROVIDER_KEY = "__provider";

/**
 * Every problem in the inputs of an `AccountManagementPolicyRules`, or `[]`, e.g. two rules named "Enroll" at
 * positions 0 and 2 → `[{ property: "rules[2].name", reason: '"Enroll" is also the name of rules[0]; ...' }]`.
 * Each rule is checked by `validateRuleInputs`, its paths prefixed with `rules[i].`; more than 99 rules, duplicate
 * names, `priority` in a rule and an unknown `foreignRules` are refused. Unknown values (preview) pass.
 */
export function validateRuleSetInputs(news: Record<string, unknown>): CheckFailure[] {
    const checker = new InputChecker();
    for (const [key, value] of Object.entries(news)) {
        if (key === PROVIDER_KEY || SET_FIELDS.includes(key) || value === undefined) continue;
        const closest = findClosestKey(key, SET_FIELDS);
        const hint = closest === undefined ? "remove it" : `did you mean "${closest}"?`;
        checker.fail(
            key,
            `"${key}" is not a field of AccountManagementPolicyRules; ${hint} (fields: ${SET_FIELDS.join(", ")})`,
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
    checker.choice("foreignRules", news.foreignRules, FOREIGN_RULES_MODES, "foreignRules mode");
    checker.requirePresent(
        "rules",
        news.rules,
        `list the rules top first, e.g. [{ name: "Enroll", actions: {...} }]`,
    );
    const entries = checker.list("rules", news.rules, `[{ name: "Enroll", actions: {...} }]`) ?? [];
    if (Array.isArray(news.rules) && news.rules.length > MAX_RULES) {
        checker.fail(
            "rules",
            `${news.rules.length} rules, but Okta keeps at most ${MAX_RULES} besides the catch-all rule; merge rules ` +
                `(one rule can match several groups or operations)`,
        );
    }
    const firstByName = new Map<string, string>();
    for (const { item, path } of entries) {
        validateEntry(checker, path, item);
        const name = isRecord(item) ? item.name : undefined;
        if (typeof name !== "string" || isUnknown(name)) continue;
        const first = firstByName.get(name);
        if (first !== undefined) {
            checker.fail(
                `${path}.name`,
                `"${name}" is also the name of ${first}; Okta refuses two rules of one name: rename one, or remove the duplicate`,
            );
        } else {
            firstByName.set(name, path);
        }
    }
    return checker.failures;
}

function validateEntry(checker: InputChecker, path: string, item: unknown): void {
    if (!isRecord(item)) {
        checker.fail(path, `${describeValue(item)} is not a rule; write { name: "Enroll", actions: {...} }`);
        return;
    }
    const rule: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) {
        if (value === undefined) continue;
        const misplaced = ENTRY_MISPLACED[key];
        if (misplaced !== undefined) checker.fail(`${path}.${key}`, `${describeValue(value)}: ${misplaced}`);
        else if (ENTRY_FIELDS.includes(key)) rule[key] = value;
        else {
            const closest = findClosestKey(key, ENTRY_FIELDS);
            const hint = closest === undefined ? "remove it" : `did you mean "${closest}"?`;
            checker.fail(
                `${path}.${key}`,
                `"${key}" is not a field of a rule in the set; ${hint} (fields: ${ENTRY_FIELDS.join(", ")})`,
            );
        }
    }
    for (const failure of validateRuleInputs(rule)) {
        checker.fail(`${path}.${failure.property}`, failure.reason);
    }
}

/**
 * The inputs `check` hands on: each rule with the defaults `applyInputDefaults` gives a single rule (`status:
 * "ACTIVE"`, `verificationMethod.type: "ASSURANCE"`) and `foreignRules: "report"` when absent, e.g. `{ rules: [{
 * name: "A", actions: { appSignOn: { access: "ALLOW", verificationMethod: {} } } }] }` → `{ foreignRules: "report",
 * rules: [{ name: "A", status: "ACTIVE", actions: { appSignOn: { access: "ALLOW", verificationMethod: { type:
 * "ASSURANCE" } } } }] }`. Call it on inputs that `validateRuleSetInputs` passed.
 */
export function applyRuleSetDefaults(news: Record<string, unknown>): AccountManagementPolicyRulesInputs {
    const rules = Array.isArray(news.rules)
        ? news.rules.map(rule => (isRecord(rule) ? (applyInputDefaults(rule) as RuleSetEntry) : rule))
        : news.rules;
    const foreignRules = isAbsent(news.foreignRules) ? "report" : news.foreignRules;
    return { ...news, rules, foreignRules } as AccountManagementPolicyRulesInputs;
}
