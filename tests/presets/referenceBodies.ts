/**
 * The rule bodies Okta's material records for the guide's three use cases, copied from the project's reference
 * notes: the guide's use case 1 request as published (a copied response, with read-only fields and its precedence
 * defect), the Admin Console's condition for it, and the bodies mapped from the Admin Console for use cases 2 and 3.
 */
import { AUTHENTICATOR_ENROLLMENT_RULE } from "../support/guideRules";

/** Use case 1 exactly as the guide's request publishes it. */
export const GUIDE_FIRST_PHISHING_RESISTANT_REQUEST = {
    system: false,
    type: "ACCESS_POLICY",
    id: "rul2p9xACRTDf9qZV0g4",
    name: "Test rule",
    priority: 1,
    status: "ACTIVE",
    created: "2024-07-16T20:27:25.000Z",
    lastUpdated: "2024-07-16T20:27:25.000Z",
    conditions: {
        userType: { include: [], exclude: [] },
        network: { connection: "ZONE", include: ["nzo5dtwhzly9mXvlN0g7"] },
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
    initialMode: false,
    _links: {
        self: {
            href: "https://brent-stellar-org.trexcloud.com/api/v1/policies/rst1k0mWSjjvYzqQv0g4/rules/rul2p9xACRTDf9qZV0g4",
            hints: { allow: ["GET", "PUT", "DELETE"] },
        },
        deactivate: {
            href: "https://brent-stellar-org.trexcloud.com/api/v1/policies/rst1k0mWSjjvYzqQv0g4/rules/rul2p9xACRTDf9qZV0g4/lifecycle/deactivate",
            hints: { allow: ["POST"] },
        },
    },
};

/** The Admin Console's custom expression for use case 1 ("Enroll your first phishing-resistant authenticator"). */
export const ADMIN_CONSOLE_FIRST_PHISHING_RESISTANT_CONDITION =
    "accessRequest.operation == 'enroll' && ( accessRequest.authenticator.key == 'okta_verify' || accessRequest.authenticator.key == 'webauthn' || accessRequest.authenticator.key == 'smart_card_idp' || accessRequest.authenticator.key == 'yubikey_token' )";

/** Use case 2 mapped from the Admin Console's settings to the API schema. */
export const AUTHENTICATOR_ENROLLMENT_BODY = { type: "ACCESS_POLICY", ...AUTHENTICATOR_ENROLLMENT_RULE };

/** Use case 3: the body of use case 2 with the Admin Console's recovery and unlock expression. */
export const PASSWORD_RECOVERY_AND_UNLOCK_CONDITION =
    "accessRequest.operation == 'recover'|| accessRequest.operation == 'unlockAccount'";
