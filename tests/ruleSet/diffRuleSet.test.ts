import { expect } from "chai";
import { diffRuleSet } from "../../provider/ruleSet/diffRuleSet";
import type {
    AccountManagementPolicyRulesInputs,
    AccountManagementPolicyRulesOutputs,
    ForeignRuleState,
} from "../../provider/ruleSet/ruleSetInputs";
import {
    describeDrift,
    toOwnedRuleState,
    toRuleSetInputs,
    toRuleSetOutputs,
} from "../../provider/ruleSet/ruleSetOutputs";
import { UNKNOWN_VALUE } from "../../provider/rule/unknownValue";
import { POLICY_ID, withOktaFields } from "../rule/oktaResponses";
import { entry } from "./ruleSetExamples";

function recorded(
    rules: [string, string, number][],
    foreign: ForeignRuleState[] = [],
    mode: AccountManagementPolicyRulesOutputs["foreignRules"] = "report",
): AccountManagementPolicyRulesOutputs {
    const owned = rules.map(([id, name, priority]) => {
        const { conditions, actions } = entry(name);
        return toOwnedRuleState(
            withOktaFields(id, priority, { name, conditions: conditions!, actions }),
            POLICY_ID,
        );
    });
    return { policyId: POLICY_ID, foreignRules: mode, rules: owned, foreignRulesFound: foreign, drift: [] };
}

const declared = (names: string[], extra: Partial<AccountManagementPolicyRulesInputs> = {}) => ({
    rules: names.map(name => ({ ...entry(name), status: "ACTIVE" as const })),
    foreignRules: "report" as const,
    ...extra,
});

const foreignAt = (priority: number): ForeignRuleState => ({
    id: "rulX",
    name: "X",
    priority,
    status: "ACTIVE",
});

describe("diffing an ordered rule set", () => {
    const cases: {
        name: string;
        olds: AccountManagementPolicyRulesOutputs;
        news: AccountManagementPolicyRulesInputs;
        changedPaths: string[];
        replaces?: string[];
    }[] = [
        {
            name: "finds no change when every rule holds its content and place",
            olds: recorded(
                [
                    ["rul1", "A", 0],
                    ["rul2", "B", 1],
                ],
                [foreignAt(2)],
            ),
            news: declared(["A", "B"]),
            changedPaths: [],
        },
        {
            name: "finds a new order",
            olds: recorded([
                ["rul1", "A", 0],
                ["rul2", "B", 1],
            ]),
            news: declared(["B", "A"]),
            changedPaths: ["rules"],
        },
        {
            name: "finds a changed rule by its position",
            olds: recorded([
                ["rul1", "A", 0],
                ["rul2", "B", 1],
            ]),
            news: { ...declared(["A"]), rules: [{ ...entry("A") }, { ...entry("B", "enroll", "2FA") }] },
            changedPaths: ["rules[1].actions.appSignOn.verificationMethod"],
        },
        {
            name: "finds a rule pushed from its place",
            olds: recorded([
                ["rul1", "A", 0],
                ["rul2", "B", 2],
            ]),
            news: declared(["A", "B"]),
            changedPaths: ["rules[1].priority"],
        },
        {
            name: "with keep, expects the set around the kept rules",
            olds: recorded(
                [
                    ["rul1", "A", 0],
                    ["rul2", "B", 2],
                ],
                [foreignAt(1)],
                "keep",
            ),
            news: declared(["A", "B"], { foreignRules: "keep" }),
            changedPaths: [],
        },
        {
            name: "finds a new foreignRules mode, and foreign rules left under remove",
            olds: recorded([["rul1", "A", 0]], [foreignAt(1)]),
            news: declared(["A"], { foreignRules: "remove" }),
            changedPaths: ["foreignRules", "foreignRulesFound"],
        },
        {
            name: "replaces the set for another policy",
            olds: recorded([["rul1", "A", 0]]),
            news: declared(["A"], { policyId: "rst9otherPolicy0000" }),
            changedPaths: ["policyId"],
            replaces: ["policyId"],
        },
        {
            name: "reports a list not known before preview as a change",
            olds: recorded([["rul1", "A", 0]]),
            news: { rules: UNKNOWN_VALUE as unknown as [] },
            changedPaths: ["rules"],
        },
    ];
    for (const c of cases) {
        it(c.name, () => {
            const diff = diffRuleSet(c.olds, c.news);
            expect(diff.changedPaths).to.deep.equal(c.changedPaths);
            expect(diff.changes).to.equal(c.changedPaths.length > 0);
            expect(diff.replaces).to.deep.equal(c.replaces ?? []);
        });
    }
});

describe("a rule set's refresh", () => {
    it("describes owned rules changed or deleted and foreign rules added outside the stack", () => {
        const olds = recorded([
            ["rul1", "A", 0],
            ["rul2", "B", 1],
            ["rul3", "C", 2],
        ]);
        const { conditions, actions } = entry("A");
        const rules = [
            withOktaFields("rul1", 0, {
                name: "A",
                conditions: conditions!,
                actions: entry("A", "enroll", "2FA").actions,
            }),
            withOktaFields("rul3", 3, { name: "C", conditions: entry("C").conditions!, actions }),
            withOktaFields("rul9", 2, { name: "Console", conditions: conditions!, actions }),
        ];
        expect(describeDrift(olds, rules)).to.deep.equal([
            'rule "A" (rul1) changed outside the stack: actions.appSignOn.verificationMethod',
            'rule "B" (rul2) was deleted outside the stack',
            'rule "C" (rul3) changed outside the stack: priority',
            'rule "Console" (rul9) appeared at priority 2; the set does not own it (foreignRules: "report")',
        ]);
    });

    it("reports the owned rules' input fields, in list order, as the inputs", () => {
        const outputs = toRuleSetOutputs(
            POLICY_ID,
            "keep",
            recorded([
                ["rul2", "B", 0],
                ["rul1", "A", 1],
            ]).rules,
            [],
            [],
        );
        expect(toRuleSetInputs(outputs)).to.deep.equal({
            policyId: POLICY_ID,
            foreignRules: "keep",
            rules: [
                { ...entry("B"), status: "ACTIVE" },
                { ...entry("A"), status: "ACTIVE" },
            ],
        });
    });
});
