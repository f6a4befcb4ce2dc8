/**
 * The rules of Okta's account management policy guide as the evaluator and guard tests use them: the three use
 * cases with the documentation's defects fixed, Okta's Password Expiry Rule and catch-all as real orgs carry them.
 */
import { PHISHING_RESISTANT_POSSESSION_EVERY_TIME } from "../support/guideRules";
import type { RuleDefinition } from "../../provider/evaluate";
import type { AssuranceMethod, Constraint, FactorMode, OktaRule } from "../../provider/rule/types";

export const CONTRACTORS = "00g1contractors0000a";
export const EMPLOYEES = "00g2employees00000b";
export const OFFICE_ZONE = "nzo5dtwhzly9mXvlN0g7";
export const IDV_PROVIDER = "0oa62bfdiumsUndnZ0h7";

const PR_KEYS =
    "(accessRequest.authenticator.key == 'okta_verify' || accessRequest.authenticator.key == 'webauthn' || " +
    "accessRequest.authenticator.key == 'smart_card_idp' || accessRequest.authenticator.key == 'yubikey_token')";

/** The guide's current expression, whose `||` binds looser than its `&&`: it lets every enrollment through. */
export const GUIDE_DEFECTIVE_EXPRESSION = `accessRequest.operation == 'enroll' || accessRequest.operation == 'unenroll' && ${PR_KEYS}`;

/**
 * Use case 1, first phishing-resistant authenticator. Fixed: the help center's `enroll && (...)` expression
 * instead of the guide's precedence defect, and "Require user interaction" (`userPresence: REQUIRED`) as the help
 * center says, where the guide's JSON sends OPTIONAL.
 */
export const FIRST_PHISHING_RESISTANT = {
    name: "First phishing-resistant authenticator",
    priority: 1,
    conditions: {
        userType: { include: [], exclude: [] },
        network: { connection: "ZONE", include: [OFFICE_ZONE] },
        people: { users: { include: [], exclude: [] }, groups: { include: [], exclude: [] } },
        riskScore: { level: "LOW" },
        elCondition: { condition: `accessRequest.operation == 'enroll' && ${PR_KEYS}` },
        platform: { include: [] },
    },
    actions: {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                type: "ASSURANCE",
                factorMode: "2FA",
                reauthenticateIn: "PT0S",
                constraints: [{ possession: { userPresence: "REQUIRED" } }],
            },
        },
    },
} satisfies RuleDefinition;

/** Use case 2, enrollment with an existing phishing-resistant authenticator (the guide gives no JSON). */
export const PHISHING_RESISTANT_ENROLLMENT = {
    name: "Phishing-resistant authenticator enrollment",
    priority: 2,
    conditions: {
        network: { connection: "ANYWHERE" },
        riskScore: { level: "ANY" },
        elCondition: { condition: "accessRequest.operation == 'enroll'" },
    },
    actions: PHISHING_RESISTANT_POSSESSION_EVERY_TIME,
} satisfies RuleDefinition;

/** Use case 3, recovery and unlock with a phishing-resistant authenticator (use case 2 with the help center's expression). */
export const RECOVERY_AND_UNLOCK = {
    ...PHISHING_RESISTANT_ENROLLMENT,
    name: "Phishing-resistant recovery and unlock",
    priority: 3,
    conditions: {
        ...PHISHING_RESISTANT_ENROLLMENT.conditions,
        elCondition: {
            condition: "accessRequest.operation == 'recover' || accessRequest.operation == 'unlockAccount'",
        },
    },
} satisfies RuleDefinition;

/** Okta's Password Expiry Rule as a real org returns it. */
export const PASSWORD_EXPIRY_RULE: OktaRule = {
    id: "rul1passwordexpiry01",
    name: "Password Expiry Rule",
    priority: 0,
    status: "ACTIVE",
    system: false,
    type: "ACCESS_POLICY",
    conditions: {
        network: { connection: "ANYWHERE" },
        riskScore: { level: "ANY" },
        elCondition: {
            condition: "accessRequest.operation=='recover' && accessRequest.metadata.type=='expiry'",
        },
    },
    actions: {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                type: "ASSURANCE",
                factorMode: "1FA",
                reauthenticateIn: "PT0S",
                constraints: [{ knowledge: { types: ["password"] } }],
            },
        },
    },
};

/** Okta's catch-all rule of this policy as a real org returns it: no conditions, `2FA_If_Possible`. */
export const CATCH_ALL: OktaRule = {
    id: "rul1catchall00000001",
    name: "Catch-all Rule",
    priority: 99,
    status: "ACTIVE",
    system: true,
    type: "ACCESS_POLICY",
    conditions: null,
    actions: {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                type: "ASSURANCE",
                factorMode: "2FA_If_Possible",
                reauthenticateIn: "PT0S",
                constraints: [],
            },
        },
    },
};

/** The whole guide policy in Okta's order, as Okta lists it. */
export const GUIDE_POLICY: RuleDefinition[] = [
    PASSWORD_EXPIRY_RULE,
    FIRST_PHISHING_RESISTANT,
    PHISHING_RESISTANT_ENROLLMENT,
    RECOVERY_AND_UNLOCK,
    CATCH_ALL,
];

/** A rule with the given name, expression and actions, from anywhere, for everyone unless `conditions` say. */
export function ruleWith(
    name: string,
    condition: string | undefined,
    actions: RuleDefinition["actions"],
    extra: Partial<RuleDefinition> = {},
): RuleDefinition {
    return {
        name,
        ...extra,
        conditions: {
            ...(condition !== undefined ? { elCondition: { condition } } : {}),
            ...extra.conditions,
        },
        actions,
    };
}

/** Actions with an ASSURANCE method, typed narrowly so that they also fit `AccountManagementPolicyRule`'s arguments. */
export interface AssuranceActions {
    appSignOn: { access: "ALLOW" | "DENY"; verificationMethod: AssuranceMethod };
}

/** `ALLOW` with one factor type (or `factorMode`) and the given constraints, prompting every time. */
export function allowWith(constraints: Constraint[], factorMode: FactorMode = "1FA"): AssuranceActions {
    return {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: { type: "ASSURANCE", factorMode, reauthenticateIn: "PT0S", constraints },
        },
    };
}

/** `DENY`. */
export const DENY: AssuranceActions = {
    appSignOn: { access: "DENY", verificationMethod: { type: "ASSURANCE", factorMode: "1FA" } },
};
