/**
 * `AccountManagementPolicyCatchAllRule`: the system "Catch-all Rule" of Okta's account management policy as a
 * Pulumi resource. Okta creates it with the policy and never lets it go: the resource takes it over and manages
 * its actions only.
 */
import * as pulumi from "@pulumi/pulumi";
import type { RuleActions, RuleConditions, RuleStatus } from "../rule/types";
import type { DeepInput } from "./deepInput";
import { LazyProvider, PACKAGE_NAME } from "./lazyProvider";

/**
 * The arguments of the catch-all rule, e.g. `{ actions: { appSignOn: { access: "ALLOW", verificationMethod: {
 * type: "ASSURANCE", factorMode: "2FA", reauthenticateIn: "PT0S", constraints: [] } } } }`. Its name, priority
 * (99), status (always ACTIVE) and conditions (none: it matches everything) are Okta's and refused by `check`.
 */
export interface AccountManagementPolicyCatchAllRuleArgs {
    /** The policy; omitted means the org's account management policy, found by the provider. */
    policyId?: pulumi.Input<string>;
    /**
     * What a request that no other rule matched must present. Okta seeds `{ appSignOn: { access: "ALLOW",
     * verificationMethod: { type: "ASSURANCE", factorMode: "2FA_If_Possible", reauthenticateIn: "PT0S",
     * constraints: [] } } }`; `"2FA_If_Possible"` is accepted here (and only here) so that it can be restored.
     */
    actions: DeepInput<RuleActions>;
}

const catchAllProvider = new LazyProvider(`${PACKAGE_NAME}/dist/provider/operations/catchAllOperations`);

/**
 * The catch-all rule of the account management policy, e.g.
 * `new AccountManagementPolicyCatchAllRule("catch-all", { actions: { appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode: "2FA" } } } })`.
 * Create finds the rule by `system: true` and writes the actions with one PUT; delete writes back the actions it
 * found (`previousActions`). The resource id is the catch-all rule's id.
 */
export class AccountManagementPolicyCatchAllRule extends pulumi.dynamic.Resource {
    /** The policy the rule belongs to. */
    declare readonly policyId: pulumi.Output<string>;
    /** Okta's name for it, `"Catch-all Rule"`. */
    declare readonly name: pulumi.Output<string>;
    /** Always 99: the catch-all is evaluated last. */
    declare readonly priority: pulumi.Output<number>;
    /** Always `"ACTIVE"`. */
    declare readonly status: pulumi.Output<RuleStatus>;
    /** Always null: the catch-all matches every request no other rule matched. */
    declare readonly conditions: pulumi.Output<RuleConditions | null>;
    /** The actions as Okta returns them. */
    declare readonly actions: pulumi.Output<RuleActions>;
    /** The actions the rule had when the stack took it over, written back on delete. */
    declare readonly previousActions: pulumi.Output<RuleActions | undefined>;
    /** Always true. */
    declare readonly system: pulumi.Output<boolean>;
    /** When Okta created the rule, e.g. `"2024-07-08T17:31:39.000Z"`. */
    declare readonly created: pulumi.Output<string>;
    /** When Okta last changed the rule. */
    declare readonly lastUpdated: pulumi.Output<string>;

    constructor(
        name: string,
        args: AccountManagementPolicyCatchAllRuleArgs,
        opts?: pulumi.CustomResourceOptions,
    ) {
        super(
            catchAllProvider,
            name,
            {
                // Output-only keys first, so that a forbidden field given anyway reaches check and is refused there.
                policyId: undefined,
                name: undefined,
                priority: undefined,
                status: undefined,
                conditions: undefined,
                previousActions: undefined,
                system: undefined,
                created: undefined,
                lastUpdated: undefined,
                ...args,
            },
            opts,
            "okta",
            "AccountManagementPolicyCatchAllRule",
        );
    }
}
