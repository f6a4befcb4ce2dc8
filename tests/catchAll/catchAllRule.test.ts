import { expect } from "chai";
import { buildCatchAllBody, findCatchAllRule, toCatchAllOutputs } from "../../provider/catchAll/catchAllRule";
import { diffCatchAll } from "../../provider/catchAll/diffCatchAll";
import { validateCatchAllInputs } from "../../provider/catchAll/validateCatchAll";
import type { OktaRule, RuleActions } from "../../provider/rule/types";
import { UNKNOWN_VALUE } from "../../provider/rule/unknownValue";
import { POLICY_ID, withOktaFields } from "../rule/oktaResponses";

/** Okta's seeded actions of this policy's catch-all rule. */
const SEEDED: RuleActions = {
    appSignOn: {
        access: "ALLOW",
        verificationMethod: {
            type: "ASSURANCE",
            factorMode: "2FA_If_Possible",
            reauthenticateIn: "PT0S",
            constraints: [],
        },
    },
};

const TWO_FACTORS: RuleActions = {
    appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode: "2FA" } },
};

/** The seeded actions with a field the model does not write, as Okta returns it on other policies' catch-alls. */
const seededWithKeepMeSignedIn = { ...SEEDED.appSignOn, keepMeSignedIn: { postAuth: "NOT_ALLOWED" } };

const catchAll: OktaRule = withOktaFields("rul9", 99, {
    name: "Catch-all Rule",
    system: true,
    conditions: null,
    actions: { appSignOn: seededWithKeepMeSignedIn },
    _links: { self: { href: "https://example.okta.com/x", hints: { allow: ["GET", "PUT"] } } },
});

describe("validating the catch-all rule", () => {
    const cases: { name: string; inputs: Record<string, unknown>; failures: [string, RegExp][] }[] = [
        {
            name: "accepts Okta's seeded actions, 2FA_If_Possible included",
            inputs: { actions: SEEDED },
            failures: [],
        },
        {
            name: "accepts other actions and a policy id",
            inputs: { policyId: POLICY_ID, actions: TWO_FACTORS },
            failures: [],
        },
        {
            name: "refuses conditions, name, priority and status, each with Okta's reason",
            inputs: {
                actions: SEEDED,
                conditions: { network: { connection: "ANYWHERE" } },
                name: "Default",
                priority: 98,
                status: "INACTIVE",
            },
            failures: [
                ["conditions", /read-only \(Okta answers 403 E0000077 .*add a rule above it/],
                ["name", /^"Default": the catch-all rule's name is Okta's/],
                ["priority", /^98: the catch-all rule always sits last, at priority 99/],
                ["status", /^"INACTIVE": the catch-all rule cannot be deactivated/],
            ],
        },
        {
            name: "checks the actions as a rule's, and names an unknown field",
            inputs: {
                actions: { appSignOn: { access: "PERMIT", verificationMethod: { factorMode: "3FA" } } },
                action: {},
            },
            failures: [
                ["action", /did you mean "actions"\?/],
                ["actions.appSignOn.access", /"PERMIT" is not a valid access decision/],
                ["actions.appSignOn.verificationMethod.factorMode", /"3FA" is not a valid factor mode/],
            ],
        },
        {
            name: "requires actions",
            inputs: {},
            failures: [["actions", /actions is missing; .*Okta's default/]],
        },
        {
            name: "passes unknown values (preview)",
            inputs: { actions: UNKNOWN_VALUE, policyId: UNKNOWN_VALUE },
            failures: [],
        },
    ];
    for (const c of cases) {
        it(c.name, () => {
            const failures = validateCatchAllInputs(c.inputs);
            expect(failures.map(f => f.property)).to.deep.equal(c.failures.map(([property]) => property));
            failures.forEach((failure, i) => expect(failure.reason).to.match(c.failures[i][1]));
        });
    }
});

describe("the catch-all rule's body, state and diff", () => {
    it("is found by system: true, not by name", () => {
        const renamed = { ...catchAll, name: "Renamed" };
        const lookalike = withOktaFields("rul1", 0, {
            name: "Catch-all Rule",
            conditions: {},
            actions: SEEDED,
        });
        expect(findCatchAllRule([lookalike, renamed])?.id).to.equal("rul9");
    });

    it("is written with its name, priority 99, system: true and null conditions, keeping fields the model does not write", () => {
        const body = buildCatchAllBody(toCatchAllOutputs(catchAll, POLICY_ID, SEEDED), TWO_FACTORS);
        expect(body).to.deep.equal({
            name: "Catch-all Rule",
            type: "ACCESS_POLICY",
            priority: 99,
            system: true,
            conditions: null,
            actions: {
                appSignOn: {
                    keepMeSignedIn: { postAuth: "NOT_ALLOWED" },
                    access: "ALLOW",
                    verificationMethod: { type: "ASSURANCE", factorMode: "2FA" },
                },
            },
        });
    });

    it("records the actions found at take-over", () => {
        const outputs = toCatchAllOutputs(catchAll, POLICY_ID, SEEDED);
        expect(outputs).to.include({
            policyId: POLICY_ID,
            name: "Catch-all Rule",
            priority: 99,
            system: true,
        });
        expect(outputs.previousActions).to.deep.equal(SEEDED);
        expect(outputs).not.to.have.property("_links");
    });

    it("compares the actions by meaning and replaces only for another policy", () => {
        const outputs = toCatchAllOutputs(catchAll, POLICY_ID, SEEDED);
        const reordered = {
            appSignOn: {
                verificationMethod: {
                    constraints: [],
                    reauthenticateIn: "PT0S",
                    factorMode: "2FA_If_Possible" as const,
                    type: "ASSURANCE" as const,
                },
                access: "ALLOW" as const,
            },
        };
        expect(diffCatchAll(outputs, { actions: reordered }).changes).to.equal(false);
        expect(diffCatchAll(outputs, { actions: TWO_FACTORS }).changedPaths).to.deep.equal([
            "actions.appSignOn.verificationMethod",
        ]);
        expect(
            diffCatchAll(outputs, { policyId: "rst9other0000000000", actions: SEEDED }).replaces,
        ).to.deep.equal(["policyId"]);
    });
});
