/**
 * What is known about one account management request, as the offline evaluator reads it. Pure types.
 */
import type { Operation, OsType, PlatformType } from "../rule/types";

/** A risk level Okta assigns to a request, e.g. `"LOW"`. */
export type RequestRiskLevel = "LOW" | "MEDIUM" | "HIGH";

/**
 * An authenticator the user has enrolled, e.g. `{ key: "okta_verify", methods: ["PUSH"] }` (push only, no
 * FastPass). Without `methods`, every method the authenticator offers is taken as available. A plain key such as
 * `"okta_email"` means the same as `{ key: "okta_email" }`.
 */
export type EnrolledAuthenticator = string | { key: string; methods?: string[] };

/** The user behind a request, e.g. `{ groups: ["00g1contractors"], enrolledAuthenticators: ["okta_password"] }`. */
export interface RequestUser {
    /** The user's id, e.g. `"00u1abc"`; needed only by rules that name users. */
    id?: string;
    /** Every group the user is a member of (a complete list), e.g. `["00g1contractors"]`; `[]` for none. */
    groups: string[];
    /** The user's user type id, e.g. `"oty1default"`. */
    userType?: string;
    /** What the user can present; given, the evaluator says whether the user can satisfy the rule that fires. */
    enrolledAuthenticators?: EnrolledAuthenticator[];
}

/**
 * One request, e.g. a contractor recovering a password from home:
 * `{ operation: "recover", metadataType: null, user: { groups: ["00g1contractors"] }, zones: [] }`.
 * A fact left out is unknown, and rules that need it are UNDETERMINED. `null` states an absence: `authenticator:
 * null` is a request without an authenticator, `metadataType: null` a recovery that is not a password expiry.
 */
export interface AccessRequest {
    operation: Operation;
    /** The authenticator enrolled, unenrolled or recovered, e.g. `{ key: "webauthn" }`. */
    authenticator?: { key: string; id?: string } | null;
    /** `"expiry"` when a password expired or is about to; Okta sets it on `recover` only, so it is `null` elsewhere. */
    metadataType?: string | null;
    user: RequestUser;
    /** Ids of the network zones the request's IP address is in, e.g. `["nzo1office"]`; `[]` for none. */
    zones?: string[];
    risk?: RequestRiskLevel;
    platform?: { type: Exclude<PlatformType, "ANY">; os: Exclude<OsType, "ANY"> };
    /** The device, e.g. `{ registered: true, managed: false, assurance: ["dae1"] }` (assurance policies it passes). */
    device?: { registered?: boolean; managed?: boolean; assurance?: string[] };
}
