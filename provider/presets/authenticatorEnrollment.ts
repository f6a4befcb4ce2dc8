/**
 * Use case 2 of Okta's account management policy guide: "Add a rule for authenticator enrollment" (Admin Console:
 * "Enroll new authenticators using an existing phishing-resistant authenticator"). Pure: no I/O.
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
const DEFAULT_NAME = "Phishing-resistant authenticator enrollment";

/**
 * Enrolling any new authenticator requires a phishing-resistant possession factor the user already has, prompted
 * every time, from anywhere and at any risk (only for `groups` when given). E.g. `authenticatorEnrollment()` gives
 * `{ name: "Phishing-resistant authenticator enrollment", priority: 2, conditions: { network: { connection:
 * "ANYWHERE" }, riskScore: { level: "ANY" }, elCondition: { condition: "accessRequest.operation == 'enroll'" }, ...
 * }, actions: { appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode: "1FA",
 * reauthenticateIn: "PT0S", constraints: [{ possession: { phishingResistant: "REQUIRED" } }] } } } }`.
 *
 * What Okta recommends around it: place it above the catch-all rule but below the first-phishing-resistant-
 * authenticator rule (`firstPhishingResistantAuthenticator`, priority 1), which must exist for users who have no
 * phishing-resistant authenticator yet, and make every user eligible for one in the authenticator enrollment
 * policy first. Unenrollment is not covered (it falls to the catch-all rule): users can lock themselves out by
 * removing authenticators, so encourage them to keep one phishing-resistant authenticator.
 */
export function authenticatorEnrollment(options: PresetOptions = {}): AccountManagementPolicyRuleArgs {
    return {
        name: options.name ?? DEFAULT_NAME,
        priority: options.priority ?? USE_CASE_PRIORITIES.authenticatorEnrollment,
        conditions: {
            ...describeAnyone(options.groups),
            network: { connection: "ANYWHERE" },
            riskScore: { level: "ANY" },
            elCondition: { condition: el.operationIs("enroll") },
        },
        actions: requirePhishingResistantPossession(),
    };
}
