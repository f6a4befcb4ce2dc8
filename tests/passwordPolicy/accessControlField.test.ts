import { expect } from "chai";
import {
    explainUnswitchableRule,
    readAccessControl,
    withAccessControl,
} from "../../provider/passwordPolicy/accessControlField";
import { buildPasswordRule } from "./passwordRules";

describe("the accessControl field of a password rule", () => {
    it("sets the field and changes nothing else but the response-only fields", () => {
        const rule = { ...buildPasswordRule("0pr1", "LEGACY"), priority: 4, initialMode: false };
        const body = withAccessControl(rule, "AUTH_POLICY");
        const { _links: _dropped, created: _created, lastUpdated: _lastUpdated, ...kept } = rule;
        const expected = structuredClone(kept);
        expected.actions!.selfServicePasswordReset!.requirement!.accessControl = "AUTH_POLICY";
        expect(body).to.deep.equal(expected);
    });

    it("keeps the rule's own priority, status and system flag in the body", () => {
        const body = withAccessControl(
            { ...buildPasswordRule("0pr1", "LEGACY"), priority: 3, system: true },
            "AUTH_POLICY",
        );
        expect(body).to.include({
            priority: 3,
            status: "ACTIVE",
            system: true,
            id: "0pr1",
            type: "PASSWORD",
        });
    });

    it("does not change the rule it was given", () => {
        const rule = buildPasswordRule("0pr1", "LEGACY");
        const before = structuredClone(rule);
        withAccessControl(rule, "AUTH_POLICY");
        expect(rule).to.deep.equal(before);
    });

    it("removes the field when restoring a rule that had none", () => {
        const body = withAccessControl(buildPasswordRule("0pr1", "AUTH_POLICY"), null);
        expect(body).to.deep.nested.include({
            "actions.selfServicePasswordReset.requirement": {
                primary: { methods: ["email"] },
                stepUp: { required: false },
            },
        });
    });

    const reads: { given: string | undefined; expected: string | null }[] = [
        { given: "LEGACY", expected: "LEGACY" },
        { given: "AUTH_POLICY", expected: "AUTH_POLICY" },
        { given: undefined, expected: null },
    ];
    for (const { given, expected } of reads) {
        it(`reads ${String(given)} as ${String(expected)}`, () => {
            expect(readAccessControl(buildPasswordRule("0pr1", given))).to.equal(expected);
        });
    }

    it("refuses a rule without self-service password reset, naming the rule and the fix", () => {
        const rule = buildPasswordRule("0pr2", "LEGACY", "Contractors");
        delete rule.actions!.selfServicePasswordReset;
        expect(explainUnswitchableRule(rule)).to.equal(
            'rule "Contractors" (0pr2) has no actions.selfServicePasswordReset, so self-service recovery is not ' +
                "configured on it; add it in the password policy, or leave the rule out of ruleIds",
        );
        expect(explainUnswitchableRule(buildPasswordRule("0pr1", "LEGACY"))).to.equal(undefined);
    });
});
