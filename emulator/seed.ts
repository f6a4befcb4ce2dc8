/**
 * The org as a fresh Identity Engine org has it, with fixed ids so tests and demos can name every object.
 */
import type { JsonObject } from "./json";
import type { OrgState, StoredRule } from "./orgState";

/**
 * Ids of the seeded objects (20 characters, Okta's prefixes), e.g. `SEED_IDS.accountManagementPolicy` is
 * `"rstemuAccountMgmt001"`, the account management policy.
 */
export const SEED_IDS = {
    accountManagementPolicy: "rstemuAccountMgmt001",
    accountManagementCatchAllRule: "rulemuAcctMgmtCatch1",
    passwordExpiryRule: "rulemuPasswordExpiry",
    anyTwoFactorsPolicy: "rstemuAnyTwoFactors1",
    anyTwoFactorsCatchAllRule: "rulemuAnyTwoCatchAll",
    endUserSettingsPolicy: "rstemuEndUserSettng1",
    endUserSettingsCatchAllRule: "rulemuEndUserCatchA1",
    passwordPolicy: "00pemuDefaultPolicy1",
    passwordDefaultRule: "0premuDefaultRule001",
    everyoneGroup: "00gemuEveryone000001",
    legacyIpZone: "nzoemuLegacyIpZone01",
    blockedIpZone: "nzoemuBlockedIpZone1",
    defaultEnhancedDynamicZone: "nzoemuEnhancedDynZn1",
    defaultExemptIpZone: "nzoemuExemptIpZone01",
} as const;

/** `created`/`lastUpdated` of every seeded object: `"2024-07-08T17:31:39.000Z"`. */
export const SEED_TIMESTAMP = "2024-07-08T17:31:39.000Z";

/** The account management policy's description, as Okta words it: `"This policy defines how users must authenticate ..."`. */
export const ACCOUNT_MANAGEMENT_POLICY_DESCRIPTION =
    "This policy defines how users must authenticate for authenticator enrollment, password reset, or unlock account. " +
    "Password policy rules control whether to enforce this policy for password reset and unlock account.";

/** The expression of Okta's "Password Expiry Rule", exactly as real orgs carry it: `accessRequest.operation=='recover' && ...`. */
export const PASSWORD_EXPIRY_CONDITION =
    "accessRequest.operation=='recover' && accessRequest.metadata.type=='expiry'";

/** Seed options, e.g. `{ passwordExpiryRule: true }` adds Okta's "Password Expiry Rule" at priority 0. */
export interface SeedOptions {
    passwordExpiryRule?: boolean;
}

/** A fresh org: the policies, rules, the Everyone group and the system zones listed in {@link SEED_IDS}, e.g. `createSeedOrg().rules[0].body.name` → `"Catch-all Rule"`. */
export function createSeedOrg(options: SeedOptions = {}): OrgState {
    const rules: StoredRule[] = [
        {
            policyId: SEED_IDS.accountManagementPolicy,
            body: createCatchAllRule(SEED_IDS.accountManagementCatchAllRule, {
                appSignOn: {
                    access: "ALLOW",
                    verificationMethod: {
                        type: "ASSURANCE",
                        factorMode: "2FA_If_Possible",
                        reauthenticateIn: "PT0S",
                        constraints: [],
                    },
                },
            }),
        },
        ...[SEED_IDS.anyTwoFactorsCatchAllRule, SEED_IDS.endUserSettingsCatchAllRule].map((id, index) => ({
            policyId: index === 0 ? SEED_IDS.anyTwoFactorsPolicy : SEED_IDS.endUserSettingsPolicy,
            body: createCatchAllRule(id, {
                appSignOn: {
                    access: "ALLOW",
                    verificationMethod: {
                        factorMode: "2FA",
                        type: "ASSURANCE",
                        reauthenticateIn: "PT12H",
                        constraints: [],
                    },
                    keepMeSignedIn: { postAuth: "NOT_ALLOWED" },
                },
            }),
        })),
        { policyId: SEED_IDS.passwordPolicy, body: createPasswordDefaultRule() },
    ];
    if (options.passwordExpiryRule === true) {
        rules.unshift({ policyId: SEED_IDS.accountManagementPolicy, body: createPasswordExpiryRule() });
    }
    return {
        policies: [
            {
                kind: "accountManagement",
                body: createAccessPolicy(
                    SEED_IDS.accountManagementPolicy,
                    "Okta Account Management Policy",
                    false,
                    {
                        description: ACCOUNT_MANAGEMENT_POLICY_DESCRIPTION,
                    },
                ),
            },
            {
                kind: "appSignOn",
                body: createAccessPolicy(SEED_IDS.anyTwoFactorsPolicy, "Any two factors", true, {
                    description: "Require two factors to access.",
                }),
            },
            {
                kind: "appSignOn",
                body: createAccessPolicy(SEED_IDS.endUserSettingsPolicy, "Okta End User Settings", false, {
                    description: "The sign-in policy of the Okta End-User Settings app.",
                }),
            },
            { kind: "password", body: createPasswordPolicy() },
        ],
        rules,
        groups: [
            {
                id: SEED_IDS.everyoneGroup,
                created: SEED_TIMESTAMP,
                lastUpdated: SEED_TIMESTAMP,
                lastMembershipUpdated: SEED_TIMESTAMP,
                objectClass: ["okta:user_group"],
                type: "BUILT_IN",
                profile: { name: "Everyone", description: "All users in your organization" },
            },
        ],
        zones: [
            createSystemZone(SEED_IDS.legacyIpZone, "LegacyIpZone", "IP", "POLICY"),
            createSystemZone(SEED_IDS.blockedIpZone, "BlockedIpZone", "IP", "BLOCKLIST"),
            createSystemZone(
                SEED_IDS.defaultEnhancedDynamicZone,
                "DefaultEnhancedDynamicZone",
                "DYNAMIC_V2",
                "BLOCKLIST",
            ),
            createSystemZone(SEED_IDS.defaultExemptIpZone, "DefaultExemptIpZone", "IP", "POLICY"),
        ],
        serviceApps: [],
    };
}

function createAccessPolicy(id: string, name: string, system: boolean, extra: JsonObject): JsonObject {
    return {
        id,
        status: "ACTIVE",
        name,
        description: null,
        ...extra,
        priority: 1,
        system,
        conditions: null,
        created: SEED_TIMESTAMP,
        lastUpdated: SEED_TIMESTAMP,
        type: "ACCESS_POLICY",
    };
}

function createCatchAllRule(id: string, actions: JsonObject): JsonObject {
    return {
        id,
        status: "ACTIVE",
        name: "Catch-all Rule",
        priority: 99,
        created: SEED_TIMESTAMP,
        lastUpdated: SEED_TIMESTAMP,
        system: true,
        conditions: null,
        actions,
        type: "ACCESS_POLICY",
    };
}

function createPasswordExpiryRule(): JsonObject {
    return {
        id: SEED_IDS.passwordExpiryRule,
        status: "ACTIVE",
        name: "Password Expiry Rule",
        priority: 0,
        created: SEED_TIMESTAMP,
        lastUpdated: SEED_TIMESTAMP,
        system: false,
        conditions: {
            people: { users: { exclude: [] } },
            network: { connection: "ANYWHERE" },
            riskScore: { level: "ANY" },
            userType: { include: [], exclude: [] },
            elCondition: { condition: PASSWORD_EXPIRY_CONDITION },
        },
        actions: {
            appSignOn: {
                access: "ALLOW",
                verificationMethod: {
                    factorMode: "1FA",
                    type: "ASSURANCE",
                    reauthenticateIn: "PT0S",
                    constraints: [{ knowledge: { required: true, types: ["password"] } }],
                },
            },
        },
        type: "ACCESS_POLICY",
    };
}

function createPasswordPolicy(): JsonObject {
    return {
        id: SEED_IDS.passwordPolicy,
        status: "ACTIVE",
        name: "Default Policy",
        description: "The default policy applies in all situations if no other policy applies.",
        priority: 1,
        system: true,
        conditions: {
            people: { groups: { include: [SEED_IDS.everyoneGroup] } },
            authProvider: { provider: "OKTA" },
        },
        created: SEED_TIMESTAMP,
        lastUpdated: SEED_TIMESTAMP,
        settings: {
            password: {
                complexity: {
                    minLength: 8,
                    minLowerCase: 1,
                    minUpperCase: 1,
                    minNumber: 1,
                    minSymbol: 0,
                    excludeUsername: true,
                },
                age: { maxAgeDays: 0, expireWarnDays: 0, minAgeMinutes: 0, historyCount: 4 },
                lockout: { maxAttempts: 10, autoUnlockMinutes: 0, showLockoutFailures: false },
            },
            recovery: {
                factors: {
                    okta_email: {
                        status: "ACTIVE",
                        properties: { recoveryToken: { tokenLifetimeMinutes: 60 } },
                    },
                },
            },
            delegation: { options: { skipUnlock: false } },
        },
        type: "PASSWORD",
    };
}

function createPasswordDefaultRule(): JsonObject {
    return {
        id: SEED_IDS.passwordDefaultRule,
        status: "ACTIVE",
        name: "Default Rule",
        priority: 1,
        created: SEED_TIMESTAMP,
        lastUpdated: SEED_TIMESTAMP,
        system: true,
        conditions: { people: { users: { exclude: [] } }, network: { connection: "ANYWHERE" } },
        actions: {
            passwordChange: { access: "ALLOW" },
            selfServicePasswordReset: {
                access: "ALLOW",
                requirement: {
                    primary: { methods: ["email"] },
                    stepUp: { required: false },
                    accessControl: "LEGACY",
                },
            },
            selfServiceUnlock: { access: "ALLOW" },
        },
        type: "PASSWORD",
    };
}

function createSystemZone(id: string, name: string, type: string, usage: string): JsonObject {
    const zone: JsonObject = {
        type,
        id,
        name,
        status: "ACTIVE",
        usage,
        created: SEED_TIMESTAMP,
        lastUpdated: SEED_TIMESTAMP,
        system: true,
    };
    return type === "IP"
        ? { ...zone, gateways: null, proxies: null }
        : {
              ...zone,
              ipServiceCategories: { include: ["ALL_ANONYMIZERS"] },
              locations: { include: [], exclude: [] },
          };
}
