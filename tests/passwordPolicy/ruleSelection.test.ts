import { expect } from "chai";
import { describeRuleStates, findRulesToRestore } from "../../provider/passwordPolicy/ruleStates";
import { selectPasswordPolicy } from "../../provider/passwordPolicy/selectPolicy";
import { buildResourceId, selectTargetRules } from "../../provider/passwordPolicy/targetRules";
import type { OktaPolicy } from "../../provider/rule/types";
import { buildPasswordRule } from "./passwordRules";

function passwordPolicy(id: string, name: string, system: boolean): OktaPolicy {
    return { id, name, system, type: "PASSWORD", status: "ACTIVE" };
}

const defaultPolicy = passwordPolicy("00p1", "Default Policy", true);
const contractorsPolicy = passwordPolicy("00p2", "Contractors", false);

describe("selectPasswordPolicy", () => {
    it("takes the default password policy when no id is given", () => {
        expect(selectPasswordPolicy([contractorsPolicy, defaultPolicy], undefined)).to.deep.equal({
            policy: defaultPolicy,
        });
    });

    it("takes the policy the id names", () => {
        expect(selectPasswordPolicy([defaultPolicy, contractorsPolicy], "00p2")).to.deep.equal({
            policy: contractorsPolicy,
        });
    });

    it("names the org's password policies when the id is not one of them", () => {
        expect(selectPasswordPolicy([defaultPolicy, contractorsPolicy], "00p9")).to.deep.equal({
            problem:
                'policyId "00p9" is not a PASSWORD policy of this org; its PASSWORD policies: "Default Policy" ' +
                '(00p1, the default), "Contractors" (00p2); use one of these ids, or omit policyId for the default password policy',
        });
    });

    it("asks for an id when the org has no default password policy", () => {
        const selection = selectPasswordPolicy([contractorsPolicy], undefined);
        expect(selection)
            .to.have.property("problem")
            .that.matches(/no default password policy .* set policyId/);
    });
});

describe("selectTargetRules", () => {
    const rules = [buildPasswordRule("0pr1", "LEGACY"), buildPasswordRule("0pr2", "LEGACY")];

    it("manages every rule of the policy when no ids are declared", () => {
        expect(selectTargetRules(rules, undefined)).to.deep.equal({ rules, missing: [] });
    });

    it("manages the declared rules and names the declared ids the policy does not hold", () => {
        expect(selectTargetRules(rules, ["0pr9", "0pr2"])).to.deep.equal({
            rules: [rules[1]],
            missing: ["0pr9"],
        });
    });
});

describe("buildResourceId", () => {
    const cases: { ruleIds: string[] | undefined; expected: string }[] = [
        { ruleIds: undefined, expected: "00p1" },
        { ruleIds: ["0pr2", "0pr1"], expected: "00p1:0pr1,0pr2" },
    ];
    for (const { ruleIds, expected } of cases) {
        it(`is ${expected} for rule ids ${JSON.stringify(ruleIds)}`, () => {
            expect(buildResourceId("00p1", ruleIds)).to.equal(expected);
        });
    }
});

describe("describeRuleStates", () => {
    it("keeps the recorded earlier value of a rule and takes the value now of a rule not seen before", () => {
        const rules = [
            buildPasswordRule("0pr1", "AUTH_POLICY", "Default Rule"),
            buildPasswordRule("0pr2", undefined, "New"),
        ];
        const recorded = [
            {
                id: "0pr1",
                name: "Default Rule",
                accessControl: "AUTH_POLICY",
                previousAccessControl: "LEGACY",
            },
        ];
        expect(describeRuleStates(rules, recorded)).to.deep.equal([
            {
                id: "0pr1",
                name: "Default Rule",
                accessControl: "AUTH_POLICY",
                previousAccessControl: "LEGACY",
            },
            { id: "0pr2", name: "New", accessControl: null, previousAccessControl: null },
        ]);
    });
});

describe("findRulesToRestore", () => {
    it("restores only the rules whose value the resource changed", () => {
        const changed = {
            id: "0pr1",
            name: "A",
            accessControl: "AUTH_POLICY",
            previousAccessControl: "LEGACY",
        };
        const untouched = {
            id: "0pr2",
            name: "B",
            accessControl: "AUTH_POLICY",
            previousAccessControl: "AUTH_POLICY",
        };
        const absent = { id: "0pr3", name: "C", accessControl: "AUTH_POLICY", previousAccessControl: null };
        expect(findRulesToRestore([changed, untouched, absent], "AUTH_POLICY")).to.deep.equal([
            changed,
            absent,
        ]);
    });
});
