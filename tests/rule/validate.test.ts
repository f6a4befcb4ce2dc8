import { expect } from "chai";
import { lintExpression } from "../../provider/el";
import { UNKNOWN_VALUE } from "../../provider/rule/unknownValue";
import { applyInputDefaults, validateRuleInputs } from "../../provider/rule/validate";
import { copyRule, DOCUMENTED_RULES, FIRST_PHISHING_RESISTANT, GROUP_ID, ZONE_ID } from "./ruleExamples";

import { BAD_CASES, METHOD, POSSESSION, withValues } from "./badRuleCases";

describe("validateRuleInputs", () => {
    it("accepts the valid rule the bad cases start from", () => {
        expect(validateRuleInputs(withValues({}))).to.deep.equal([]);
    });

    for (const [name, rule] of Object.entries(DOCUMENTED_RULES)) {
        it(`accepts ${name} from Okta's documentation`, () => {
            expect(validateRuleInputs(copyRule(rule))).to.deep.equal([]);
        });
    }

    it("has at least 45 bad cases, each with its own behaviour", () => {
        expect(BAD_CASES.length).to.be.at.least(45);
        expect(new Set(BAD_CASES.map(badCase => badCase.behaviour)).size).to.equal(BAD_CASES.length);
    });

    for (const badCase of BAD_CASES) {
        it(badCase.behaviour, () => {
            const failures = validateRuleInputs(withValues(badCase.values));
            expect(failures.map(failure => failure.property)).to.deep.equal(badCase.properties);
            expect(failures[0].reason).to.include(badCase.reason);
        });
    }

    it("names the bad value in every reason where there is one", () => {
        const failures = validateRuleInputs(
            withValues({
                status: "ENABLED",
                "conditions.people.groups.include": [ZONE_ID],
                [`${METHOD}.reauthenticateIn`]: "2h",
            }),
        );
        const prefixes = [
            '"ENABLED" is not a valid status',
            `"${ZONE_ID}" is a network zone id`,
            '"2h" is not an ISO-8601',
        ];
        expect(failures).to.have.length(prefixes.length);
        failures.forEach(
            (failure, index) => expect(failure.reason.startsWith(prefixes[index]), failure.reason).to.be.true,
        );
    });

    it("passes every error the expression linter finds on to the reason", () => {
        const text = "accessRequest.operation == 'enroll' &&";
        const errors = lintExpression(text).filter(problem => problem.severity === "error");
        expect(errors.length).to.be.greaterThan(0);
        const reasons = validateRuleInputs(withValues({ "conditions.elCondition.condition": text })).map(
            f => f.reason,
        );
        expect(reasons).to.have.length(errors.length);
        errors.forEach((error, index) => expect(reasons[index]).to.include(error.message));
    });

    it("accepts an expression the linter only warns about", () => {
        const text = FIRST_PHISHING_RESISTANT.conditions?.elCondition?.condition ?? "";
        expect(lintExpression(text).map(problem => problem.severity)).to.include("warning");
        expect(validateRuleInputs(withValues({ "conditions.elCondition.condition": text }))).to.deep.equal(
            [],
        );
    });

    const validVariants: Array<[string, Record<string, unknown>]> = [
        ["ALL_ZONES alone in network include", { "conditions.network.include": ["ALL_ZONES"] }],
        [
            "constraint types in lower case, as Okta echoes them",
            { [`${METHOD}.constraints[0].knowledge.types`]: ["password", "Security_Question"] },
        ],
        [
            "an authentication method in lower case",
            { [`${POSSESSION}.authenticationMethods`]: [{ key: "webauthn", method: "webauthn" }] },
        ],
        ["a verificationMethod without type, which defaults to ASSURANCE", { [`${METHOD}.type`]: undefined }],
        [
            "durations such as P1D and PT43800H",
            { [`${METHOD}.reauthenticateIn`]: "P1D", [`${METHOD}.inactivityPeriod`]: "PT43800H" },
        ],
        [
            "an excluded zone with connection ZONE",
            { "conditions.network": { connection: "ZONE", exclude: [ZONE_ID] } },
        ],
        ["priority 0, the top", { priority: 0 }],
        ["a DENY rule", { "actions.appSignOn.access": "DENY" }],
        ["the serialized provider key the Pulumi host adds", { __provider: "exports.handler = ..." }],
        ["null for optional fields", { priority: null, "conditions.riskScore": null, policyId: null }],
    ];
    for (const [what, values] of validVariants) {
        it(`accepts ${what}`, () => {
            expect(validateRuleInputs(withValues(values))).to.deep.equal([]);
        });
    }

    it("accepts priority 98, the lowest a rule can take", () => {
        expect(validateRuleInputs(withValues({ priority: 98 }))).to.deep.equal([]);
    });
});

describe("validateRuleInputs during preview", () => {
    const unknownCases: Array<[string, Record<string, unknown>]> = [
        ["a name", { name: UNKNOWN_VALUE }],
        ["a priority", { priority: UNKNOWN_VALUE }],
        ["a policyId", { policyId: UNKNOWN_VALUE }],
        ["the whole conditions object", { conditions: UNKNOWN_VALUE }],
        ["the whole actions object", { actions: UNKNOWN_VALUE }],
        ["the zone list of a ZONE network condition", { "conditions.network.include": UNKNOWN_VALUE }],
        ["a zone id inside the list", { "conditions.network.include": [UNKNOWN_VALUE] }],
        [
            "group ids next to known ones",
            { "conditions.people.groups.include": [GROUP_ID, UNKNOWN_VALUE, UNKNOWN_VALUE] },
        ],
        [
            "registered, with managed: true",
            { "conditions.device": { registered: UNKNOWN_VALUE, managed: true } },
        ],
        ["the factorMode of a two-class constraint", { [`${METHOD}.factorMode`]: UNKNOWN_VALUE }],
        [
            "userVerification, with userVerificationMethods",
            { [`${POSSESSION}.userVerification`]: UNKNOWN_VALUE },
        ],
        ["the expression", { "conditions.elCondition.condition": UNKNOWN_VALUE }],
        ["the verification method type", { [`${METHOD}.type`]: UNKNOWN_VALUE }],
        ["the identity verification provider id", { [METHOD]: { type: "ID_PROOFING", id: UNKNOWN_VALUE } }],
    ];
    for (const [what, values] of unknownCases) {
        it(`passes an unknown value in ${what}`, () => {
            expect(validateRuleInputs(withValues(values))).to.deep.equal([]);
        });
    }

    it("still checks the known members of a list holding unknown ones", () => {
        const failures = validateRuleInputs(
            withValues({ "conditions.people.groups.include": [UNKNOWN_VALUE, ZONE_ID] }),
        );
        expect(failures.map(failure => failure.property)).to.deep.equal([
            "conditions.people.groups.include[1]",
        ]);
    });
});

describe("applyInputDefaults", () => {
    it("fills status ACTIVE and verificationMethod type ASSURANCE when absent, and nothing else", () => {
        const news = withValues({ status: undefined, [`${METHOD}.type`]: undefined });
        const expected = withValues({ status: "ACTIVE", [`${METHOD}.type`]: "ASSURANCE" });
        expect(applyInputDefaults(news)).to.deep.equal(expected);
    });

    it("adds an ASSURANCE verificationMethod when appSignOn has none", () => {
        const inputs = applyInputDefaults({ name: "Deny", actions: { appSignOn: { access: "DENY" } } });
        expect(inputs.actions.appSignOn.verificationMethod).to.deep.equal({ type: "ASSURANCE" });
    });

    it("keeps declared values, unknown ones included", () => {
        const news = withValues({ status: "INACTIVE", [`${METHOD}.type`]: UNKNOWN_VALUE });
        expect(applyInputDefaults(news)).to.deep.equal(news);
    });

    it("does not change the inputs it is given", () => {
        const news = withValues({ status: undefined });
        const before = structuredClone(news);
        applyInputDefaults(news);
        expect(news).to.deep.equal(before);
    });
});
