/**
 * What each authenticator method offers towards a rule's constraints: its factor classes and possession
 * characteristics, from Okta's table of authenticator characteristics. "Only in some configurations" is
 * UNDETERMINED. Pure data.
 */
import type { Truth } from "../el";

/** A factor class, e.g. `"possession"`. */
export type FactorClass = "knowledge" | "possession" | "inherence";

/**
 * One method of one authenticator, e.g. Okta Verify FastPass: `{ key: "okta_verify", type: "APP", method:
 * "SIGNED_NONCE", classes: ["possession"], mayAddInherence: true, phishingResistant: "TRUE", ... }`.
 * `mayAddInherence` is true when the method can verify the user (biometrics), which Okta may count as a second
 * factor class; whether it does for a given user is not known offline.
 */
export interface MethodProfile {
    key: string;
    type: string;
    method: string;
    classes: FactorClass[];
    mayAddInherence: boolean;
    phishingResistant: Truth;
    hardwareProtection: Truth;
    deviceBound: Truth;
    userVerification: Truth;
}

type Row = [
    type: string,
    method: string,
    classes: FactorClass[],
    inherence: boolean,
    hw: Truth,
    bound: Truth,
    pr: Truth,
    uv: Truth,
];

const T = "TRUE";
const F = "FALSE";
const U = "UNDETERMINED";
const OTP: Row = ["SECURITY_KEY", "OTP", ["possession"], false, F, T, F, F];
const VERIFY_TOTP: Row = ["APP", "TOTP", ["possession"], false, F, T, F, F];
const VERIFY_PUSH: Row = ["APP", "PUSH", ["possession"], true, T, T, F, U];
const VERIFY_FASTPASS: Row = ["APP", "SIGNED_NONCE", ["possession"], true, U, T, T, U];

const TABLE: Record<string, Row[]> = {
    okta_password: [["PASSWORD", "PASSWORD", ["knowledge"], false, F, F, F, F]],
    security_question: [["SECURITY_QUESTION", "SECURITY_QUESTION", ["knowledge"], false, F, F, F, F]],
    okta_email: [["EMAIL", "EMAIL", ["possession"], false, F, F, F, F]],
    phone_number: [
        ["PHONE", "SMS", ["possession"], false, F, F, F, F],
        ["PHONE", "VOICE", ["possession"], false, F, F, F, F],
    ],
    google_otp: [["APP", "OTP", ["possession"], false, F, T, F, F]],
    symantec_vip: [["APP", "OTP", ["possession"], false, F, T, F, F]],
    duo: [["APP", "DUO", ["possession"], false, F, U, F, F]],
    okta_verify: [VERIFY_TOTP, VERIFY_PUSH, VERIFY_FASTPASS],
    okta_verify_totp: [VERIFY_TOTP],
    okta_verify_push: [VERIFY_PUSH],
    okta_verify_fastpass: [VERIFY_FASTPASS],
    custom_app: [["APP", "PUSH", ["possession"], true, U, T, F, U]],
    webauthn: [["SECURITY_KEY", "WEBAUTHN", ["possession"], true, F, T, T, U]],
    yubikey_token: [["SECURITY_KEY", "OTP", ["possession"], false, T, T, F, F]],
    custom_otp: [OTP],
    onprem_mfa: [OTP],
    rsa_token: [OTP],
    external_idp: [["FEDERATED", "IDP", ["possession"], false, F, F, F, F]],
    smart_card_idp: [["FEDERATED", "CERT", ["possession", "knowledge"], true, U, T, T, U]],
};

/**
 * The methods of an authenticator, or undefined for a key the table does not cover (e.g. `"tac"`). E.g.
 * `findMethodProfiles("phone_number")` → the SMS and VOICE methods, both possession, neither phishing resistant.
 */
export function findMethodProfiles(key: string): MethodProfile[] | undefined {
    return TABLE[key]?.map(
        ([
            type,
            method,
            classes,
            mayAddInherence,
            hardwareProtection,
            deviceBound,
            phishingResistant,
            userVerification,
        ]) => ({
            key,
            type,
            method,
            classes,
            mayAddInherence,
            phishingResistant,
            hardwareProtection,
            deviceBound,
            userVerification,
        }),
    );
}

/** Every method of every authenticator the table covers, e.g. 22 profiles from `okta_password` to `smart_card_idp`. */
export function listMethodProfiles(): MethodProfile[] {
    return Object.keys(TABLE).flatMap(key => findMethodProfiles(key) ?? []);
}
