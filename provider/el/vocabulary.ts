/**
 * What a condition of the account management policy may name: the request attributes Okta documents for this
 * policy, the values they take, and the closest known value to a mistyped one.
 */
import { AUTHENTICATOR_KEYS, OPERATIONS, type AuthenticatorKey } from "../rule/types";

/** `accessRequest.operation`: `"enroll"`, `"unenroll"`, `"recover"` or `"unlockAccount"`. */
export const OPERATION_PATH = "accessRequest.operation";
/** `accessRequest.authenticator.key`, e.g. `"webauthn"`. */
export const AUTHENTICATOR_KEY_PATH = "accessRequest.authenticator.key";
/** `accessRequest.authenticator.id`, the optional id of a custom authenticator, e.g. `"aut1abc"`. */
export const AUTHENTICATOR_ID_PATH = "accessRequest.authenticator.id";
/** `accessRequest.metadata.type`: only on `recover`, only `"expiry"` (password expired or about to). */
export const METADATA_TYPE_PATH = "accessRequest.metadata.type";
/** The prefix of device properties (Early Access in this policy), e.g. `device.profile.registered`. */
export const DEVICE_PROFILE_PREFIX = "device.profile.";
/** The only value Okta documents for `accessRequest.metadata.type`. */
export const EXPIRY_METADATA_TYPE = "expiry";

/** The request attributes a condition may read, as listed in messages, e.g. in "Allowed: ..." hints. */
export const ALLOWED_PATHS = [
    OPERATION_PATH,
    AUTHENTICATOR_KEY_PATH,
    AUTHENTICATOR_ID_PATH,
    METADATA_TYPE_PATH,
    `${DEVICE_PROFILE_PREFIX}<property>`,
] as const;

/** The three keys Flexible Okta Verify splits `okta_verify` into, in the order Okta's rewrite writes them. */
export const FLEXIBLE_OKTA_VERIFY_KEYS = [
    "okta_verify_totp",
    "okta_verify_push",
    "okta_verify_fastpass",
] as const satisfies readonly AuthenticatorKey[];

/**
 * Authenticator keys Okta's guide lists as phishing resistant. Okta Verify is phishing resistant only with
 * FastPass (its `SIGNED_NONCE` method; `okta_verify_fastpass` under Flexible Okta Verify), not with push or TOTP.
 */
export const PHISHING_RESISTANT_KEYS = [
    "okta_verify",
    "webauthn",
    "smart_card_idp",
    "yubikey_token",
] as const satisfies readonly AuthenticatorKey[];

/**
 * True for a path a condition may read, e.g. `accessRequest.operation` and `device.profile.registered`; false for
 * `user.profile.login`, `device.profile` or `device.profile.a.b`.
 */
export function isAllowedPath(name: string): boolean {
    if (name.startsWith(DEVICE_PROFILE_PREFIX)) {
        return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name.slice(DEVICE_PROFILE_PREFIX.length));
    }
    return [OPERATION_PATH, AUTHENTICATOR_KEY_PATH, AUTHENTICATOR_ID_PATH, METADATA_TYPE_PATH].includes(name);
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
            );
        }
        previous = current;
    }
    return previous[b.length];
}

/**
 * The known value a mistyped one most likely meant, or undefined when none is close: a case-insensitive match
 * first, then a value containing it (or contained in it), then the nearest by edit distance within a third of its
 * length. E.g. `"Enroll"` → `"enroll"`, `"unlock"` → `"unlockAccount"`, `"okta_verfy"` → `"okta_verify"`.
 */
export function findClosest(value: string, candidates: readonly string[]): string | undefined {
    const lower = value.toLowerCase();
    const exact = candidates.find(c => c.toLowerCase() === lower);
    if (exact !== undefined) return exact;
    const byDistance = (a: string, b: string) =>
        editDistance(lower, a.toLowerCase()) - editDistance(lower, b.toLowerCase());
    if (lower.length >= 3) {
        const containing = candidates.filter(
            c => c.toLowerCase().includes(lower) || lower.includes(c.toLowerCase()),
        );
        if (containing.length > 0) return [...containing].sort(byDistance)[0];
    }
    const nearest = [...candidates].sort(byDistance)[0];
    const limit = Math.max(1, Math.floor(value.length / 3));
    return nearest !== undefined && editDistance(lower, nearest.toLowerCase()) <= limit ? nearest : undefined;
}

/** The operations Okta knows, as a message lists them: `"enroll, unenroll, recover, unlockAccount"`. */
export const OPERATION_LIST = OPERATIONS.join(", ");
/** The authenticator keys Okta knows, as a message lists them, e.g. `"custom_app, duo, ..."`. */
export const AUTHENTICATOR_KEY_LIST = AUTHENTICATOR_KEYS.join(", ");
