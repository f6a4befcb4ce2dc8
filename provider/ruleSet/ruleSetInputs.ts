/**
 * The resolved inputs and the outputs of an `AccountManagementPolicyRules` (an ordered rule set), as the provider
 * methods see them (plain values, no `pulumi.Input`). Pure types and constants.
 */
import type { AccountManagementPolicyRuleOutputs } from "../rule/inputs";
import type { RuleActions, RuleConditions, RuleStatus } from "../rule/types";

/**
 * What the set does with rules of the policy it does not own ("foreign" rules): `"report"` names them in a warning
 * and lets Okta push them below the set; `"keep"` leaves them at their priorities and places the set around them;
 * `"remove"` deletes them.
 */
export const FOREIGN_RULES_MODES = ["report", "keep", "remove"] as const;
/** A way to treat foreign rules, e.g. `"report"` (the default). */
export type ForeignRulesMode = (typeof FOREIGN_RULES_MODES)[number];

/**
 * One rule of the set, resolved; its list position is its priority, e.g. `{ name: "Enroll", conditions: {
 * elCondition: { condition: "accessRequest.operation == 'enroll'" } }, actions: { appSignOn: { access: "ALLOW",
 * verificationMethod: { type: "ASSURANCE", factorMode: "1FA" } } } }`.
 */
export interface RuleSetEntry {
    /** The rule's name in Okta, unique in the policy; an existing rule of this name is taken over. */
    name: string;
    /** `"ACTIVE"` (default) or `"INACTIVE"`. */
    status?: RuleStatus;
    conditions?: RuleConditions;
    actions: RuleActions;
    /** Lockout-guard checks silenced on this rule, e.g. `["G07"]`. */
    suppressChecks?: string[];
}

/** What the user declares for the set, resolved, e.g. `{ rules: [{ name: "Enroll", actions: {...} }], foreignRules: "keep" }`. */
export interface AccountManagementPolicyRulesInputs {
    /** The policy; omitted means the org's account management policy, found at run time. */
    policyId?: string;
    /** The rules, top first: the first is evaluated first. */
    rules: RuleSetEntry[];
    /** Default `"report"`. */
    foreignRules?: ForeignRulesMode;
}

/** A rule the set owns, as Okta last returned it, with its id, e.g. `{ id: "rul1", name: "Enroll", priority: 0, ... }`. */
export type OwnedRuleState = AccountManagementPolicyRuleOutputs & { id: string };

/** A rule of the policy the set does not own, e.g. `{ id: "rul7", name: "Legacy", priority: 4, status: "ACTIVE" }`. */
export interface ForeignRuleState {
    id: string;
    name: string;
    priority: number;
    status: RuleStatus;
}

/**
 * The state recorded for the set, e.g. `{ policyId: "rst1", foreignRules: "report", rules: [{ id: "rul1", name:
 * "Enroll", priority: 0, ... }], foreignRulesFound: [{ id: "rul7", name: "Legacy", priority: 1, status: "ACTIVE" }],
 * drift: [] }`.
 */
export interface AccountManagementPolicyRulesOutputs {
    policyId: string;
    /** The owned rules in list order, with their actual priorities. */
    rules: OwnedRuleState[];
    foreignRules: ForeignRulesMode;
    /** The policy's other non-system rules, by priority. */
    foreignRulesFound: ForeignRuleState[];
    /** What the last refresh found changed outside the stack, e.g. `['rule "Enroll" (rul1) was deleted outside the stack']`. */
    drift: string[];
}
