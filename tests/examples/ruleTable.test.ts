import { expect } from "chai";
import {
    describeRequirement,
    describeWhen,
    formatRuleTable,
} from "../../examples/account-management/ruleTable";
import type { AssuranceMethod, OktaRule, RuleConditions } from "../../provider/rule/types";

function ruleWith(
    conditions: RuleConditions | null,
    method: OktaRule["actions"]["appSignOn"]["verificationMethod"],
): OktaRule {
    return {
        id: "rul1",
        name: "A rule",
        priority: 1,
        status: "ACTIVE",
        system: false,
        type: "ACCESS_POLICY",
        conditions,
        actions: { appSignOn: { access: "ALLOW", verificationMethod: method } },
    };
}

const assurance = (fields: Omit<AssuranceMethod, "type">): AssuranceMethod => ({
    type: "ASSURANCE",
    ...fields,
});

describe("the demo's rule table", () => {
    const requirements: {
        name: string;
        method: OktaRule["actions"]["appSignOn"]["verificationMethod"];
        expected: string;
    }[] = [
        {
            name: "a phishing-resistant possession factor every time",
            method: assurance({
                factorMode: "1FA",
                reauthenticateIn: "PT0S",
                constraints: [{ possession: { phishingResistant: "REQUIRED" } }],
            }),
            expected: "1 factor, phishing-resistant possession, every time",
        },
        {
            name: "two factors with user interaction",
            method: assurance({
                factorMode: "2FA",
                reauthenticateIn: "PT0S",
                constraints: [{ possession: { userPresence: "REQUIRED" } }],
            }),
            expected: "2 factors, possession with user interaction, every time",
        },
        {
            name: "alternatives, each on its own",
            method: assurance({
                factorMode: "2FA",
                reauthenticateIn: "PT2H",
                constraints: [
                    { knowledge: { types: ["password"] } },
                    { possession: { deviceBound: "REQUIRED", userVerification: "REQUIRED" } },
                ],
            }),
            expected:
                "2 factors, knowledge (password) or device-bound possession with PIN or biometrics, every PT2H",
        },
        {
            name: "the catch-all's two factors if possible",
            method: assurance({ factorMode: "2FA_If_Possible", reauthenticateIn: "PT0S", constraints: [] }),
            expected: "2 factors if enrolled, every time",
        },
        {
            name: "identity verification",
            method: { type: "ID_PROOFING", id: "0oa1idv" },
            expected: "identity verification through 0oa1idv",
        },
    ];
    for (const { name, method, expected } of requirements) {
        it(`describes ${name}`, () => {
            expect(describeRequirement(ruleWith(null, method))).to.equal(expected);
        });
    }

    it("describes a denying rule as denied", () => {
        const rule = ruleWith(null, assurance({ factorMode: "2FA" }));
        rule.actions.appSignOn.access = "DENY";
        expect(describeRequirement(rule)).to.equal("denied");
    });

    it("says when a rule applies: groups, zones, risk and expression, leaving out what restricts nothing", () => {
        const rule = ruleWith(
            {
                people: { groups: { include: ["00g1"], exclude: [] }, users: { include: [], exclude: [] } },
                network: { connection: "ZONE", include: ["nzo1"], exclude: ["nzo2"] },
                riskScore: { level: "LOW" },
                elCondition: { condition: "accessRequest.operation == 'enroll'" },
            },
            assurance({ factorMode: "2FA" }),
        );
        expect(describeWhen(rule)).to.equal(
            "groups 00g1; zones nzo1; not zones nzo2; risk LOW; accessRequest.operation == 'enroll'",
        );
        expect(describeWhen(ruleWith(null, assurance({})))).to.equal("any request");
    });

    it("wraps long cells inside their column, keeping every word", () => {
        const condition =
            "accessRequest.operation == 'recover' || accessRequest.operation == 'unlockAccount' && x";
        const table = formatRuleTable([
            ruleWith({ elCondition: { condition } }, assurance({ factorMode: "1FA" })),
        ]);
        const lines = table.split("\n");
        expect(lines[0].split(/\s{2,}/)).to.deep.equal([
            "Priority",
            "Name",
            "Status",
            "When",
            "Must present",
        ]);
        expect(lines.length).to.be.greaterThan(3);
        const whenColumn = lines
            .slice(2)
            .map(line => line.slice(48, 106).trim())
            .join(" ");
        expect(whenColumn).to.equal(condition);
    });
});
