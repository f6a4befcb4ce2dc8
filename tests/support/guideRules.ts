/**
 * Okta's guide use cases 2 and 3 as rule inputs (the guide gives no JSON for them; these are the reference's
 * mapping of the Admin Console's settings), and the actions they share, for tests of every layer.
 */
import type { AccountManagementPolicyRuleInputs } from "../../provider/rule/inputs";
import type { RuleActions } from "../../provider/rule/types";

/** `ALLOW` after one phishing-resistant possession factor, prompting every time: use cases 2 and 3. */
export const PHISHING_RESISTANT_POSSESSION_EVERY_TIME = {
    appSignOn: {
        access: "ALLOW",
        verificationMethod: {
            type: "ASSURANCE",
            factorMode: "1FA",
            reauthenticateIn: "PT0S",
            constraints: [{ possession: { phishingResistant: "REQUIRED" } }],
        },
    },
} as const satisfies RuleActions;

/** Use case 2, "Add a rule for authenticator enrollment", with every condition the Admin Console sends. */
export const AUTHENTICATOR_ENROLLMENT_RULE = {
    name: "Phishing-resistant authenticator enrollment",
    priority: 2,
    conditions: {
        people: { users: { include: [], exclude: [] }, groups: { include: [], exclude: [] } },
        network: { connection: "ANYWHERE" },
        riskScore: { level: "ANY" },
        userType: { include: [], exclude: [] },
        platform: { include: [] },
        elCondition: { condition: "accessRequest.operation == 'enroll'" },
    },
    actions: PHISHING_RESISTANT_POSSESSION_EVERY_TIME,
} satisfies AccountManagementPolicyRuleInputs;
