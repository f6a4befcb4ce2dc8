/**
 * The resolved inputs and the outputs of an `AccountManagementPolicyRule`, as the provider methods see them
 * (plain values, no `pulumi.Input`), and the list of input fields. Pure.
 */
import type { RuleActions, RuleConditions, RuleStatus } from "./types";

/** What the user declares for one rule, resolved, e.g. `{ name: "Enroll", actions: { appSignOn: { ... } } }`. */
export interface AccountManagementPolicyRuleInputs {
    /** The policy to write into; omitted means the org's account management policy, found at run time. */
    policyId?: string;
    /** The rule's name in Okta; the resource fills in its logical name when the user gives none. */
    name: string;
    /** Desired priority: 0 is the top; the catch-all sits at 99. Omitted: the bottom, above the catch-all. */
    priority?: number;
    /** `"ACTIVE"` (default) or `"INACTIVE"`. */
    status?: RuleStatus;
    conditions?: RuleConditions;
    actions: RuleActions;
    /** Take over an existing rule of the same name instead of failing on the duplicate. Default false. */
    adopt?: boolean;
    /** Names of lockout-guard checks silenced on this rule, e.g. `["G07"]`. */
    suppressChecks?: string[];
}

/** The state recorded for one rule: the inputs plus what Okta decided, e.g. `{ priority: 3, system: false, ... }`. */
export interface AccountManagementPolicyRuleOutputs extends AccountManagementPolicyRuleInputs {
    policyId: string;
    priority: number;
    status: RuleStatus;
    system: boolean;
    created: string;
    lastUpdated: string;
}

/** The input fields of an `AccountManagementPolicyRule`, e.g. what `check` accepts at the top level. */
export const RULE_INPUT_FIELDS = [
    "policyId",
    "name",
    "priority",
    "status",
    "conditions",
    "actions",
    "adopt",
    "suppressChecks",
] as const satisfies readonly (keyof AccountManagementPolicyRuleInputs)[];
