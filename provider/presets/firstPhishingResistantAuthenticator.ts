/**
 * Use case 1 of Okta's account management policy guide: "Add a rule for your first phishing-resistant
 * authenticator" (Admin Console: "Enroll your first phishing-resistant authenticator"). Pure: no I/O.
 */
import type * as pulumi from "@pulumi/pulumi";
import { el, PHISHING_RESISTANT_KEYS } from "../el";
import type { AccountManagementPolicyRuleArgs } from "../resources/accountManagementPolicyRule";
import type { DeepInput } from "../resources/deepInput";
import type { RequirementLevel } from "../rule/types";
import { describeAnyone, PresetOptions, USE_CASE_PRIORITIES } from "./presetParts";

/** Options of use case 1, e.g. `{ zones: [office.id], groups: [admins.id] }`. */
export interface FirstPhishingResistantAuthenticatorOptions extends PresetOptions {
    /** Trusted network zones (ids of IP zones, e.g. `"nzo5dtwhzly9mXvlN0g7"`); at least one. */
    zones: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Whether the possession factor must involve the user (approve a push, touch a key, biometrics). Default
     * `"REQUIRED"`, the Admin Console's "Require user interaction"; `"OPTIONAL"` reproduces the guide's JSON.
     */
    userPresence?: DeepInput<RequirementLevel>;
}

/** The rule's name when none is given. */
const DEFAULT_NAME = "First phishing-resistant authenticator";

/**
 * Lets a user enroll a first phishing-resistant authenticator (Okta Verify, WebAuthn, smart card, YubiKey) with
 * any two factors they already have, prompted every time, but only from the trusted network `zones`, only at low
 * risk (Okta's `LOW` matches that level only), and only for `groups` when given. E.g.
 * `firstPhishingResistantAuthenticator({ zones: ["nzo5dtwhzly9mXvlN0g7"] })` gives `{ name: "First
 * phishing-resistant authenticator", priority: 1, conditions: { network: { connection: "ZONE", include:
 * ["nzo5dtwhzly9mXvlN0g7"] }, riskScore: { level: "LOW" }, elCondition: { condition: "accessRequest.operation ==
 * 'enroll' && (accessRequest.authenticator.key == 'okta_verify' || ... == 'yubikey_token')" }, ... }, actions: {
 * appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode: "2FA", reauthenticateIn:
 * "PT0S", constraints: [{ possession: { userPresence: "REQUIRED" } }] } } } }`.
 *
 * What Okta recommends around it: keep this rule at priority 1, above every other rule but Okta's "Password Expiry
 * Rule" (priority 0), so that the stricter enrollment rule (`authenticatorEnrollment`) does not deadlock users who
 * have no phishing-resistant authenticator yet; it relies on IP network zones. "Any two factors" means users need
 * two enrolled authenticators (e.g. password and email) or they are blocked here. Where the guide and the Admin
 * Console disagree, this preset follows the Admin Console: the guide's JSON condition
 * `operation == 'enroll' || operation == 'unenroll' && (...)` binds as `enroll || (unenroll && ...)` and so matches
 * the enrollment of every authenticator; the condition here is `enroll && (key is phishing resistant)`, built with
 * `el`. The guide's JSON sends `userPresence: "OPTIONAL"`, the Admin Console "Require user interaction" (and Okta's
 * API default) is `"REQUIRED"`: the default here; pass `userPresence: "OPTIONAL"` for the guide's body.
 * Throws when `zones` is a plain empty list.
 */
export function firstPhishingResistantAuthenticator(
    options: FirstPhishingResistantAuthenticatorOptions,
): AccountManagementPolicyRuleArgs {
    if (Array.isArray(options.zones) && options.zones.length === 0) {
        throw new Error(
            "useCases.firstPhishingResistantAuthenticator: zones is empty; pass the ids of the trusted IP network " +
                'zones users may enroll their first phishing-resistant authenticator from, e.g. ["nzo5dtwhzly9mXvlN0g7"]',
        );
    }
    return {
        name: options.name ?? DEFAULT_NAME,
        priority: options.priority ?? USE_CASE_PRIORITIES.firstPhishingResistantAuthenticator,
        conditions: {
            ...describeAnyone(options.groups),
            network: { connection: "ZONE", include: options.zones },
            riskScore: { level: "LOW" },
            elCondition: {
                condition: el.and(el.operationIs("enroll"), el.authenticatorKeyIn(PHISHING_RESISTANT_KEYS)),
            },
        },
        actions: {
            appSignOn: {
                access: "ALLOW",
                verificationMethod: {
                    type: "ASSURANCE",
                    factorMode: "2FA",
                    reauthenticateIn: "PT0S",
                    constraints: [{ possession: { userPresence: options.userPresence ?? "REQUIRED" } }],
                },
            },
        },
    };
}
