/**
 * Rule definitions taken from Okta's documentation, written as `AccountManagementPolicyRule` inputs (the
 * docs' read-only fields, `type` and `system` left out), with the documentation's defects fixed as each
 * comment says.
 */
import type { AccountManagementPolicyRuleInputs } from "../../provider/rule/inputs";
import { AUTHENTICATOR_ENROLLMENT_RULE } from "../support/guideRules";

/** A group id shaped as Okta's: `"00g..."`. */
export const GROUP_ID = "00g1emaKYZTWRYYRRTSK";
/** A second group id, e.g. to reorder a list. */
export const OTHER_GROUP_ID = "00g2fnbLZAUXSZZSSUTL";
/** A network zone id shaped as Okta's: `"nzo..."`. */
export const ZONE_ID = "nzo5dtwhzly9mXvlN0g7";
/** An identity verification provider id shaped as Okta's: `"0oa..."`. */
export const IDP_ID = "0oa62bfdiumsUndnZ0h7";

/**
 * Use case 1, "Add a rule for your first phishing-resistant authenticator" (developer guide). The guide's
 * body is a copy-pasted response: its `id`, `created`, `lastUpdated`, `_links` and undocumented `initialMode`
 * are dropped.
 */
export const FIRST_PHISHING_RESISTANT: AccountManagementPolicyRuleInputs = {
    name: "Test rule",
    priority: 1,
    status: "ACTIVE",
    conditions: {
        userType: { include: [], exclude: [] },
        network: { connection: "ZONE", include: [ZONE_ID] },
        people: { users: { exclude: [], include: [] }, groups: { include: [], exclude: [] } },
        riskScore: { level: "LOW" },
        elCondition: {
            condition:
                "accessRequest.operation == 'enroll' || accessRequest.operation == 'unenroll' && ( accessRequest.authenticator.key == 'okta_verify' || accessRequest.authenticator.key == 'webauthn' || accessRequest.authenticator.key == 'smart_card_idp' || accessRequest.authenticator.key == 'yubikey_token' )",
        },
        platform: { include: [] },
    },
    actions: {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                factorMode: "2FA",
                reauthenticateIn: "PT0S",
                constraints: [{ possession: { userPresence: "OPTIONAL" } }],
                type: "ASSURANCE",
            },
        },
    },
};

/**
 * Use case 2, "Add a rule for authenticator enrollment": the guide gives no JSON; this is the reference's
 * mapping.
 */
export const PHISHING_RESISTANT_ENROLLMENT: AccountManagementPolicyRuleInputs = AUTHENTICATOR_ENROLLMENT_RULE;

/**
 * Use case 3, "Add a rule for password recovery and account unlock": use case 2 with the recovery expression.
 */
export const RECOVERY_AND_UNLOCK: AccountManagementPolicyRuleInputs = {
    ...PHISHING_RESISTANT_ENROLLMENT,
    name: "Phishing-resistant recovery and unlock",
    priority: 3,
    conditions: {
        ...PHISHING_RESISTANT_ENROLLMENT.conditions,
        elCondition: {
            condition: "accessRequest.operation == 'recover' || accessRequest.operation == 'unlockAccount'",
        },
    },
};

/** The identity verification rule of the IDV guide, its `{groupId}` and `{IDVId}` placeholders filled in. */
export const IDENTITY_VERIFICATION: AccountManagementPolicyRuleInputs = {
    name: "Require IDV for authenticator enrollment",
    priority: 1,
    conditions: {
        people: { groups: { include: [GROUP_ID] } },
        network: { connection: "ANYWHERE" },
        riskScore: { level: "ANY" },
        elCondition: { condition: "accessRequest.operation == 'enroll'" },
        userType: { include: [], exclude: [] },
    },
    actions: { appSignOn: { access: "ALLOW", verificationMethod: { id: IDP_ID, type: "ID_PROOFING" } } },
};

/**
 * "Add a rule for device conditions" (EA): the guide nests `actions` inside `conditions`; here it is at the
 * top.
 */
export const REGISTERED_DEVICE_RECOVERY: AccountManagementPolicyRuleInputs = {
    name: "Require registered device for password recovery",
    priority: 1,
    conditions: {
        people: { groups: { include: [] } },
        network: { connection: "ANYWHERE" },
        riskScore: { level: "ANY" },
        elCondition: {
            condition:
                "accessRequest.authenticator.key == 'okta_password' && accessRequest.operation == 'recover'",
        },
        device: { registered: true, managed: true, assurance: { include: [] } },
    },
    actions: {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                factorMode: "2FA",
                type: "ASSURANCE",
                reauthenticateIn: "PT1H",
                constraints: [
                    {
                        possession: {
                            required: true,
                            phishingResistant: "REQUIRED",
                            userPresence: "OPTIONAL",
                        },
                    },
                ],
            },
        },
    },
};

/**
 * The API spec's device-condition example for this policy, without its empty `elCondition: {}` (Okta refuses
 * it).
 */
export const DEVICE_ASSURANCE: AccountManagementPolicyRuleInputs = {
    name: "OAMP rule with device conditions",
    conditions: {
        userType: { include: [], exclude: [] },
        network: { connection: "ANYWHERE" },
        riskScore: { level: "ANY" },
        people: { users: { exclude: [], include: [] }, groups: { include: [], exclude: [] } },
        platform: { include: [] },
        device: { registered: true, managed: true, assurance: { include: ["dae1f42iavrXPlAtG0g5"] } },
    },
    actions: {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                factorMode: "2FA",
                reauthenticateIn: "PT1H",
                constraints: [
                    { possession: { phishingResistant: "REQUIRED", userVerification: "OPTIONAL" } },
                ],
                type: "ASSURANCE",
            },
        },
    },
};

/** The documented rules above, by the name a test reports. */
export const DOCUMENTED_RULES: Record<string, AccountManagementPolicyRuleInputs> = {
    "use case 1, first phishing-resistant authenticator": FIRST_PHISHING_RESISTANT,
    "use case 2, authenticator enrollment": PHISHING_RESISTANT_ENROLLMENT,
    "use case 3, password recovery and account unlock": RECOVERY_AND_UNLOCK,
    "the identity verification rule": IDENTITY_VERIFICATION,
    "the registered device rule": REGISTERED_DEVICE_RECOVERY,
    "the spec's device assurance example": DEVICE_ASSURANCE,
};

/** A deep copy of a rule as the plain record `check` receives, e.g. to break it in one place. */
export function copyRule(rule: AccountManagementPolicyRuleInputs): Record<string, unknown> {
    return structuredClone(rule) as unknown as Record<string, unknown>;
}
