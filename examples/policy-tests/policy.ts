/**
 * A small account management policy, written once as rule arguments: the stack passes the ids of its groups and
 * zones (outputs), the policy tests pass plain ids and check what the rules do with `evaluate`. In a project of
 * your own, import from "pulumi-okta-account-management" instead of the repository paths used here.
 */
import type * as pulumi from "@pulumi/pulumi";
import { useCases } from "../../provider/presets/useCases";
import type { AccountManagementPolicyRuleArgs } from "../../provider/resources/accountManagementPolicyRule";

/** The ids the policy names, e.g. `{ contractors: contractorsGroup.id, office: officeZone.id }` in a stack. */
export interface PolicyIds {
    /** The Contractors group. */
    contractors: pulumi.Input<string>;
    /** The office's IP network zone. */
    office: pulumi.Input<string>;
}

/**
 * The policy's rules from the top, each the arguments of one `AccountManagementPolicyRule`, e.g. in a stack:
 * `declarePolicyRules({ contractors: group.id, office: zone.id }).forEach((args, i) => new
 * AccountManagementPolicyRule(\`rule-${i}\`, { policyId: policy.id, ...args }))`. Contractors recovering from
 * outside the office need a phishing-resistant possession factor; everyone else recovers with any possession
 * factor; enrolling needs a phishing-resistant factor, except a first one enrolled from the office at low risk.
 */
export function declarePolicyRules(ids: PolicyIds): AccountManagementPolicyRuleArgs[] {
    const recoverOrUnlock =
        "accessRequest.operation == 'recover' || accessRequest.operation == 'unlockAccount'";
    return [
        useCases.firstPhishingResistantAuthenticator({ zones: [ids.office], priority: 1 }),
        {
            name: "Contractors recover off-site",
            priority: 2,
            conditions: {
                people: { groups: { include: [ids.contractors] } },
                network: { connection: "ZONE", exclude: [ids.office] },
                elCondition: { condition: recoverOrUnlock },
            },
            actions: {
                appSignOn: {
                    access: "ALLOW",
                    verificationMethod: {
                        type: "ASSURANCE",
                        factorMode: "1FA",
                        reauthenticateIn: "PT0S",
                        constraints: [{ possession: { phishingResistant: "REQUIRED" } }],
                    },
                },
            },
        },
        {
            name: "Recovery",
            priority: 3,
            conditions: { elCondition: { condition: recoverOrUnlock } },
            actions: {
                appSignOn: {
                    access: "ALLOW",
                    verificationMethod: {
                        type: "ASSURANCE",
                        factorMode: "1FA",
                        reauthenticateIn: "PT0S",
                        constraints: [{ possession: {} }],
                    },
                },
            },
        },
        useCases.authenticatorEnrollment({ priority: 4 }),
    ];
}
