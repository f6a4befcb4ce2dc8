import { expect } from "chai";
import { findRuleSetGuardFailures } from "../../provider/ruleSet/guardRuleSet";
import { applyRuleSetDefaults, validateRuleSetInputs } from "../../provider/ruleSet/validateRuleSet";
import { UNKNOWN_VALUE } from "../../provider/rule/unknownValue";
import { entry } from "./ruleSetExamples";

interface Case {
    name: string;
    inputs: Record<string, unknown>;
    /** Each failure as `property: a fragment of the reason`. */
    failures: [string, RegExp][];
}

const cases: Case[] = [
    {
        name: "accepts a list of valid rules",
        inputs: { rules: [entry("A"), entry("B", "recover", "2FA")] },
        failures: [],
    },
    {
        name: "checks each rule as a single rule is checked, with the rule's position in the path",
        inputs: {
            rules: [
                entry("A"),
                { ...entry("B"), conditions: { network: { connection: "ZONE" } } },
                { ...entry("C"), status: "ACTIV" },
            ],
        },
        failures: [
            ["rules[1].conditions.network.include", /include or exclude/],
            ["rules[2].status", /did you mean "ACTIVE"/],
        ],
    },
    {
        name: "refuses a priority in a rule: the list position is the priority",
        inputs: { rules: [{ ...entry("A"), priority: 3 }] },
        failures: [
            ["rules[0].priority", /^3: .*list position is the priority.*const \{ priority: _, \.\.\.rule \}/],
        ],
    },
    {
        name: "refuses adopt and policyId in a rule, and names a misspelt field",
        inputs: { rules: [{ ...entry("A"), adopt: true, policyId: "rst1", condition: {} }] },
        failures: [
            ["rules[0].adopt", /takes over an existing rule of the same name by itself/],
            ["rules[0].policyId", /set once, on AccountManagementPolicyRules/],
            ["rules[0].condition", /did you mean "conditions"/],
        ],
    },
    {
        name: "refuses two rules of one name, naming the first",
        inputs: { rules: [entry("A"), entry("B"), entry("A", "recover")] },
        failures: [["rules[2].name", /"A" is also the name of rules\[0\]/]],
    },
    {
        name: "refuses more than 99 rules",
        inputs: { rules: Array.from({ length: 100 }, (_, i) => entry(`R${i}`)) },
        failures: [["rules", /100 rules, but Okta keeps at most 99 besides the catch-all/]],
    },
    {
        name: "refuses a missing list, an unknown foreignRules mode, a rule policy id and an unknown field",
        inputs: { foreignRules: "delete", policyId: "nzo5dtwhzly9mXvlN0g7", order: [] },
        failures: [
            ["order", /not a field of AccountManagementPolicyRules/],
            ["policyId", /network zone id, not a policy id/],
            ["foreignRules", /"report", "keep", "remove"/],
            ["rules", /rules is missing/],
        ],
    },
    {
        name: "refuses a rule without name or actions, and one that is not an object",
        inputs: { rules: [{ conditions: {} }, "A"] },
        failures: [
            ["rules[0].name", /name is missing/],
            ["rules[0].actions", /actions is missing/],
            ["rules[1]", /"A" is not a rule/],
        ],
    },
    {
        name: "passes values not known before preview",
        inputs: { rules: [entry("A"), UNKNOWN_VALUE], foreignRules: UNKNOWN_VALUE, policyId: UNKNOWN_VALUE },
        failures: [],
    },
];

describe("validating an ordered rule set", () => {
    for (const c of cases) {
        it(c.name, () => {
            const failures = validateRuleSetInputs(c.inputs);
            expect(failures.map(f => f.property)).to.deep.equal(c.failures.map(([property]) => property));
            failures.forEach((failure, i) => expect(failure.reason).to.match(c.failures[i][1]));
        });
    }

    it("fills in each rule's defaults and foreignRules: report", () => {
        const withDefaults = applyRuleSetDefaults({
            rules: [
                {
                    name: "A",
                    actions: { appSignOn: { access: "ALLOW", verificationMethod: { factorMode: "1FA" } } },
                },
            ],
        });
        expect(withDefaults).to.deep.equal({
            foreignRules: "report",
            rules: [
                {
                    name: "A",
                    status: "ACTIVE",
                    actions: {
                        appSignOn: {
                            access: "ALLOW",
                            verificationMethod: { factorMode: "1FA", type: "ASSURANCE" },
                        },
                    },
                },
            ],
        });
    });
});

describe("the lockout guard in the rule set's check", () => {
    const recoverWithPassword = {
        ...entry("Recovery", "recover"),
        actions: {
            appSignOn: {
                access: "ALLOW" as const,
                verificationMethod: {
                    type: "ASSURANCE" as const,
                    factorMode: "1FA" as const,
                    constraints: [{ knowledge: { types: ["password"] } }],
                },
            },
        },
    };

    it("refuses an error finding at the rule's position and property", () => {
        const failures = findRuleSetGuardFailures([entry("Enroll"), recoverWithPassword]);
        expect(failures.map(f => f.property)).to.deep.equal([
            "rules[1].actions.appSignOn.verificationMethod.constraints",
        ]);
        expect(failures[0].reason).to.match(/^\[G03\] Rule "Recovery"/);
    });

    it("drops the findings a rule silences with suppressChecks", () => {
        expect(
            findRuleSetGuardFailures([entry("Enroll"), { ...recoverWithPassword, suppressChecks: ["G03"] }]),
        ).to.deep.equal([]);
    });

    it("waits while any value is unknown (preview)", () => {
        const unknownGroup = {
            ...recoverWithPassword,
            conditions: { people: { groups: { include: [UNKNOWN_VALUE] } } },
        };
        expect(findRuleSetGuardFailures([unknownGroup])).to.deep.equal([]);
    });
});
