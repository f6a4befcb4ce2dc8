import { expect } from "chai";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { AccountManagementPolicyRules } from "../../provider/resources/accountManagementPolicyRules";
import { ProgramDeclarations } from "../../provider/ruleSet/programDeclarations";
import { recordRegistrations } from "../support/registrations";
import { declaredRule } from "./ruleSetExamples";

describe("what a program declares about a policy's rules", () => {
    let declarations: ProgramDeclarations;
    beforeEach(() => (declarations = new ProgramDeclarations()));

    it("warns when two single rules declare one priority, pointing to the ordered set", () => {
        expect(declarations.declareSingleRule("", "a", "A", 2)).to.deep.equal([]);
        const [finding, ...rest] = declarations.declareSingleRule("", "b", "B", 2);
        expect(rest).to.deep.equal([]);
        expect(finding.severity).to.equal("warning");
        expect(finding.message).to.match(
            /"b" declares priority 2, as "a" does.*AccountManagementPolicyRules/,
        );
    });

    it("compares neither rules without a priority, nor a resource with its own earlier declaration, nor other policies", () => {
        declarations.declareSingleRule("", "a", "A", undefined);
        declarations.declareSingleRule("rst1", "c", "C", 2);
        declarations.declareSingleRule("", "b", "B", 2);
        expect(declarations.declareSingleRule("", "b", "B", 2)).to.deep.equal([]);
        expect(declarations.declareSingleRule("", "d", "D", undefined)).to.deep.equal([]);
    });

    it("refuses a rule declared both by a single resource and by a set, whichever comes first", () => {
        declarations.declareRuleSet("", "set", ["A", "B"], "keep");
        expect(declarations.declareSingleRule("", "a", "A", undefined).map(f => f.severity)).to.deep.equal([
            "error",
        ]);
        const other = new ProgramDeclarations();
        other.declareSingleRule("", "a", "A", undefined);
        const [finding] = other.declareRuleSet("", "set", ["A"], "keep");
        expect(finding.message).to.equal(
            'rule "A" is declared both by AccountManagementPolicyRule "a" and by AccountManagementPolicyRules "set": ' +
                "each would overwrite the other. Keep it in one of them.",
        );
    });

    it("refuses a set that would delete single rules, and a second set on one policy", () => {
        declarations.declareSingleRule("", "x", "X", undefined);
        const findings = declarations.declareRuleSet("", "set", ["A"], "remove");
        expect(findings.map(f => f.message)).to.have.length(1);
        expect(findings[0].message).to.match(
            /foreignRules: "remove".*would delete the rule of AccountManagementPolicyRule "x"/,
        );
        expect(declarations.declareRuleSet("", "second", ["B"], "keep")[0].message).to.match(
            /"second" and "set" both order the rules of the account management policy/,
        );
    });

    it("warns when a single rule's priority falls inside a reporting set's priorities", () => {
        declarations.declareRuleSet("", "set", ["A", "B", "C"], "report");
        expect(declarations.declareSingleRule("", "x", "X", 1)[0].message).to.match(
            /inside the priorities 0\.\.2/,
        );
        expect(declarations.declareSingleRule("", "y", "Y", 3)).to.deep.equal([]);
    });
});

describe("program-time conflicts, logged by the resource classes", () => {
    let logged: string[];
    const originals = { warn: console.warn, error: console.error };
    beforeEach(() => {
        logged = [];
        console.warn = (...args: unknown[]) => logged.push(args.join(" "));
        console.error = (...args: unknown[]) => logged.push(args.join(" "));
    });
    afterEach(() => {
        console.warn = originals.warn;
        console.error = originals.error;
    });

    it("logs a warning on the second of two single rules at one priority, and an error on a rule also in a set", async () => {
        await recordRegistrations(() => [
            new AccountManagementPolicyRule("a", { ...declaredRule("A"), priority: 1 }),
            new AccountManagementPolicyRule("b", { ...declaredRule("B"), priority: 1 }),
            new AccountManagementPolicyRules("set", {
                rules: [declaredRule("B"), declaredRule("C")],
                foreignRules: "keep",
            }),
        ]);
        const conflicts = logged.filter(line => /declares priority|declared both/.test(line));
        expect(conflicts).to.have.length(2);
        expect(conflicts[0]).to.match(/^warning: .*"b" declares priority 1, as "a" does/);
        expect(conflicts[1]).to.match(
            /^error: .*rule "B" is declared both by AccountManagementPolicyRule "b"/,
        );
    });

    it("does not count a read-only get as a declaration", async () => {
        await recordRegistrations(() => [
            AccountManagementPolicyRule.get("legacy", "rul1legacy"),
            new AccountManagementPolicyRules("set", {
                rules: [declaredRule("legacy")],
                foreignRules: "keep",
            }),
        ]);
        expect(logged.filter(line => /declared both/.test(line))).to.deep.equal([]);
    });
});
