import { expect } from "chai";
import { normalizeCondition, normalizeRuleForComparison } from "../../provider/rule/normalizeRule";
import type { OktaRule } from "../../provider/rule/types";
import { UNKNOWN_VALUE } from "../../provider/rule/unknownValue";
import { GROUP_ID, OTHER_GROUP_ID, ZONE_ID } from "./ruleExamples";

describe("normalizeRuleForComparison", () => {
    it("drops conditions that restrict nothing and fills status", () => {
        const rule = {
            name: "A",
            conditions: {
                network: { connection: "ANYWHERE" as const },
                people: { users: { exclude: [] } },
                userType: { include: [], exclude: [] },
                riskScore: { level: "ANY" as const },
                platform: { include: [] },
                device: { assurance: { include: [] } },
                elCondition: { condition: "  " },
            },
        };
        expect(normalizeRuleForComparison(rule)).to.deep.equal({
            name: "A",
            status: "ACTIVE",
            conditions: {},
        });
    });

    it("sorts and de-duplicates id lists and keeps zones", () => {
        const rule = {
            conditions: {
                people: { groups: { include: [OTHER_GROUP_ID, GROUP_ID, OTHER_GROUP_ID] } },
                network: { connection: "ZONE" as const, exclude: [ZONE_ID] },
            },
        };
        expect(normalizeRuleForComparison(rule).conditions).to.deep.equal({
            people: { groups: { include: [GROUP_ID, OTHER_GROUP_ID] } },
            network: { connection: "ZONE", exclude: [ZONE_ID] },
        });
    });

    it("fills constraint defaults, upper-cases names and leaves out fields the model does not know", () => {
        const rule = {
            id: "rul1",
            system: false,
            _links: {},
            actions: {
                appSignOn: {
                    access: "ALLOW",
                    keepMeSignedIn: { postAuth: "NOT_ALLOWED" },
                    verificationMethod: {
                        factorMode: "1FA",
                        constraints: [
                            {
                                possession: {
                                    excludedAuthenticationMethods: [{ key: "phone_number", method: "sms" }],
                                },
                            },
                            { knowledge: { types: ["password"] } },
                        ],
                    },
                },
            },
        } as unknown as OktaRule;
        expect(normalizeRuleForComparison(rule).actions).to.deep.equal({
            appSignOn: {
                access: "ALLOW",
                verificationMethod: {
                    type: "ASSURANCE",
                    factorMode: "1FA",
                    constraints: [
                        { knowledge: { types: ["PASSWORD"], required: true } },
                        {
                            possession: {
                                excludedAuthenticationMethods: [{ key: "phone_number", method: "SMS" }],
                                required: false,
                                deviceBound: "OPTIONAL",
                                hardwareProtection: "OPTIONAL",
                                phishingResistant: "OPTIONAL",
                                userPresence: "REQUIRED",
                                userVerification: "OPTIONAL",
                            },
                        },
                    ],
                },
            },
        });
    });

    it("keeps Pulumi's unknown marker in place of the value it stands for", () => {
        const marker = UNKNOWN_VALUE;
        const rule = {
            conditions: { people: { groups: { include: [marker] } }, network: marker },
        } as unknown as OktaRule;
        expect(normalizeRuleForComparison(rule).conditions).to.deep.equal({
            people: { groups: { include: [marker] } },
            network: marker,
        });
    });
});

describe("normalizeCondition", () => {
    const cases: Array<[string, string, unknown, unknown]> = [
        ["Okta's default people", "people", { users: { exclude: [] } }, undefined],
        ["a network open to anywhere", "network", { connection: "ANYWHERE" }, undefined],
        ["the empty elCondition of Okta's spec example", "elCondition", {}, undefined],
        ["a condition the model does not know", "authContext", { level: "AAL2" }, undefined],
        ["a LOW risk", "riskScore", { level: "LOW" }, { level: "LOW" }],
        [
            "a platform with a null OS expression",
            "platform",
            { include: [{ type: "ANY", os: { type: "ANY", expression: null } }], exclude: [] },
            { include: [{ type: "ANY", os: { type: "ANY" } }] },
        ],
    ];
    for (const [what, key, value, expected] of cases) {
        it(`reduces ${what} to ${JSON.stringify(expected) ?? "nothing"}`, () => {
            expect(normalizeCondition(key, value)).to.deep.equal(expected);
        });
    }
});
