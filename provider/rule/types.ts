/**
 * The JSON shape of an Okta account management policy rule (an ACCESS_POLICY rule), as Okta's Policy API
 * accepts and returns it, and the enumerations of its fields. Pure types and constants: no I/O.
 *
 * Field names and nesting mirror Okta's API one to one, so a body from Okta's docs maps onto these types.
 */

/** Values of a rule's `status`; `"INACTIVE"` rules are kept but never fire. */
export const RULE_STATUSES = ["ACTIVE", "INACTIVE"] as const;
/** A rule's lifecycle status, e.g. `"ACTIVE"`. */
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** Values of `conditions.network.connection`. */
export const NETWORK_CONNECTIONS = ["ANYWHERE", "ZONE"] as const;
/** Network selection mode, e.g. `"ZONE"` (then `include` or `exclude` lists zone ids). */
export type NetworkConnection = (typeof NETWORK_CONNECTIONS)[number];

/** Values of `conditions.riskScore.level`. A level other than `ANY` matches that level only. */
export const RISK_LEVELS = ["ANY", "LOW", "MEDIUM", "HIGH"] as const;
/** Risk level a rule matches on, e.g. `"LOW"`. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Values of `conditions.platform.include[].type`. */
export const PLATFORM_TYPES = ["ANY", "DESKTOP", "MOBILE", "OTHER"] as const;
/** Platform type, e.g. `"MOBILE"`. */
export type PlatformType = (typeof PLATFORM_TYPES)[number];

/** Values of `conditions.platform.include[].os.type`. */
export const OS_TYPES = ["ANY", "ANDROID", "CHROMEOS", "IOS", "MACOS", "OTHER", "WINDOWS", "LINUX"] as const;
/** Operating system type, e.g. `"IOS"`. */
export type OsType = (typeof OS_TYPES)[number];

/** Values of `conditions.platform.include[].os.version.matchType`. */
export const OS_VERSION_MATCH_TYPES = ["EXPRESSION", "SEMVER"] as const;
/** How an OS version is matched, e.g. `"SEMVER"`. */
export type OsVersionMatchType = (typeof OS_VERSION_MATCH_TYPES)[number];

/** Values of `actions.appSignOn.access`. */
export const ACCESS_DECISIONS = ["ALLOW", "DENY"] as const;
/** What the rule grants when it fires, e.g. `"ALLOW"`. */
export type AccessDecision = (typeof ACCESS_DECISIONS)[number];

/** Values of `verificationMethod.type`. */
export const VERIFICATION_METHOD_TYPES = ["ASSURANCE", "AUTH_METHOD_CHAIN", "ID_PROOFING"] as const;
/** Kind of verification method, e.g. `"ASSURANCE"`. */
export type VerificationMethodType = (typeof VERIFICATION_METHOD_TYPES)[number];

/**
 * Values of `verificationMethod.factorMode` that a rule may be written with. Okta's own catch-all rule of this
 * policy carries `"2FA_If_Possible"`, which is outside the API's enum: it is accepted when read back, never written.
 */
export const FACTOR_MODES = ["1FA", "2FA"] as const;
/** Number of factor classes required, e.g. `"2FA"`; `"2FA_If_Possible"` appears only on the system catch-all. */
export type FactorMode = (typeof FACTOR_MODES)[number] | "2FA_If_Possible";

/** Values of the possession-constraint characteristics (`phishingResistant`, `userPresence`, ...). */
export const REQUIREMENT_LEVELS = ["OPTIONAL", "REQUIRED"] as const;
/** Whether a characteristic is demanded, e.g. `"REQUIRED"`. */
export type RequirementLevel = (typeof REQUIREMENT_LEVELS)[number];

/** Values of a constraint's `types`. Okta also accepts and echoes these in lower case (e.g. `"password"`). */
export const AUTHENTICATOR_TYPES = [
    "SECURITY_KEY",
    "PHONE",
    "EMAIL",
    "PASSWORD",
    "SECURITY_QUESTION",
    "APP",
    "FEDERATED",
] as const;
/** Authenticator type, e.g. `"SECURITY_KEY"`. */
export type AuthenticatorType = (typeof AUTHENTICATOR_TYPES)[number];

/** Values of a constraint's `methods`. */
export const AUTHENTICATOR_METHODS = [
    "PASSWORD",
    "SECURITY_QUESTION",
    "SMS",
    "VOICE",
    "EMAIL",
    "PUSH",
    "SIGNED_NONCE",
    "OTP",
    "TOTP",
    "WEBAUTHN",
    "DUO",
    "IDP",
    "CERT",
] as const;
/** Authenticator method, e.g. `"SIGNED_NONCE"` (Okta Verify FastPass). */
export type AuthenticatorMethod = (typeof AUTHENTICATOR_METHODS)[number];

/** Values of `possession.userVerificationMethods`. */
export const USER_VERIFICATION_METHODS = ["BIOMETRICS", "PIN"] as const;
/** User verification method, e.g. `"BIOMETRICS"`. */
export type UserVerificationMethod = (typeof USER_VERIFICATION_METHODS)[number];

/**
 * Authenticator keys Okta knows (its `AuthenticatorKeyEnum`), plus the three keys Flexible Okta Verify splits
 * `okta_verify` into.
 */
export const AUTHENTICATOR_KEYS = [
    "custom_app",
    "duo",
    "external_idp",
    "google_otp",
    "okta_email",
    "okta_password",
    "okta_verify",
    "onprem_mfa",
    "phone_number",
    "security_key",
    "security_question",
    "smart_card_idp",
    "symantec_vip",
    "webauthn",
    "yubikey_token",
    "tac",
    "okta_verify_totp",
    "okta_verify_push",
    "okta_verify_fastpass",
] as const;
/** Authenticator key, e.g. `"webauthn"`. */
export type AuthenticatorKey = (typeof AUTHENTICATOR_KEYS)[number];

/** The account management operations a rule's expression can test, e.g. `accessRequest.operation == 'enroll'`. */
export const OPERATIONS = ["enroll", "unenroll", "recover", "unlockAccount"] as const;
/** An account management operation, e.g. `"recover"`. */
export type Operation = (typeof OPERATIONS)[number];

/** An include/exclude pair of ids, e.g. `{ include: ["00g1..."], exclude: [] }`. */
export interface IdSet {
    include?: string[];
    exclude?: string[];
}

/** `conditions.people`: users and groups (by id) the rule applies to. Empty lists mean everyone. */
export interface PeopleCondition {
    users?: IdSet;
    groups?: IdSet;
}

/** `conditions.network`: e.g. `{ connection: "ZONE", include: ["nzo1..."] }`. `ZONE` needs include or exclude. */
export interface NetworkCondition {
    connection: NetworkConnection;
    include?: string[];
    exclude?: string[];
}

/** `conditions.riskScore`: e.g. `{ level: "LOW" }`. */
export interface RiskScoreCondition {
    level: RiskLevel;
}

/** `conditions.userType`: user type ids (`oty...`) to include and exclude. */
export interface UserTypeCondition {
    include?: string[];
    exclude?: string[];
}

/** One platform entry, e.g. `{ type: "MOBILE", os: { type: "IOS" } }`. */
export interface PlatformEntry {
    type: PlatformType;
    os?: {
        type: OsType;
        expression?: string;
        version?: { matchType: OsVersionMatchType; value: string };
    };
}

/** `conditions.platform`: platforms to include and exclude. */
export interface PlatformCondition {
    include?: PlatformEntry[];
    exclude?: PlatformEntry[];
}

/** `conditions.device` (Early Access on this policy): `managed: true` requires `registered: true`. */
export interface DeviceCondition {
    registered?: boolean;
    managed?: boolean;
    assurance?: { include?: string[] };
}

/** `conditions.elCondition`: an Okta Expression Language condition, e.g. `accessRequest.operation == 'enroll'`. */
export interface ElCondition {
    condition: string;
}

/** A rule's conditions; all present conditions must match for the rule to fire. */
export interface RuleConditions {
    people?: PeopleCondition;
    network?: NetworkCondition;
    riskScore?: RiskScoreCondition;
    userType?: UserTypeCondition;
    platform?: PlatformCondition;
    device?: DeviceCondition;
    elCondition?: ElCondition;
}

/** An authenticator named by key and optionally method, e.g. `{ key: "okta_verify", method: "SIGNED_NONCE" }`. */
export interface AuthenticationMethod {
    key: string;
    method?: string;
    id?: string;
}

/** Fields shared by knowledge and possession constraints. */
export interface ConstraintBase {
    types?: string[];
    methods?: string[];
    authenticationMethods?: AuthenticationMethod[];
    excludedAuthenticationMethods?: AuthenticationMethod[];
    reauthenticateIn?: string;
    /** Okta always returns it; defaults to `true`, and to `false` when `excludedAuthenticationMethods` is set. */
    required?: boolean;
}

/** A knowledge factor constraint, e.g. `{ types: ["password"] }`. */
export type KnowledgeConstraint = ConstraintBase;

/** A possession factor constraint, e.g. `{ phishingResistant: "REQUIRED" }`. */
export interface PossessionConstraint extends ConstraintBase {
    deviceBound?: RequirementLevel;
    hardwareProtection?: RequirementLevel;
    phishingResistant?: RequirementLevel;
    userPresence?: RequirementLevel;
    userVerification?: RequirementLevel;
    userVerificationMethods?: UserVerificationMethod[];
}

/**
 * One constraint object. A rule's `constraints` list holds alternatives (any one object satisfies it); inside one
 * object, `knowledge` and `possession` must both be satisfied.
 */
export interface Constraint {
    knowledge?: KnowledgeConstraint;
    possession?: PossessionConstraint;
}

/** `verificationMethod` of type `ASSURANCE`: e.g. `{ type: "ASSURANCE", factorMode: "1FA", constraints: [...] }`. */
export interface AssuranceMethod {
    type: "ASSURANCE";
    factorMode?: FactorMode;
    reauthenticateIn?: string;
    inactivityPeriod?: string;
    constraints?: Constraint[];
}

/** `verificationMethod` of type `ID_PROOFING`: the user passes an identity verification provider (`id`: IdP id). */
export interface IdProofingMethod {
    type: "ID_PROOFING";
    id: string;
}

/** `verificationMethod` of type `AUTH_METHOD_CHAIN`: kept as Okta sends it (not documented for this policy). */
export interface AuthMethodChainMethod {
    type: "AUTH_METHOD_CHAIN";
    reauthenticateIn?: string;
    chains?: unknown[];
}

/** What the user must present when the rule fires. */
export type VerificationMethod = AssuranceMethod | IdProofingMethod | AuthMethodChainMethod;

/** `actions.appSignOn`: e.g. `{ access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode: "2FA" } }`. */
export interface AppSignOnAction {
    access: AccessDecision;
    verificationMethod: VerificationMethod;
}

/** A rule's actions. */
export interface RuleActions {
    appSignOn: AppSignOnAction;
}

/**
 * A rule as Okta's Policy API returns it, e.g.
 * `{ id: "rul1", name: "Enroll", priority: 1, status: "ACTIVE", system: false, type: "ACCESS_POLICY", ... }`.
 * `conditions` is `null` on the system catch-all rule. Fields this type does not name are kept by the provider.
 */
export interface OktaRule {
    id: string;
    name: string;
    priority: number;
    status: RuleStatus;
    system: boolean;
    type: "ACCESS_POLICY";
    conditions: RuleConditions | null;
    actions: RuleActions;
    created?: string;
    lastUpdated?: string;
    _links?: Record<string, unknown>;
    [extra: string]: unknown;
}

/** The request body of a rule create or replace (no read-only fields). */
export interface RuleBody {
    name: string;
    type: "ACCESS_POLICY";
    priority?: number;
    conditions?: RuleConditions | null;
    actions: RuleActions;
    [extra: string]: unknown;
}

/** A policy as the list call returns it, e.g. the account management policy `{ id: "rst1", name: "Okta Account Management Policy", ... }`. */
export interface OktaPolicy {
    id: string;
    name: string;
    type: string;
    status: RuleStatus;
    system: boolean;
    priority?: number;
    description?: string | null;
    _embedded?: { resourceType?: string };
    [extra: string]: unknown;
}
