import type { AccountManagementPolicyRuleInputs, AccountManagementPolicyRuleOutputs } from "./inputs";
import { normalizeCondition } from "./normalizeRule";
import { isAbsent, isRecord, toPlainJson, type JsonRecord } from "./plainJson";
import type { RuleActions, RuleBody, RuleConditions } from "./types";
import { CONDITION_KEYS } from "./validateConditions";

/**
 * Top-level fields of the recorded outputs that the model knows. Any other field is Okta's and is sent back
 * as Okta has it. Of these, only `name`, `priority`, `conditions` and `actions` (and `type`) go into a body:
 * `status` changes through `?activate=` on create and the lifecycle calls afterwards, the rest is read-only
 * or the provider's.
 */
const MODEL_FIELDS = new Set([
    "id",
    "policyId",
    "name",
    "priority",
    "status",
    "system",
    "type",
    "conditions",
    "actions",
    "created",
    "lastUpdated",
    "_links",
    "adopt",
    "suppressChecks",
]);

/**
 * The fields of `actions.appSignOn` the model writes; any other one (e.g. `keepMeSignedIn`) is kept as Okta
 * has it.
 */
const APP_SIGN_ON_FIELDS = new Set(["access", "verificationMethod"]);

/**
 * The POST body that creates the rule: `type: "ACCESS_POLICY"`, the name, the priority only when declared,
 * the conditions as declared (with `userType` completed by an empty `include` or `exclude`, both of which
 * Okta requires), and the actions with `verificationMethod.type` (default `"ASSURANCE"`). No read-only field
 * and no `status` (send `?activate=false` for an `"INACTIVE"` rule). E.g.
 * `{ name: "Enroll", priority: 1, actions: { appSignOn: { access: "ALLOW", verificationMethod: { factorMode: "2FA" } } } }`
 * gives `{ name: "Enroll", type: "ACCESS_POLICY", priority: 1, actions: { appSignOn: { access: "ALLOW",
 * verificationMethod: { factorMode: "2FA", type: "ASSURANCE" } } } }`.
 */
export function buildCreateBody(inputs: AccountManagementPolicyRuleInputs): RuleBody {
    const body: RuleBody = {
        name: inputs.name,
        type: "ACCESS_POLICY",
        actions: toRequestActions(inputs.actions),
    };
    if (!isAbsent(inputs.priority)) {
        body.priority = inputs.priority;
    }
    const conditions = mergeConditions(undefined, inputs.conditions);
    if (conditions !== undefined) {
        body.conditions = conditions as RuleConditions;
    }
    return toPlainJson(body, { dropNull: true });
}

/**
 * The PUT body that replaces the rule, built from the recorded outputs `olds` without reading the rule again.
 * Fields the user declares are written as declared (as in `buildCreateBody`); fields Okta has that the user
 * never modelled are kept as Okta has them: unknown top-level fields (e.g. `initialMode`), unknown conditions
 * and action fields (e.g. `keepMeSignedIn`), and conditions Okta filled with defaults that restrict nothing
 * (e.g. `userType: { include: [], exclude: [] }`). A condition that restricts something and that the user no
 * longer declares is removed. `priority` (declared, else recorded) is sent only with `includePriority`,
 * because re-sending a rule's own priority makes Okta push the rule below it down one slot. E.g. olds
 * `{ name: "A", priority: 3, initialMode: false, conditions: { network: { connection: "ZONE", include: ["nzo1"] } }, ... }`
 * and news without conditions give
 * `{ initialMode: false, name: "A", type: "ACCESS_POLICY", conditions: {}, actions: ... }`.
 */
export function buildReplaceBody(
    olds: AccountManagementPolicyRuleOutputs,
    news: AccountManagementPolicyRuleInputs,
    options: { includePriority: boolean },
): RuleBody {
    const body: JsonRecord = {};
    for (const [key, value] of Object.entries(olds)) {
        if (!MODEL_FIELDS.has(key)) {
            body[key] = value;
        }
    }
    body.name = news.name;
    body.type = "ACCESS_POLICY";
    if (options.includePriority) {
        body.priority = news.priority ?? olds.priority;
    }
    const conditions = mergeConditions(olds.conditions, news.conditions);
    if (conditions !== undefined) {
        body.conditions = conditions;
    }
    body.actions = mergeActions(olds.actions, news.actions);
    return toPlainJson(body as RuleBody);
}

function mergeConditions(recorded: unknown, declared: RuleConditions | undefined): unknown {
    if (!isRecord(recorded) && !isRecord(declared)) {
        return recorded;
    }
    const merged: JsonRecord = {};
    const declaredConditions: JsonRecord = isRecord(declared)
        ? toPlainJson(declared, { dropNull: true })
        : {};
    for (const [key, value] of Object.entries(isRecord(recorded) ? recorded : {})) {
        const known = (CONDITION_KEYS as readonly string[]).includes(key);
        if (!known || (!(key in declaredConditions) && isOktaDefault(key, value))) {
            merged[key] = value;
        }
    }
    for (const [key, value] of Object.entries(declaredConditions)) {
        merged[key] = toRequestCondition(key, value);
    }
    return merged;
}

/**
 * A recorded condition that restricts nothing, as Okta fills in; an empty `elCondition` is not one: Okta
 * refuses it.
 */
function isOktaDefault(key: string, value: unknown): boolean {
    return key !== "elCondition" && normalizeCondition(key, value) === undefined;
}

function mergeActions(recorded: unknown, declared: RuleActions): RuleActions {
    const actions: JsonRecord = isRecord(recorded) ? { ...recorded } : {};
    const recordedAppSignOn = isRecord(actions.appSignOn) ? actions.appSignOn : {};
    const kept = Object.entries(recordedAppSignOn).filter(([key]) => !APP_SIGN_ON_FIELDS.has(key));
    const requested = toRequestActions(declared);
    return { ...actions, appSignOn: { ...Object.fromEntries(kept), ...requested.appSignOn } } as RuleActions;
}

function toRequestCondition(key: string, value: unknown): unknown {
    if (key === "userType" && isRecord(value)) {
        return { include: [], exclude: [], ...value };
    }
    return value;
}

function toRequestActions(actions: RuleActions): RuleActions {
    const declared = toPlainJson(actions, { dropNull: true });
    const appSignOn = declared.appSignOn;
    const method = appSignOn.verificationMethod ?? {};
    return {
        ...declared,
        appSignOn: { ...appSignOn, verificationMethod: { ...method, type: method.type ?? "ASSURANCE" } },
    } as RuleActions;
}
