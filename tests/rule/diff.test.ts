import { expect } from "chai";
import { diffRule } from "../../provider/rule/diff";
import type {
    AccountManagementPolicyRuleInputs,
    AccountManagementPolicyRuleOutputs,
} from "../../provider/rule/inputs";
import { toRuleOutputs } from "../../provider/rule/outputs";
import { UNKNOWN_VALUE } from "../../provider/rule/unknownValue";
import { applyInputDefaults } from "../../provider/rule/validate";
import { GROUP_ID, OTHER_GROUP_ID, ZONE_ID } from "./ruleExamples";
import { withPaths } from "./editPaths";
import { POLICY_ID, withOktaFields } from "./oktaResponses";

const USER_ID = "00ub0oNGTSWTBKOLGLNR";
const OTHER_ZONE_ID = "nzooq43hhsUavkLfz5d7";
const DECLARED_EXPRESSION =
    "accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'okta_verify'";
/** How Okta returns `DECLARED_EXPRESSION` with Flexible Okta Verify on. */
const REWRITTEN_EXPRESSION =
    "accessRequest.operation == 'enroll' && (accessRequest.authenticator.key == 'okta_verify_totp' || " +
    "accessRequest.authenticator.key == 'okta_verify_push' || accessRequest.authenticator.key == 'okta_verify_fastpass')";

/** A rule as the user declares it, after `check`'s defaults. */
const DECLARED: AccountManagementPolicyRuleInputs = applyInputDefaults({
    policyId: POLICY_ID,
    name: "Enroll Okta Verify from the office",
    conditions: {
        people: { groups: { include: [GROUP_ID, OTHER_GROUP_ID] }, users: { exclude: [USER_ID] } },
        network: { connection: "ZONE", include: [ZONE_ID, OTHER_ZONE_ID] },
        riskScore: { level: "LOW" },
        platform: {
            include: [
                { type: "MOBILE", os: { type: "IOS" } },
                { type: "DESKTOP", os: { type: "WINDOWS" } },
            ],
        },
        elCondition: { condition: DECLARED_EXPRESSION },
    },
    actions: {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                factorMode: "2FA",
                reauthenticateIn: "PT0S",
                constraints: [
                    {
                        knowledge: { types: ["PASSWORD"] },
                        possession: {
                            authenticationMethods: [
                                { key: "webauthn", method: "WEBAUTHN" },
                                { key: "okta_verify", method: "SIGNED_NONCE" },
                            ],
                        },
                    },
                    {
                        possession: {
                            excludedAuthenticationMethods: [{ key: "phone_number", method: "SMS" }],
                        },
                    },
                ],
            },
        },
    },
});

/**
 * `DECLARED` as Okta returns it: read-only fields added, ids reordered, `people.users.include` and `userType`
 * filled in, `platform.exclude` added, `types` in lower case, `required` added, the expression rewritten for
 * Flexible Okta Verify, no `keepMeSignedIn`, and a priority Okta chose.
 */
const READ_BACK = withOktaFields("rul2p9xACRTDf9qZV0g4", 4, {
    name: "Enroll Okta Verify from the office",
    conditions: {
        people: {
            users: { include: [], exclude: [USER_ID] },
            groups: { include: [OTHER_GROUP_ID, GROUP_ID] },
        },
        network: { connection: "ZONE", include: [OTHER_ZONE_ID, ZONE_ID] },
        riskScore: { level: "LOW" },
        userType: { include: [], exclude: [] },
        platform: {
            include: [
                { type: "DESKTOP", os: { type: "WINDOWS" } },
                { type: "MOBILE", os: { type: "IOS" } },
            ],
            exclude: [],
        },
        elCondition: { condition: REWRITTEN_EXPRESSION },
    },
    actions: {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                type: "ASSURANCE",
                factorMode: "2FA",
                reauthenticateIn: "PT0S",
                constraints: [
                    {
                        knowledge: { types: ["password"], required: true },
                        possession: {
                            authenticationMethods: [
                                { key: "okta_verify", method: "SIGNED_NONCE" },
                                { key: "webauthn", method: "WEBAUTHN" },
                            ],
                            required: true,
                        },
                    },
                    {
                        possession: {
                            excludedAuthenticationMethods: [{ key: "phone_number", method: "SMS" }],
                            required: false,
                        },
                    },
                ],
            },
        },
    },
});

const RECORDED: AccountManagementPolicyRuleOutputs = toRuleOutputs(READ_BACK, POLICY_ID, {});

const METHOD = "actions.appSignOn.verificationMethod";

/** `DECLARED` with the values at the given paths set, or removed when `undefined`. */
function declaredWith(values: Record<string, unknown>): AccountManagementPolicyRuleInputs {
    return withPaths(DECLARED, values);
}

describe("diffRule", () => {
    it("shows no change for a rule read back as Okta normalises it", () => {
        expect(diffRule(RECORDED, DECLARED)).to.deep.equal({
            changes: false,
            replaces: [],
            changedPaths: [],
        });
    });

    const unchanged: Array<[string, Record<string, unknown>]> = [
        ["the declared priority equals Okta's", { priority: 4 }],
        ["types are declared in lower case", { [`${METHOD}.constraints[0].knowledge.types`]: ["password"] }],
        [
            "required is declared with Okta's default",
            { [`${METHOD}.constraints[0].possession.required`]: true },
        ],
        [
            "userPresence is declared with Okta's default",
            { [`${METHOD}.constraints[0].possession.userPresence`]: "REQUIRED" },
        ],
        ["the empty userType Okta adds is declared", { "conditions.userType": { include: [], exclude: [] } }],
        ["adopt is declared false", { adopt: false }],
        [
            "the expression is written with other spacing",
            { "conditions.elCondition.condition": DECLARED_EXPRESSION.replace(/ == /g, "==") },
        ],
        ["the policy id is not declared", { policyId: undefined }],
    ];
    for (const [what, values] of unchanged) {
        it(`shows no change when ${what}`, () => {
            expect(diffRule(RECORDED, declaredWith(values))).to.deep.equal({
                changes: false,
                replaces: [],
                changedPaths: [],
            });
        });
    }

    const changes: Array<[string, Record<string, unknown>, string[]]> = [
        ["the name", { name: "Enroll anywhere" }, ["name"]],
        ["the status alone", { status: "INACTIVE" }, ["status"]],
        ["a declared priority other than Okta's", { priority: 1 }, ["priority"]],
        [
            "an added group",
            { "conditions.people.groups.include[2]": "00g3gocMABVYTAATTVUM" },
            ["conditions.people"],
        ],
        ["a dropped network condition", { "conditions.network": undefined }, ["conditions.network"]],
        [
            "a network condition set to ANYWHERE",
            { "conditions.network": { connection: "ANYWHERE" } },
            ["conditions.network"],
        ],
        ["a higher risk level", { "conditions.riskScore.level": "HIGH" }, ["conditions.riskScore"]],
        ["a dropped risk condition", { "conditions.riskScore": undefined }, ["conditions.riskScore"]],
        [
            "an added user type",
            { "conditions.userType": { include: ["otyfnjfba4ye7pgjB0g4"] } },
            ["conditions.userType"],
        ],
        [
            "a changed platform",
            { "conditions.platform.include[1].os.type": "MACOS" },
            ["conditions.platform"],
        ],
        ["an added device condition", { "conditions.device": { registered: true } }, ["conditions.device"]],
        [
            "an expression of another meaning",
            { "conditions.elCondition.condition": "accessRequest.operation == 'recover'" },
            ["conditions.elCondition"],
        ],
        ["the access decision", { "actions.appSignOn.access": "DENY" }, ["actions.appSignOn.access"]],
        ["the factor mode", { [`${METHOD}.factorMode`]: "1FA" }, [METHOD]],
        [
            "userPresence set to OPTIONAL",
            { [`${METHOD}.constraints[0].possession.userPresence`]: "OPTIONAL" },
            [METHOD],
        ],
        ["a constraint made optional", { [`${METHOD}.constraints[0].knowledge.required`]: false }, [METHOD]],
        [
            "a changed authentication method",
            { [`${METHOD}.constraints[0].possession.authenticationMethods[1].method`]: "PUSH" },
            [METHOD],
        ],
        [
            "network and priority together",
            { priority: 0, "conditions.network.include": [ZONE_ID] },
            ["conditions.network", "priority"],
        ],
    ];
    for (const [what, values, paths] of changes) {
        it(`detects ${what} at ${paths.join(", ")}`, () => {
            expect(diffRule(RECORDED, declaredWith(values))).to.deep.equal({
                changes: true,
                replaces: [],
                changedPaths: paths,
            });
        });
    }

    it("replaces the rule when the policy id changes", () => {
        const news = declaredWith({ policyId: "rst1k0mWSjjvYzqQv0g4" });
        expect(diffRule(RECORDED, news)).to.deep.equal({
            changes: true,
            replaces: ["policyId"],
            changedPaths: ["policyId"],
        });
    });

    it("reports an unknown policy id as a change without deciding on replacement", () => {
        const news = declaredWith({ policyId: UNKNOWN_VALUE });
        expect(diffRule(RECORDED, news)).to.deep.equal({
            changes: true,
            replaces: [],
            changedPaths: ["policyId"],
        });
    });

    it("reports adopt and suppressChecks as changes so that they reach the state", () => {
        const news = declaredWith({ adopt: true, suppressChecks: ["G06"] });
        expect(diffRule(RECORDED, news)).to.deep.equal({
            changes: true,
            replaces: [],
            changedPaths: ["adopt", "suppressChecks"],
        });
    });

    it("ignores the order of suppressChecks", () => {
        const olds = { ...RECORDED, suppressChecks: ["G06", "G07"] };
        expect(diffRule(olds, declaredWith({ suppressChecks: ["G07", "G06"] })).changes).to.equal(false);
    });

    const unknowns: Array<[string, Record<string, unknown>, string[]]> = [
        ["the name", { name: UNKNOWN_VALUE }, ["name"]],
        ["the priority", { priority: UNKNOWN_VALUE }, ["priority"]],
        ["a group id", { "conditions.people.groups.include[1]": UNKNOWN_VALUE }, ["conditions.people"]],
        ["the expression", { "conditions.elCondition.condition": UNKNOWN_VALUE }, ["conditions.elCondition"]],
        ["the whole conditions object", { conditions: UNKNOWN_VALUE }, ["conditions"]],
        ["the whole actions object", { actions: UNKNOWN_VALUE }, ["actions"]],
        ["suppressChecks", { suppressChecks: UNKNOWN_VALUE }, ["suppressChecks"]],
    ];
    for (const [what, values, paths] of unknowns) {
        it(`reports an unknown value in ${what} as a change during preview`, () => {
            expect(diffRule(RECORDED, declaredWith(values))).to.deep.equal({
                changes: true,
                replaces: [],
                changedPaths: paths,
            });
        });
    }
});
