/**
 * The resolved inputs and the outputs of an `AccountManagementPolicyCatchAllRule`, as the provider methods see
 * them (plain values, no `pulumi.Input`). Pure types.
 */
import type { RuleActions, RuleStatus } from "../rule/types";

/**
 * What the user declares for the catch-all rule, resolved, e.g. `{ actions: { appSignOn: { access: "ALLOW",
 * verificationMethod: { type: "ASSURANCE", factorMode: "2FA", constraints: [] } } } }`. Only the actions are
 * Okta's to change: the name, priority, status and conditions of the catch-all are fixed.
 */
export interface CatchAllRuleInputs {
    /** The policy; omitted means the org's account management policy, found at run time. */
    policyId?: string;
    actions: RuleActions;
}

/**
 * The state recorded for the catch-all rule: Okta's rule JSON (without `id` and `_links`) plus the actions it
 * had before the stack took it over, e.g. `{ policyId: "rst1", name: "Catch-all Rule", priority: 99, status:
 * "ACTIVE", system: true, conditions: null, actions: {...}, previousActions: { appSignOn: { access: "ALLOW",
 * verificationMethod: { type: "ASSURANCE", factorMode: "2FA_If_Possible", reauthenticateIn: "PT0S", constraints:
 * [] } } }, ... }`.
 */
export interface CatchAllRuleOutputs extends CatchAllRuleInputs {
    policyId: string;
    name: string;
    priority: number;
    status: RuleStatus;
    system: boolean;
    conditions: null;
    created: string;
    lastUpdated: string;
    /** The actions found when the stack took the rule over; delete writes them back. Absent on a read-only `get`. */
    previousActions?: RuleActions;
}
