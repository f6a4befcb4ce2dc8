/**
 * The three use cases of Okta's guide "Configure an Okta account management policy", as rule presets. Pure.
 */
import { authenticatorEnrollment } from "./authenticatorEnrollment";
import { firstPhishingResistantAuthenticator } from "./firstPhishingResistantAuthenticator";
import { passwordRecoveryAndUnlock } from "./passwordRecoveryAndUnlock";

/**
 * Presets returning `AccountManagementPolicyRuleArgs`, to spread into a rule, e.g.
 * `new AccountManagementPolicyRule("enroll", { policyId: policy.id, ...useCases.authenticatorEnrollment() })`.
 * Their default priorities (1, 2, 3) keep Okta's recommended order and leave 0 to Okta's Password Expiry Rule.
 */
export const useCases = {
    firstPhishingResistantAuthenticator,
    authenticatorEnrollment,
    passwordRecoveryAndUnlock,
};
