/** Rules for the rule set tests: small, valid, each told apart by its name and operation. */
import type { AccountManagementPolicyRulesEntryArgs } from "../../provider/resources/accountManagementPolicyRules";
import type { RuleSetEntry } from "../../provider/ruleSet/ruleSetInputs";

/**
 * A valid rule named `name` for `operation`, e.g. `entry("Enroll")` allows enrollment with one factor. Rules of
 * one operation shadow each other (a guard warning, not an error).
 */
export function entry(name: string, operation = "enroll", factorMode: "1FA" | "2FA" = "1FA"): RuleSetEntry {
    return {
        name,
        conditions: { elCondition: { condition: `accessRequest.operation == '${operation}'` } },
        actions: {
            appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode } },
        },
    };
}

/** Authenticators to tell declared rules apart by, so that no rule shadows another. */
const KEYS = [
    "okta_email",
    "okta_verify",
    "webauthn",
    "phone_number",
    "google_otp",
    "security_question",
    "yubikey_token",
];

/**
 * A valid rule as a program declares it, for the resource classes: enrollment of one authenticator (picked by the
 * name's first letter) with one factor, e.g. `declaredRule("A")` is for `okta_verify`.
 */
export function declaredRule(name: string, reauthenticateIn = "PT0S"): AccountManagementPolicyRulesEntryArgs {
    const key = KEYS[name.charCodeAt(0) % KEYS.length];
    return {
        name,
        conditions: {
            elCondition: {
                condition: `accessRequest.operation == 'enroll' && accessRequest.authenticator.key == '${key}'`,
            },
        },
        actions: {
            appSignOn: {
                access: "ALLOW",
                verificationMethod: { type: "ASSURANCE", factorMode: "1FA", reauthenticateIn },
            },
        },
    };
}
