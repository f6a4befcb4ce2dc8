import { expect } from "chai";
import { ID_LENGTH } from "../../emulator/ids";
import type { JsonObject } from "../../emulator/json";
import { OktaError } from "../../emulator/oktaError";
import { OrgStore } from "../../emulator/orgStore";
import { createSeedOrg, SEED_IDS } from "../../emulator/seed";
import { buildRule } from "./support";

const POLICY = SEED_IDS.accountManagementPolicy;
const CATCH_ALL = SEED_IDS.accountManagementCatchAllRule;
const NOW = new Date("2025-03-01T10:00:00.250Z");

function rule(name: string, priority?: number): JsonObject {
    return buildRule(name, priority) as unknown as JsonObject;
}

/** The error `action` throws; fails the test when it does not throw an OktaError. */
function caught(action: () => unknown): OktaError {
    try {
        action();
    } catch (error) {
        expect(error).to.be.instanceOf(OktaError);
        return error as OktaError;
    }
    throw new Error("expected an OktaError, got none");
}

/** Names and priorities of the policy's rules, in list order, e.g. `["A:0", "Catch-all Rule:99"]`. */
function layout(store: OrgStore, policyId = POLICY): string[] {
    return store
        .listRules(policyId)
        .map(stored => `${String(stored.body.name)}:${String(stored.body.priority)}`);
}

describe("OrgStore", () => {
    let store: OrgStore;
    beforeEach(() => {
        store = new OrgStore(createSeedOrg(), () => NOW);
    });

    describe("the seed", () => {
        it("gives every seeded object a 20-character id with Okta's prefix", () => {
            for (const [name, id] of Object.entries(SEED_IDS)) {
                expect(id, name).to.have.lengthOf(ID_LENGTH);
            }
            expect(SEED_IDS.accountManagementPolicy.startsWith("rst")).to.equal(true);
            expect(SEED_IDS.everyoneGroup.startsWith("00g")).to.equal(true);
            expect(SEED_IDS.legacyIpZone.startsWith("nzo")).to.equal(true);
        });

        it("holds only the catch-all in the account management policy, at 99 with 2FA_If_Possible", () => {
            const [catchAll] = store.listRules(POLICY);
            expect(layout(store)).to.deep.equal(["Catch-all Rule:99"]);
            expect(catchAll.body).to.deep.include({ system: true, conditions: null });
            expect(catchAll.body.actions).to.have.nested.property(
                "appSignOn.verificationMethod.factorMode",
                "2FA_If_Possible",
            );
        });

        it("puts the Password Expiry Rule at 0 when asked, so a rule without priority lands at 1", () => {
            const seeded = new OrgStore(createSeedOrg({ passwordExpiryRule: true }), () => NOW);
            seeded.createRule(POLICY, rule("New"), true);
            expect(layout(seeded)).to.deep.equal(["Password Expiry Rule:0", "New:1", "Catch-all Rule:99"]);
        });
    });

    describe("priorities", () => {
        it("puts a rule created without priority at the bottom, above the catch-all", () => {
            store.createRule(POLICY, rule("First"), true);
            store.createRule(POLICY, rule("Second", 5), true);
            store.createRule(POLICY, rule("Third"), true);
            expect(layout(store)).to.deep.equal(["First:0", "Second:5", "Third:6", "Catch-all Rule:99"]);
        });

        it("reproduces Okta's priority drift pitfall through replaces", () => {
            const ids = new Map<string, string>();
            for (const [index, name] of ["One", "Two", "Three", "Four", "Five"].entries()) {
                ids.set(name, String(store.createRule(POLICY, rule(name, index + 1), true).body.id));
            }
            for (const [name, priority] of [
                ["Three", 1],
                ["Two", 3],
                ["One", 2],
            ] as const) {
                store.replaceRule(POLICY, ids.get(name) ?? "", rule(name, priority));
            }
            expect(layout(store)).to.deep.equal([
                "Three:1",
                "One:2",
                "Two:4",
                "Four:5",
                "Five:6",
                "Catch-all Rule:99",
            ]);
        });

        it("keeps a rule where it is on a replace without priority", () => {
            const a = store.createRule(POLICY, rule("A", 0), true);
            store.createRule(POLICY, rule("B", 1), true);
            store.replaceRule(POLICY, String(a.body.id), rule("A renamed"));
            expect(layout(store)).to.deep.equal(["A renamed:0", "B:1", "Catch-all Rule:99"]);
        });

        it("pushes the rule below when a replace re-sends the current priority", () => {
            const a = store.createRule(POLICY, rule("A", 0), true);
            store.createRule(POLICY, rule("B", 1), true);
            store.replaceRule(POLICY, String(a.body.id), rule("A", 0));
            expect(layout(store)).to.deep.equal(["A:0", "B:2", "Catch-all Rule:99"]);
        });

        it("leaves a gap when a rule is deleted", () => {
            store.createRule(POLICY, rule("A", 0), true);
            const b = store.createRule(POLICY, rule("B", 1), true);
            store.createRule(POLICY, rule("C", 2), true);
            store.deleteRule(POLICY, String(b.body.id));
            expect(layout(store)).to.deep.equal(["A:0", "C:2", "Catch-all Rule:99"]);
        });
    });

    describe("create and replace", () => {
        it("creates an INACTIVE rule when activate is false", () => {
            expect(store.createRule(POLICY, rule("Off"), false).body.status).to.equal("INACTIVE");
        });

        it("replaces the whole rule: absent fields go, read-only fields in the body are ignored, lastUpdated moves on", () => {
            const created = store.createRule(POLICY, { ...rule("R", 0), futureField: 1 }, true);
            const id = String(created.body.id);
            const replaced = store.replaceRule(POLICY, id, {
                ...rule("R"),
                id: "rulOther0000000000001",
                created: "2000-01-01T00:00:00.000Z",
                status: "INACTIVE",
                system: true,
            });
            expect(replaced.body).to.not.have.property("futureField");
            expect(replaced.body).to.deep.include({
                id,
                status: "ACTIVE",
                system: false,
                created: "2025-03-01T10:00:00.000Z",
            });
            expect(replaced.body.lastUpdated).to.equal("2025-03-01T10:00:01.000Z");
        });

        it("refuses a second rule with the same name in one policy, naming name", () => {
            store.createRule(POLICY, rule("Same"), true);
            const error = caught(() => store.createRule(POLICY, rule("Same"), true));
            expect(error.toBody()).to.deep.include({
                errorCode: "E0000001",
                errorSummary: "Api validation failed: name",
            });
        });

        it("changes nothing when a request is refused", () => {
            store.createRule(POLICY, rule("Keep", 0), true);
            const before = store.snapshot();
            caught(() =>
                store.createRule(
                    POLICY,
                    { ...rule("Bad", 0), conditions: { network: { connection: "ZONE" } } },
                    true,
                ),
            );
            caught(() => store.replaceRule(POLICY, CATCH_ALL, { ...rule("Catch-all Rule"), priority: 0 }));
            expect(store.snapshot()).to.deep.equal(before);
        });
    });

    describe("the catch-all rule", () => {
        it("takes new actions by replace and keeps its name, priority and null conditions", () => {
            const replaced = store.replaceRule(POLICY, CATCH_ALL, {
                name: "Catch-all Rule",
                priority: 99,
                conditions: null,
                actions: {
                    appSignOn: {
                        access: "DENY",
                        verificationMethod: { type: "ASSURANCE", factorMode: "2FA" },
                    },
                },
            });
            expect(replaced.body).to.deep.include({
                name: "Catch-all Rule",
                priority: 99,
                conditions: null,
                system: true,
            });
            expect(replaced.body.actions).to.have.nested.property("appSignOn.access", "DENY");
        });

        const readOnly: Array<[string, JsonObject]> = [
            ["conditions", { conditions: { network: { connection: "ANYWHERE" } } }],
            ["name", { name: "Everything else" }],
            ["priority", { priority: 50 }],
        ];
        for (const [attribute, change] of readOnly) {
            it(`refuses a change of ${attribute} with 403 E0000077`, () => {
                const body = { ...rule("Catch-all Rule"), conditions: null, ...change };
                const error = caught(() => store.replaceRule(POLICY, CATCH_ALL, body));
                expect(error.status).to.equal(403);
                expect(error.toBody().errorSummary).to.equal(
                    `Cannot modify the ${attribute} attribute because it is read-only.`,
                );
            });
        }

        it("cannot be deleted or deactivated", () => {
            expect(caught(() => store.deleteRule(POLICY, CATCH_ALL)).status).to.equal(403);
            expect(caught(() => store.setRuleStatus(POLICY, CATCH_ALL, "INACTIVE")).status).to.equal(403);
            expect(layout(store)).to.deep.equal(["Catch-all Rule:99"]);
        });
    });

    describe("policies", () => {
        it("refuses writes to the account management policy with 403 E0000111", () => {
            const error = store.refusePolicyWrite(POLICY, "PUT");
            expect(error.toBody()).to.deep.include({
                errorCode: "E0000111",
                errorSummary:
                    "Cannot modify the Okta Account Management Policy object because it is read-only.",
            });
        });

        it("answers 404 naming the Policy for an unknown policy id", () => {
            expect(caught(() => store.listRules("rstMissing0000000001")).toBody().errorSummary).to.equal(
                "Not found: Resource not found: rstMissing0000000001 (Policy)",
            );
        });
    });

    describe("password policy rules", () => {
        const passwordRule = (accessControl: string): JsonObject => ({
            name: "Default Rule",
            type: "PASSWORD",
            actions: {
                passwordChange: { access: "ALLOW" },
                selfServicePasswordReset: {
                    access: "ALLOW",
                    requirement: { primary: { methods: ["email"] }, accessControl },
                },
                selfServiceUnlock: { access: "ALLOW" },
            },
        });

        it("switches recovery to the account management policy with accessControl AUTH_POLICY", () => {
            const replaced = store.replaceRule(
                SEED_IDS.passwordPolicy,
                SEED_IDS.passwordDefaultRule,
                passwordRule("AUTH_POLICY"),
            );
            expect(replaced.body).to.have.nested.property(
                "actions.selfServicePasswordReset.requirement.accessControl",
                "AUTH_POLICY",
            );
            expect(replaced.body).to.deep.include({ priority: 1, type: "PASSWORD" });
        });

        it("refuses an accessControl other than AUTH_POLICY or LEGACY", () => {
            const error = caught(() =>
                store.replaceRule(
                    SEED_IDS.passwordPolicy,
                    SEED_IDS.passwordDefaultRule,
                    passwordRule("OAMP"),
                ),
            );
            expect(error.toBody().errorSummary).to.equal(
                "Api validation failed: actions.selfServicePasswordReset.requirement.accessControl",
            );
        });
    });

    it("rewrites the stored expressions when Flexible Okta Verify is turned on", () => {
        const created = store.createRule(
            POLICY,
            {
                ...rule("OV"),
                conditions: {
                    elCondition: { condition: "accessRequest.authenticator.key == 'okta_verify'" },
                },
            },
            true,
        );
        store.setFlexibleOktaVerify(true);
        const stored = store.getRule(POLICY, String(created.body.id));
        expect(stored.body.conditions)
            .to.have.nested.property("elCondition.condition")
            .that.includes("okta_verify_fastpass");
    });
});
