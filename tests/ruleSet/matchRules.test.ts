import { expect } from "chai";
import { findEntryChanges, matchRuleSet } from "../../provider/ruleSet/matchRules";
import type { OktaRule } from "../../provider/rule/types";
import { POLICY_ID, withOktaFields } from "../rule/oktaResponses";
import { entry } from "./ruleSetExamples";

/** Okta's rule `name` with id `id` at `priority`, holding `entry(name)`'s content. */
function oktaRule(id: string, name: string, priority: number): OktaRule {
    const { conditions, actions } = entry(name);
    return withOktaFields(id, priority, { name, conditions: conditions!, actions });
}

const catchAll = withOktaFields("rulCatch", 99, {
    name: "Catch-all Rule",
    system: true,
    conditions: null,
    actions: entry("x").actions,
});

const idsOf = (rules: (OktaRule | undefined)[]) => rules.map(rule => rule?.id);
const nobody = () => false;

describe("matching a rule set to the policy's rules", () => {
    it("takes over unowned rules by name, creates the missing ones and leaves the rest foreign", () => {
        const rules = [oktaRule("rul1", "A", 0), oktaRule("rul2", "X", 1), catchAll];
        const match = matchRuleSet(rules, [entry("A"), entry("B")], [], "report", nobody);
        expect(idsOf(match.matched)).to.deep.equal(["rul1", undefined]);
        expect(idsOf(match.foreign)).to.deep.equal(["rul2"]);
        expect(match.remove).to.deep.equal([]);
    });

    it("finds an owned rule by id when the Admin Console renamed it", () => {
        const rules = [oktaRule("rul1", "renamed", 0)];
        const match = matchRuleSet(rules, [entry("A")], [{ id: "rul1", name: "A" }], "report", nobody);
        expect(idsOf(match.matched)).to.deep.equal(["rul1"]);
    });

    it("deletes owned rules that left the list, and with remove the foreign ones too", () => {
        const rules = [oktaRule("rul1", "A", 0), oktaRule("rul2", "Old", 1), oktaRule("rul3", "X", 2)];
        const owned = [
            { id: "rul1", name: "A" },
            { id: "rul2", name: "Old" },
        ];
        expect(idsOf(matchRuleSet(rules, [entry("A")], owned, "report", nobody).remove)).to.deep.equal([
            "rul2",
        ]);
        expect(idsOf(matchRuleSet(rules, [entry("A")], owned, "remove", nobody).remove)).to.deep.equal([
            "rul2",
            "rul3",
        ]);
    });

    it("keeps off rules a single rule resource manages: conflict when listed, released when dropped, never removed", () => {
        const rules = [oktaRule("rul1", "A", 0), oktaRule("rul2", "Old", 1), oktaRule("rul3", "X", 2)];
        const single = (id: string) => id !== "rul1";
        const listed = matchRuleSet(rules, [entry("A"), entry("X")], [], "report", single);
        expect(listed.conflicts.map(c => [c.entry, c.rule.id])).to.deep.equal([[1, "rul3"]]);
        const dropped = matchRuleSet(rules, [entry("A")], [{ id: "rul2", name: "Old" }], "remove", single);
        expect(dropped.remove).to.deep.equal([]);
        expect(idsOf(dropped.released)).to.deep.equal(["rul2"]);
        expect(idsOf(dropped.foreign)).to.deep.equal(["rul2", "rul3"]);
    });

    it("tells content from status changes, by meaning", () => {
        const rule = oktaRule("rul1", "A", 0);
        const filled = {
            ...rule,
            conditions: { ...rule.conditions, userType: { include: [], exclude: [] } },
        };
        expect(findEntryChanges(filled, entry("A"), POLICY_ID)).to.deep.equal({
            contentChanged: false,
            statusChanged: false,
        });
        expect(findEntryChanges(rule, { ...entry("A"), status: "INACTIVE" }, POLICY_ID)).to.deep.equal({
            contentChanged: false,
            statusChanged: true,
        });
        expect(findEntryChanges(rule, entry("A", "enroll", "2FA"), POLICY_ID).contentChanged).to.equal(true);
    });
});
