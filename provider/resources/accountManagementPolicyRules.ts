/**
 * `AccountManagementPolicyRules`: the ordered list of the account management policy's rules as one Pulumi
 * resource. List position is priority; the set writes top-down, one rule at a time, so the policy converges to the
 * declared order in one run from any starting order.
 */
import * as pulumi from "@pulumi/pulumi";
import { guardAll } from "../guard/guardPolicy";
import type { RuleActions, RuleConditions, RuleStatus } from "../rule/types";
import { declarationsOfRun } from "./programDeclarationsOfRun";
import type {
    ForeignRuleState,
    ForeignRulesMode,
    OwnedRuleState,
    RuleSetEntry,
} from "../ruleSet/ruleSetInputs";
import type { DeepInput } from "./deepInput";
import { LazyProvider, PACKAGE_NAME } from "./lazyProvider";

/** One rule of the set, e.g. `{ name: "Enroll", conditions: {...}, actions: {...} }`; its position is its priority. */
export interface AccountManagementPolicyRulesEntryArgs {
    /** The rule's name in Okta, unique in the policy; an existing rule of this name is taken over. */
    name: pulumi.Input<string>;
    /** `"ACTIVE"` (default) or `"INACTIVE"`. */
    status?: pulumi.Input<RuleStatus>;
    /** Who, from where, for which operation, as for `AccountManagementPolicyRule`. */
    conditions?: DeepInput<RuleConditions>;
    /** What the user must present, as for `AccountManagementPolicyRule`. */
    actions: DeepInput<RuleActions>;
    /** Lockout-guard checks to silence on this rule, by id, e.g. `["G07"]`. */
    suppressChecks?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * The arguments of the set, e.g. `{ rules: [enroll, recover], foreignRules: "keep" }`: `enroll` gets priority 0
 * (evaluated first), `recover` the next free one.
 */
export interface AccountManagementPolicyRulesArgs {
    /** The policy; omitted means the org's account management policy, found by the provider. */
    policyId?: pulumi.Input<string>;
    /** The rules, top first. Existing rules of the same names are taken over (no duplicates are created). */
    rules: pulumi.Input<pulumi.Input<AccountManagementPolicyRulesEntryArgs>[]>;
    /**
     * The policy's rules that are not in the list: `"report"` (default) names them in a warning and lets them sit
     * below the set; `"keep"` leaves them at their priorities, the set taking the free priorities around them;
     * `"remove"` deletes them.
     */
    foreignRules?: pulumi.Input<ForeignRulesMode>;
}

const rulesProvider = new LazyProvider(`${PACKAGE_NAME}/dist/provider/operations/orderedRulesOperations`);

/**
 * The account management policy's rules in order, e.g.
 * `new AccountManagementPolicyRules("policy", { rules: [useCaseRule1, useCaseRule2] })`. Create takes over rules of
 * the same names and writes the list top-down; a run with nothing changed makes no API call; refresh lists the
 * policy once and records what changed outside the stack in `drift`. A rule may belong to this set or to an
 * `AccountManagementPolicyRule`, not both (see docs/priorities.md). The resource id is the policy id.
 */
export class AccountManagementPolicyRules extends pulumi.dynamic.Resource {
    /** The policy whose rules are ordered. */
    declare readonly policyId: pulumi.Output<string>;
    /** The owned rules in list order, as Okta has them, with their ids and actual priorities. */
    declare readonly rules: pulumi.Output<OwnedRuleState[]>;
    /** How rules outside the list are treated. */
    declare readonly foreignRules: pulumi.Output<ForeignRulesMode>;
    /** The policy's rules outside the list, by priority, e.g. `[{ id: "rul7", name: "Legacy", priority: 3, status: "ACTIVE" }]`. */
    declare readonly foreignRulesFound: pulumi.Output<ForeignRuleState[]>;
    /** What the last refresh found changed outside the stack, one sentence each; empty after an update. */
    declare readonly drift: pulumi.Output<string[]>;

    constructor(name: string, args: AccountManagementPolicyRulesArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            rulesProvider,
            name,
            {
                policyId: undefined,
                foreignRules: undefined,
                foreignRulesFound: undefined,
                drift: undefined,
                ...args,
            },
            opts,
            "okta",
            "AccountManagementPolicyRules",
        );
        pulumi.all([args.policyId, args.rules, args.foreignRules]).apply(([policyId, rules, mode]) => {
            const entries = rules as unknown as RuleSetEntry[];
            const names = entries.map(rule => rule.name);
            for (const finding of declarationsOfRun().declareRuleSet(
                policyId ?? "",
                name,
                names,
                mode ?? "report",
            )) {
                if (finding.severity === "error") void pulumi.log.error(finding.message, this);
                else void pulumi.log.warn(finding.message, this);
            }
            for (const finding of guardAll(entries)) {
                if (finding.severity === "warning") void pulumi.log.warn(finding.message, this);
                if (finding.severity === "info") void pulumi.log.info(finding.message, this);
            }
        });
        pulumi.all([this.foreignRules, this.foreignRulesFound]).apply(([mode, found]) => {
            if (mode !== "report" || !found?.length) return;
            const named = found
                .map(rule => `"${rule.name}" (${rule.id}, priority ${rule.priority})`)
                .join(", ");
            void pulumi.log.warn(
                `the policy has rules this set does not list: ${named}. They sit below the set's rules. List them ` +
                    `in the set to manage them, or set foreignRules: "keep" (leave them where they are) or "remove".`,
                this,
            );
        });
    }
}
