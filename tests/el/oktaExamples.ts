/**
 * Every Expression Language condition Okta's own material uses for the account management policy, verbatim,
 * with where it comes from. Shared by the parser, printer, lint and evaluation tests.
 */

/** One condition from Okta's material, e.g. the help center's recovery rule. */
export interface OktaExample {
    source: string;
    text: string;
}

const PR_KEYS_OR =
    "( accessRequest.authenticator.key == 'okta_verify' || accessRequest.authenticator.key == 'webauthn' || " +
    "accessRequest.authenticator.key == 'smart_card_idp' || accessRequest.authenticator.key == 'yubikey_token' )";

/** Okta's guide example with the precedence defect: it means `enroll || (unenroll && key in {...})`. */
export const GUIDE_MIXED_EXAMPLE = `accessRequest.operation == 'enroll' || accessRequest.operation == 'unenroll' && ${PR_KEYS_OR}`;

/** The conditions, in the order the reference lists them. */
export const OKTA_EXAMPLES: readonly OktaExample[] = [
    { source: "developer guide, condition object example (current)", text: GUIDE_MIXED_EXAMPLE },
    {
        source: "developer guide 2024 and help center, first phishing-resistant authenticator",
        text: `accessRequest.operation == 'enroll' && ${PR_KEYS_OR}`,
    },
    {
        source: "identity verification guide; help center, enrollment rule",
        text: "accessRequest.operation == 'enroll'",
    },
    {
        source: "identity verification guide (alternate use case); developer guide device example",
        text: "accessRequest.authenticator.key == 'okta_password' && accessRequest.operation == 'recover'",
    },
    {
        source: "identity verification guide (alternate use case), inline list",
        text: "{ 'okta_verify', 'webauthn', 'smart_card_idp', 'yubikey_token' }.contains(accessRequest.authenticator.key) && accessRequest.operation == 'enroll'",
    },
    {
        source: "help center, account recovery rule",
        text: "accessRequest.operation == 'recover'|| accessRequest.operation == 'unlockAccount'",
    },
    {
        source: "real tenant export, Password Expiry Rule",
        text: "accessRequest.operation=='recover' && accessRequest.metadata.type=='expiry'",
    },
    {
        source: "support article, enrollment for a specific authenticator",
        text: "accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'google_otp'",
    },
    {
        source: "Okta Verify guide, before the Flexible Okta Verify rewrite",
        text: "accessRequest.authenticator.key == 'okta_verify'",
    },
    {
        source: "Okta Verify guide, after the Flexible Okta Verify rewrite",
        text: "accessRequest.authenticator.key == 'okta_verify_totp' || accessRequest.authenticator.key == 'okta_verify_push' || accessRequest.authenticator.key == 'okta_verify_fastpass'",
    },
    {
        source: "evaluation notes, inline list",
        text: "{'okta_verify','webauthn'}.contains(accessRequest.authenticator.key)",
    },
];

/** The support article's authenticator keys for `accessRequest.operation == 'enroll' && key == '<key>'`. */
export const SUPPORT_ARTICLE_KEYS = [
    "okta_verify",
    "webauthn",
    "smart_card_idp",
    "yubikey_token",
    "google_otp",
    "security_question",
    "okta_email",
    "phone_number",
] as const;
