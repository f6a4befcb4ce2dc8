import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { FLEXIBLE_OKTA_VERIFY_DISJUNCTION } from "../../emulator/flexibleOktaVerify";
import { startEmulator, type RunningEmulator } from "../../emulator/index";
import { PASSWORD_EXPIRY_CONDITION, SEED_IDS } from "../../emulator/seed";
import type { OktaRule } from "../../provider/rule/types";
import { buildRule, callApi, rulesPath } from "./support";

const POLICY = SEED_IDS.accountManagementPolicy;

describe("rules over HTTP", () => {
    let emulator: RunningEmulator;
    let control: EmulatorControl;

    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
    });
    after(() => emulator.close());
    beforeEach(async () => {
        await control.reset();
        await control.configure({ flexibleOktaVerify: false });
    });

    async function layout(): Promise<string[]> {
        const rules = await callApi<OktaRule[]>(emulator, "GET", rulesPath(POLICY));
        return rules.body.map(rule => `${rule.name}${rule.priority}`);
    }

    it("reproduces Okta's published priority drift pitfall exactly", async () => {
        const ids = new Map<string, string>();
        for (const [index, name] of ["One", "Two", "Three", "Four", "Five"].entries()) {
            const created = await callApi<OktaRule>(
                emulator,
                "POST",
                rulesPath(POLICY),
                buildRule(name, index + 1),
            );
            ids.set(name, created.body.id);
        }
        for (const [name, priority] of [
            ["Three", 1],
            ["Two", 3],
            ["One", 2],
        ] as const) {
            const answer = await callApi<OktaRule>(
                emulator,
                "PUT",
                rulesPath(POLICY, ids.get(name)),
                buildRule(name, priority),
            );
            expect(answer.status).to.equal(200);
        }
        expect(await layout()).to.deep.equal([
            "Three1",
            "One2",
            "Two4",
            "Four5",
            "Five6",
            "Catch-all Rule99",
        ]);
    });

    it("answers a create with 200 and the rule as Okta normalises it, without keepMeSignedIn", async () => {
        const answer = await callApi<OktaRule>(emulator, "POST", rulesPath(POLICY), {
            ...buildRule("Enroll", 0),
            conditions: {
                platform: { include: [] },
                elCondition: { condition: "accessRequest.operation == 'enroll'" },
            },
        });
        expect(answer.status).to.equal(200);
        expect(Object.keys(answer.body)).to.deep.equal([
            "id",
            "status",
            "name",
            "priority",
            "created",
            "lastUpdated",
            "system",
            "conditions",
            "actions",
            "_links",
            "type",
        ]);
        expect(answer.body.created).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
        expect(answer.body.conditions).to.deep.equal({
            people: { users: { exclude: [] } },
            network: { connection: "ANYWHERE" },
            elCondition: { condition: "accessRequest.operation == 'enroll'" },
            userType: { include: [], exclude: [] },
        });
        expect(answer.body.actions.appSignOn).to.not.have.property("keepMeSignedIn");
    });

    it("lets the catch-all's actions change by PUT of the rule as read", async () => {
        const path = rulesPath(POLICY, SEED_IDS.accountManagementCatchAllRule);
        const current = (await callApi<OktaRule>(emulator, "GET", path)).body;
        const answer = await callApi<OktaRule>(emulator, "PUT", path, {
            ...current,
            actions: {
                appSignOn: {
                    access: "ALLOW",
                    verificationMethod: { type: "ASSURANCE", factorMode: "2FA", constraints: [] },
                },
            },
        });
        expect(answer.status).to.equal(200);
        expect(answer.body.actions.appSignOn.verificationMethod).to.deep.equal({
            type: "ASSURANCE",
            factorMode: "2FA",
            constraints: [],
        });
        expect(answer.body._links).to.deep.equal({
            self: { href: `${emulator.orgUrl}${path}`, hints: { allow: ["GET", "PUT"] } },
        });
    });

    it("rewrites okta_verify comparisons once Flexible Okta Verify is configured on", async () => {
        await control.configure({ flexibleOktaVerify: true });
        const answer = await callApi<OktaRule>(emulator, "POST", rulesPath(POLICY), {
            ...buildRule("Okta Verify"),
            conditions: {
                elCondition: {
                    condition:
                        "accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'okta_verify'",
                },
            },
        });
        expect(answer.body.conditions?.elCondition?.condition).to.equal(
            `accessRequest.operation == 'enroll' && (${FLEXIBLE_OKTA_VERIFY_DISJUNCTION})`,
        );
    });

    it("refuses a rule pointing at a group or zone that does not exist, as a 400 naming the field", async () => {
        const answer = await callApi(emulator, "POST", rulesPath(POLICY), {
            ...buildRule("Dangling"),
            conditions: {
                people: { groups: { include: ["00gGone000000000001"] } },
                network: { connection: "ZONE", include: ["nzoGone000000000001"] },
            },
        });
        expect(answer.status).to.equal(400);
        expect(answer.body.errorCauses.map(cause => cause.errorSummary.split(":")[0])).to.deep.equal([
            "conditions.people.groups.include",
            "conditions.network.include",
        ]);
    });

    it("switches password recovery to the account management policy through the PASSWORD rule", async () => {
        const path = rulesPath(SEED_IDS.passwordPolicy, SEED_IDS.passwordDefaultRule);
        const current = (
            await callApi<Record<string, unknown> & { actions: Record<string, Record<string, unknown>> }>(
                emulator,
                "GET",
                path,
            )
        ).body;
        expect(current.actions.selfServicePasswordReset).to.deep.equal({
            access: "ALLOW",
            requirement: {
                primary: { methods: ["email"] },
                stepUp: { required: false },
                accessControl: "LEGACY",
            },
        });
        const body = {
            ...current,
            actions: {
                ...current.actions,
                selfServicePasswordReset: {
                    access: "ALLOW",
                    requirement: { primary: { methods: ["email"] }, accessControl: "AUTH_POLICY" },
                },
            },
        };
        const answer = await callApi<{ actions: unknown }>(emulator, "PUT", path, body);
        expect(answer.status).to.equal(200);
        expect(answer.body.actions).to.have.nested.property(
            "selfServicePasswordReset.requirement.accessControl",
            "AUTH_POLICY",
        );
        const bad = await callApi(emulator, "PUT", path, {
            ...body,
            actions: { selfServicePasswordReset: { requirement: { accessControl: "NEW" } } },
        });
        expect(bad.status).to.equal(400);
    });

    it("seeds Okta's Password Expiry Rule at priority 0 when started with passwordExpiryRule", async () => {
        const seeded = await startEmulator({ passwordExpiryRule: true });
        try {
            const rules = await callApi<OktaRule[]>(seeded, "GET", rulesPath(POLICY));
            expect(
                rules.body.map(rule => [rule.name, rule.priority, rule.conditions?.elCondition?.condition]),
            ).to.deep.equal([
                ["Password Expiry Rule", 0, PASSWORD_EXPIRY_CONDITION],
                ["Catch-all Rule", 99, undefined],
            ]);
        } finally {
            await seeded.close();
        }
    });
});
