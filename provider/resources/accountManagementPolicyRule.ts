/**
 * `AccountManagementPolicyRule`: one rule of Okta's account management policy as a Pulumi resource.
 */
import * as pulumi from "@pulumi/pulumi";
import type { RuleDefinition } from "../evaluate";
import { guardRule } from "../guard/guardRule";
import type { RuleActions, RuleConditions, RuleStatus } from "../rule/types";
import { declarationsOfRun } from "./programDeclarationsOfRun";
import type { DeepInput } from "./deepInput";
import { LazyProvider, PACKAGE_NAME } from "./lazyProvider";

/** The arguments of a rule; they mirror Okta's rule JSON, so a body from Okta's docs maps one to one. */
export interface AccountManagementPolicyRuleArgs {
    /** The policy; omitted means the org's account management policy, found by the provider. */
    policyId?: pulumi.Input<string>;
    /** The rule's name in Okta, unique in the policy; omitted means the resource's logical name. */
    name?: pulumi.Input<string>;
    /** 0 is the top; the catch-all rule sits at 99. Omitted: placed at the bottom, above the catch-all. */
    priority?: pulumi.Input<number>;
    /** `"ACTIVE"` (default) or `"INACTIVE"`. */
    status?: pulumi.Input<RuleStatus>;
    /** Who, from where, for which operation, e.g. `{ elCondition: { condition: "accessRequest.operation == 'enroll'" } }`. */
    conditions?: DeepInput<RuleConditions>;
    /** What the user must present, e.g. `{ appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", ... } } }`. */
    actions: DeepInput<RuleActions>;
    /** Take over an existing rule with the same name instead of failing on the duplicate. Default false. */
    adopt?: pulumi.Input<boolean>;
    /** Lockout-guard checks to silence on this rule, by id, e.g. `["G07"]`. */
    suppressChecks?: pulumi.Input<pulumi.Input<string>[]>;
}

const ruleProvider = new LazyProvider(`${PACKAGE_NAME}/dist/provider/operations/ruleOperations`);

/**
 * A rule of the account management policy, e.g.
 * `new AccountManagementPolicyRule("enroll", { actions: { appSignOn: { access: "ALLOW", verificationMethod: {...} } } })`.
 * The resource id is Okta's rule id.
 */
export class AccountManagementPolicyRule extends pulumi.dynamic.Resource {
    /** The policy the rule belongs to. */
    declare readonly policyId: pulumi.Output<string>;
    /** The rule's name in Okta. */
    declare readonly name: pulumi.Output<string>;
    /** The priority Okta gave the rule (Okta may renumber when other rules move). */
    declare readonly priority: pulumi.Output<number>;
    /** `"ACTIVE"` or `"INACTIVE"`. */
    declare readonly status: pulumi.Output<RuleStatus>;
    /** The conditions as Okta returns them (defaults filled in). */
    declare readonly conditions: pulumi.Output<RuleConditions | null>;
    /** The actions as Okta returns them. */
    declare readonly actions: pulumi.Output<RuleActions>;
    /** True only for Okta's own catch-all rule. */
    declare readonly system: pulumi.Output<boolean>;
    /** When Okta created the rule, e.g. `"2026-01-06T09:19:39.000Z"`. */
    declare readonly created: pulumi.Output<string>;
    /** When Okta last changed the rule. */
    declare readonly lastUpdated: pulumi.Output<string>;

    /**
     * Reads an existing rule by id without managing it (read-only in this stack), e.g.
     * `AccountManagementPolicyRule.get("legacy", "rul1abc")`. To manage an existing rule, declare it with `adopt: true`.
     */
    static get(
        name: string,
        id: pulumi.Input<pulumi.ID>,
        state?: { policyId?: pulumi.Input<string> },
        opts?: pulumi.CustomResourceOptions,
    ): AccountManagementPolicyRule {
        return new AccountManagementPolicyRule(name, { ...state } as AccountManagementPolicyRuleArgs, {
            ...opts,
            id,
        });
    }

    constructor(name: string, args: AccountManagementPolicyRuleArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            ruleProvider,
            name,
            {
                ...args,
                name: args.name ?? name,
                policyId: args.policyId,
                priority: args.priority,
                status: args.status,
                conditions: args.conditions,
                system: undefined,
                created: undefined,
                lastUpdated: undefined,
            },
            opts,
            "okta",
            "AccountManagementPolicyRule",
        );
        pulumi.output(args).apply(resolved => {
            const declared =
                opts?.id === undefined && resolved.actions?.appSignOn?.verificationMethod !== undefined;
            if (!declared) return;
            const rule = { ...resolved, name: resolved.name ?? name } as unknown as RuleDefinition;
            for (const finding of guardRule(rule)) {
                if (finding.severity === "warning") void pulumi.log.warn(finding.message, this);
                if (finding.severity === "info") void pulumi.log.info(finding.message, this);
            }
        });
        if (opts?.id === undefined) {
            const declared = pulumi.all([args.policyId, args.name ?? name, args.priority]);
            declared.apply(([policyId, ruleName, priority]) => {
                const findings = declarationsOfRun().declareSingleRule(
                    policyId ?? "",
                    name,
                    ruleName,
                    priority,
                );
                for (const finding of findings) {
                    if (finding.severity === "error") void pulumi.log.error(finding.message, this);
                    else void pulumi.log.warn(finding.message, this);
                }
            });
        }
    }
}
