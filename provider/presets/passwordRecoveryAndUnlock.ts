/**
 * Use case 3 of Okta's account management policy guide: "Add a rule for password recovery and account unlock"
 * (Admin Console: "Unlock accounts and recover passwords using phishing-resistant authenticators"). Pure: no I/O.
 */
import { el } from "../el";
import type { AccountManagementPolicyRuleArgs } from "../resources/accountManagementPolicyRule";
import {
    describeAnyone,
    PresetOptions,
    requirePhishingResistantPossession,
    USE_CASE_PRIORITIES,
} from "./presetParts";

/** The rule's name when none is given. */
const DEFAULT_NAME = "Phishing-resistant password recovery and unlock";

/**
 * Password recovery and account unlock require a phishing-resistant possession factor, prompted every time, from
 * anywhere and at any risk (only for `groups` when given). E.g. `passwordRecoveryAndUnlock()` gives `{ name:
 * "Phishing-resistant password recovery and unlock", priority: 3, conditions: { elCondition: { condition:
 * "accessRequest.operation == 'recover' || accessRequest.operation == 'unlockAccount'" }, ... }, actions: the same
 * phishing-resistant possession factor as `authenticatorEnrollment` }`.
 *
 * It only takes effect for users whose password policy rule sends recovery to this policy
 * (`actions.selfServicePasswordReset.requirement.accessControl: "AUTH_POLICY"`, see `PasswordRecoveryAccessControl`)
 * and allows self-service reset and unlock (`ALLOW`); under `"LEGACY"` the password rule decides and this rule never
 * fires. Okta recommends a separate rule for expired passwords above it, its "Password Expiry Rule"
 * (`accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expiry'`, priority 0, a password
 * factor), or users whose password expired are held to this stricter rule. The guide leaves this rule's priority
 * blank ("above the catch-all rule but below the first phishing-resistant authenticator"): the default here is 3,
 * below use cases 1 and 2 (whose enroll conditions never overlap with recover or unlock) and below priority 0, kept
 * for the Password Expiry Rule. Users without a phishing-resistant authenticator can then recover only through an
 * administrator.
 */
export function passwordRecoveryAndUnlock(options: PresetOptions = {}): AccountManagementPolicyRuleArgs {
    return {
        name: options.name ?? DEFAULT_NAME,
        priority: options.priority ?? USE_CASE_PRIORITIES.passwordRecoveryAndUnlock,
        conditions: {
            ...describeAnyone(options.groups),
            network: { connection: "ANYWHERE" },
            riskScore: { level: "ANY" },
            elCondition: { condition: el.operationIn(["recover", "unlockAccount"]) },
        },
        actions: requirePhishingResistantPossession(),
    };
}
