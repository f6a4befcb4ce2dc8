/**
 * `PasswordRecoveryAccessControl`: which policy decides self-service password recovery and account unlock, set on
 * the rules of a PASSWORD policy, as a Pulumi resource.
 */
import * as pulumi from "@pulumi/pulumi";
import type { RuleAccessControlState } from "../passwordPolicy/inputs";
import type { AccessControl } from "../passwordPolicy/types";
import { LazyProvider, PACKAGE_NAME } from "./lazyProvider";

/** The arguments, e.g. `{ accessControl: "AUTH_POLICY" }` for every rule of the org's default password policy. */
export interface PasswordRecoveryAccessControlArgs {
    /** A PASSWORD policy's id, e.g. `"00p1abcdEFGHijklm0g7"`; omitted means the org's default password policy. */
    policyId?: pulumi.Input<string>;
    /** Rules of that policy, e.g. `["0pr1abcdEFGHijklm0g7"]`; omitted means all of them, including rules added later. */
    ruleIds?: pulumi.Input<pulumi.Input<string>[]>;
    /** `"AUTH_POLICY"`: the account management policy decides; `"LEGACY"`: each password rule's own requirements. */
    accessControl: pulumi.Input<AccessControl>;
}

const accessControlProvider = new LazyProvider(
    `${PACKAGE_NAME}/dist/provider/operations/passwordRecoveryOperations`,
);

/**
 * Sets `actions.selfServicePasswordReset.requirement.accessControl` on the rules of a PASSWORD policy, e.g.
 * `new PasswordRecoveryAccessControl("recovery", { accessControl: "AUTH_POLICY" })` sends recovery and unlock of
 * every user of the default password policy through the account management policy, so that a rule such as
 * `useCases.passwordRecoveryAndUnlock()` takes effect; `"LEGACY"` is Okta's "legacy option". Each rule is changed
 * with a GET and a PUT of the rule as read (nothing else in it changes, its priority included); the value each rule
 * had before is recorded in `rules` and written back on delete; refresh reads the values again and the next update
 * sets them back where they drifted.
 *
 * Check before switching: recovery and unlock reach the account management policy only where the rule sets
 * `selfServicePasswordReset.access` and `selfServiceUnlock.access` to `"ALLOW"`; otherwise they stay unavailable.
 * Okta gives new password rules `"AUTH_POLICY"` by default, so a rule added later moves its users to the account
 * management policy even without this resource. The resource id is the policy id (followed by `:` and the rule ids
 * when `ruleIds` is set).
 */
export class PasswordRecoveryAccessControl extends pulumi.dynamic.Resource {
    /** The PASSWORD policy, resolved to the default policy's id when none was given. */
    declare readonly policyId: pulumi.Output<string>;
    /** The rule ids as declared; absent when every rule of the policy is managed. */
    declare readonly ruleIds: pulumi.Output<string[] | undefined>;
    /** The value set on every managed rule. */
    declare readonly accessControl: pulumi.Output<AccessControl>;
    /** Each managed rule as last seen, e.g. `[{ id: "0pr1", name: "Default Rule", accessControl: "AUTH_POLICY", previousAccessControl: "LEGACY" }]`. */
    declare readonly rules: pulumi.Output<RuleAccessControlState[]>;

    constructor(name: string, args: PasswordRecoveryAccessControlArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            accessControlProvider,
            name,
            {
                policyId: args.policyId,
                ruleIds: args.ruleIds,
                accessControl: args.accessControl,
                rules: undefined,
            },
            opts,
            "okta",
            "PasswordRecoveryAccessControl",
        );
    }
}
