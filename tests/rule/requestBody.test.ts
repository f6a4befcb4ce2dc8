import { expect } from "chai";
import type { AccountManagementPolicyRuleInputs } from "../../provider/rule/inputs";
import { toRuleOutputs } from "../../provider/rule/outputs";
import { buildCreateBody, buildReplaceBody } from "../../provider/rule/requestBody";
import type { AppSignOnAction, RuleBody, RuleConditions } from "../../provider/rule/types";
import {
    FIRST_PHISHING_RESISTANT,
    GROUP_ID,
    IDENTITY_VERIFICATION,
    IDP_ID,
    REGISTERED_DEVICE_RECOVERY,
    ZONE_ID,
} from "./ruleExamples";
import { POLICY_ID, withOktaFields } from "./oktaResponses";

const ENROLL = "accessRequest.operation == 'enroll'";

describe("buildCreateBody", () => {
    const cases: Array<[string, AccountManagementPolicyRuleInputs, RuleBody]> = [
        [
            "a zone-bound 2FA rule keeps its conditions and actions as declared",
            FIRST_PHISHING_RESISTANT,
            {
                name: "Test rule",
                type: "ACCESS_POLICY",
                priority: 1,
                conditions: FIRST_PHISHING_RESISTANT.conditions,
                actions: FIRST_PHISHING_RESISTANT.actions,
            },
        ],
        [
            "an identity verification rule sends the ID_PROOFING method as declared",
            IDENTITY_VERIFICATION,
            {
                name: "Require IDV for authenticator enrollment",
                type: "ACCESS_POLICY",
                priority: 1,
                conditions: IDENTITY_VERIFICATION.conditions,
                actions: {
                    appSignOn: { access: "ALLOW", verificationMethod: { id: IDP_ID, type: "ID_PROOFING" } },
                },
            },
        ],
        [
            "a device rule sends its device condition",
            REGISTERED_DEVICE_RECOVERY,
            {
                name: "Require registered device for password recovery",
                type: "ACCESS_POLICY",
                priority: 1,
                conditions: REGISTERED_DEVICE_RECOVERY.conditions,
                actions: REGISTERED_DEVICE_RECOVERY.actions,
            },
        ],
        [
            "a rule without conditions, priority or verification type gets type ASSURANCE and nothing else",
            {
                name: "Deny the rest",
                actions: { appSignOn: { access: "DENY" } },
            } as AccountManagementPolicyRuleInputs,
            {
                name: "Deny the rest",
                type: "ACCESS_POLICY",
                actions: { appSignOn: { access: "DENY", verificationMethod: { type: "ASSURANCE" } } },
            },
        ],
        [
            "a userType with only include gets the empty exclude Okta requires",
            {
                name: "Contractors",
                conditions: { userType: { include: ["otyfnjfba4ye7pgjB0g4"] } },
                actions: {
                    appSignOn: {
                        access: "ALLOW",
                        verificationMethod: { type: "ASSURANCE", factorMode: "2FA" },
                    },
                },
            },
            {
                name: "Contractors",
                type: "ACCESS_POLICY",
                conditions: { userType: { include: ["otyfnjfba4ye7pgjB0g4"], exclude: [] } },
                actions: {
                    appSignOn: {
                        access: "ALLOW",
                        verificationMethod: { type: "ASSURANCE", factorMode: "2FA" },
                    },
                },
            },
        ],
        [
            "the provider's own fields, status and null values stay out of the body",
            {
                policyId: POLICY_ID,
                name: "Inactive",
                status: "INACTIVE",
                adopt: true,
                suppressChecks: ["G07"],
                priority: null,
                conditions: { riskScore: null, elCondition: { condition: ENROLL } },
                actions: {
                    appSignOn: {
                        access: "ALLOW",
                        verificationMethod: { type: "ASSURANCE", factorMode: "1FA" },
                    },
                },
            } as unknown as AccountManagementPolicyRuleInputs,
            {
                name: "Inactive",
                type: "ACCESS_POLICY",
                conditions: { elCondition: { condition: ENROLL } },
                actions: {
                    appSignOn: {
                        access: "ALLOW",
                        verificationMethod: { type: "ASSURANCE", factorMode: "1FA" },
                    },
                },
            },
        ],
    ];
    for (const [behaviour, inputs, expected] of cases) {
        it(behaviour, () => {
            expect(buildCreateBody(inputs)).to.deep.equal(expected);
        });
    }

    it("does not change the inputs it is given", () => {
        const inputs = structuredClone(IDENTITY_VERIFICATION);
        buildCreateBody(inputs);
        expect(inputs).to.deep.equal(IDENTITY_VERIFICATION);
    });
});

describe("buildReplaceBody", () => {
    /**
     * What Okta returned for a rule created with a zone, a group and an expression, plus a field the model
     * lacks.
     */
    const recorded = toRuleOutputs(
        withOktaFields("rul2p9xACRTDf9qZV0g4", 3, {
            name: "Enroll from the office",
            conditions: {
                people: { users: { exclude: [] }, groups: { include: [GROUP_ID] } },
                network: { connection: "ZONE", include: [ZONE_ID] },
                userType: { include: [], exclude: [] },
                riskScore: { level: "ANY" },
                elCondition: { condition: ENROLL },
                authContext: { level: "AAL2" },
            } as RuleConditions,
            actions: {
                appSignOn: {
                    access: "ALLOW",
                    verificationMethod: { type: "ASSURANCE", factorMode: "2FA", reauthenticateIn: "PT0S" },
                    keepMeSignedIn: { postAuth: "NOT_ALLOWED" },
                } as AppSignOnAction,
            },
            initialMode: false,
        }),
        POLICY_ID,
        { adopt: true, suppressChecks: ["G06"] },
    );

    /** The same rule declared without its network condition. */
    const declared: AccountManagementPolicyRuleInputs = {
        policyId: POLICY_ID,
        name: "Enroll anywhere",
        status: "ACTIVE",
        conditions: { people: { groups: { include: [GROUP_ID] } }, elCondition: { condition: ENROLL } },
        actions: {
            appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode: "1FA" } },
        },
        adopt: true,
    };

    it("keeps Okta's unknown fields and defaults, writes declared fields, and removes the dropped condition", () => {
        expect(buildReplaceBody(recorded, declared, { includePriority: false })).to.deep.equal({
            initialMode: false,
            name: "Enroll anywhere",
            type: "ACCESS_POLICY",
            conditions: {
                userType: { include: [], exclude: [] },
                riskScore: { level: "ANY" },
                authContext: { level: "AAL2" },
                people: { groups: { include: [GROUP_ID] } },
                elCondition: { condition: ENROLL },
            },
            actions: {
                appSignOn: {
                    keepMeSignedIn: { postAuth: "NOT_ALLOWED" },
                    access: "ALLOW",
                    verificationMethod: { type: "ASSURANCE", factorMode: "1FA" },
                },
            },
        });
    });

    it("sends the declared priority only when asked", () => {
        const news = { ...declared, priority: 1 };
        expect(buildReplaceBody(recorded, news, { includePriority: false })).to.not.have.property("priority");
        expect(buildReplaceBody(recorded, news, { includePriority: true }).priority).to.equal(1);
    });

    it("sends the recorded priority when asked and none is declared", () => {
        expect(buildReplaceBody(recorded, declared, { includePriority: true }).priority).to.equal(3);
    });

    it("drops a recorded empty elCondition, which Okta refuses", () => {
        const olds = { ...recorded, conditions: { ...recorded.conditions, elCondition: {} } };
        const news = { ...declared, conditions: { people: declared.conditions?.people } };
        const body = buildReplaceBody(olds as typeof recorded, news, { includePriority: false });
        expect(body.conditions).to.not.have.property("elCondition");
    });

    it("completes a declared userType with the empty list Okta requires", () => {
        const news = { ...declared, conditions: { userType: { exclude: ["otyfnjfba4ye7pgjB0g4"] } } };
        const body = buildReplaceBody(recorded, news, { includePriority: false });
        expect(body.conditions?.userType).to.deep.equal({ include: [], exclude: ["otyfnjfba4ye7pgjB0g4"] });
    });
});
