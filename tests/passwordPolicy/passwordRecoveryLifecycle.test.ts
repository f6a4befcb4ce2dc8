import { expect } from "chai";
import { EmulatorControl, RunningEmulator, SEED_IDS, startEmulator } from "../../emulator/index";
import {
    PasswordRecoveryAccessControl,
    PasswordRecoveryAccessControlArgs,
} from "../../provider/resources/passwordRecoveryAccessControl";
import { DynamicProviderHost, Props, urnOf, startHostFor } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";

const URN = urnOf("PasswordRecoveryAccessControl", "recovery");
const POLICY = SEED_IDS.passwordPolicy;
const RULE = SEED_IDS.passwordDefaultRule;
const RULE_PATH = `/api/v1/policies/${POLICY}/rules/${RULE}`;

/** The inputs the engine sends for the resource declared in a program: recorded from the real resource class. */
async function registeredInputs(args: PasswordRecoveryAccessControlArgs): Promise<Props> {
    const registrations = await recordRegistrations(() => [
        new PasswordRecoveryAccessControl("recovery", args),
    ]);
    return registrations.find(r => r.type.endsWith(":PasswordRecoveryAccessControl"))!.inputs;
}

describe("PasswordRecoveryAccessControl through the dynamic-provider host", function () {
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let host: DynamicProviderHost;

    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
    });
    after(() => emulator.close());

    beforeEach(async () => {
        await control.reset();
        host = await startHostFor(emulator);
    });
    afterEach(() => host.stop());

    async function oktaRule(): Promise<Props> {
        const response = await fetch(`${emulator.orgUrl}${RULE_PATH}`, { headers: headersOf(emulator) });
        expect(response.status).to.equal(200);
        return (await response.json()) as Props;
    }

    async function putOktaRule(rule: Props): Promise<void> {
        const response = await fetch(`${emulator.orgUrl}${RULE_PATH}`, {
            method: "PUT",
            headers: headersOf(emulator),
            body: JSON.stringify(rule),
        });
        expect(response.status).to.equal(200);
    }

    async function apiCalls(): Promise<string[]> {
        return (await control.requests()).map(r => `${r.method} ${r.path}`);
    }

    async function createChecked(
        args: PasswordRecoveryAccessControlArgs,
    ): Promise<{ id: string; outs: Props; inputs: Props }> {
        const checked = await host.check(URN, {}, await registeredInputs(args));
        expect(checked.failures).to.deep.equal([]);
        const created = await host.create(URN, checked.inputs);
        return { ...created, inputs: checked.inputs };
    }

    it("switches the default policy's rules with a GET and a PUT that change nothing but the field", async () => {
        const before = await oktaRule();
        expect(before).to.have.nested.property(
            "actions.selfServicePasswordReset.requirement.accessControl",
            "LEGACY",
        );

        await control.clearRequests();
        const created = await createChecked({ accessControl: "AUTH_POLICY" });
        expect(await apiCalls()).to.deep.equal([
            "GET /api/v1/policies",
            `GET /api/v1/policies/${POLICY}/rules`,
            `GET ${RULE_PATH}`,
            `PUT ${RULE_PATH}`,
        ]);
        expect(created.id).to.equal(POLICY);
        expect(created.outs).to.deep.include({
            policyId: POLICY,
            accessControl: "AUTH_POLICY",
            rules: [
                {
                    id: RULE,
                    name: "Default Rule",
                    accessControl: "AUTH_POLICY",
                    previousAccessControl: "LEGACY",
                },
            ],
        });

        const put = (await control.requests()).find(r => r.method === "PUT")!;
        expect(put.body).to.have.property("priority", before.priority);

        const after = await oktaRule();
        const expected = structuredClone(before) as {
            actions: { selfServicePasswordReset: { requirement: Props } };
        };
        expected.actions.selfServicePasswordReset.requirement.accessControl = "AUTH_POLICY";
        expect({ ...after, lastUpdated: undefined }).to.deep.equal({ ...expected, lastUpdated: undefined });
    });

    it("reads back with no diff and makes no write when nothing changed", async () => {
        const created = await createChecked({ accessControl: "AUTH_POLICY" });
        await control.clearRequests();
        const read = await host.read(URN, created.id, created.outs);
        expect(read.id).to.equal(created.id);
        expect(read.props).to.deep.equal(created.outs);
        expect(read.inputs, "the declared inputs are kept").to.equal(undefined);
        const diff = await host.diff(URN, created.id, read.props, created.inputs);
        expect(diff.changes).to.equal("NONE");
        expect(await apiCalls()).to.deep.equal([`GET /api/v1/policies/${POLICY}/rules`]);
    });

    it("restores each rule's earlier value on delete, leaving the rule as it was", async () => {
        const before = await oktaRule();
        const created = await createChecked({ accessControl: "AUTH_POLICY" });
        await control.clearRequests();
        await host.delete(URN, created.id, created.outs);
        expect(await apiCalls()).to.deep.equal([`GET ${RULE_PATH}`, `PUT ${RULE_PATH}`]);
        expect({ ...(await oktaRule()), lastUpdated: undefined }).to.deep.equal({
            ...before,
            lastUpdated: undefined,
        });
    });

    it("notices a rule set back in the Admin Console on refresh, and switches it again on update", async () => {
        const created = await createChecked({ accessControl: "AUTH_POLICY" });
        const edited = structuredClone(await oktaRule()) as {
            actions: { selfServicePasswordReset: { requirement: Props } };
        };
        edited.actions.selfServicePasswordReset.requirement.accessControl = "LEGACY";
        await putOktaRule(edited as unknown as Props);

        const refreshed = await host.read(URN, created.id, created.outs);
        expect(refreshed.props.rules).to.deep.equal([
            { id: RULE, name: "Default Rule", accessControl: "LEGACY", previousAccessControl: "LEGACY" },
        ]);
        const diff = await host.diff(URN, created.id, refreshed.props, created.inputs);
        expect(diff).to.deep.include({ changes: "SOME", replaces: [] });

        const updated = await host.update(URN, created.id, refreshed.props, created.inputs);
        expect(updated.rules).to.deep.equal([
            { id: RULE, name: "Default Rule", accessControl: "AUTH_POLICY", previousAccessControl: "LEGACY" },
        ]);
        expect(await oktaRule()).to.have.nested.property(
            "actions.selfServicePasswordReset.requirement.accessControl",
            "AUTH_POLICY",
        );
    });

    it("writes nothing on create or delete when the rules already hold the value", async () => {
        await control.clearRequests();
        const created = await createChecked({ policyId: POLICY, ruleIds: [RULE], accessControl: "LEGACY" });
        expect(created.id).to.equal(`${POLICY}:${RULE}`);
        await host.delete(URN, created.id, created.outs);
        expect((await control.requests()).filter(r => r.method !== "GET")).to.deep.equal([]);
    });

    it("sets the value back to LEGACY on update and keeps the value recorded before the first change", async () => {
        const created = await createChecked({ accessControl: "AUTH_POLICY" });
        const news = (
            await host.check(URN, created.inputs, await registeredInputs({ accessControl: "LEGACY" }))
        ).inputs;
        expect((await host.diff(URN, created.id, created.outs, news)).changes).to.equal("SOME");
        const updated = await host.update(URN, created.id, created.outs, news);
        expect(updated.rules).to.deep.equal([
            { id: RULE, name: "Default Rule", accessControl: "LEGACY", previousAccessControl: "LEGACY" },
        ]);
        await control.clearRequests();
        await host.delete(URN, created.id, updated);
        expect(await apiCalls()).to.deep.equal([]);
    });

    it("refuses a rule id the policy does not hold, naming it and the policy's rules, before any write", async () => {
        const news = (
            await host.check(
                URN,
                {},
                await registeredInputs({ ruleIds: ["0pr9missingRule0001"], accessControl: "AUTH_POLICY" }),
            )
        ).inputs;
        await control.clearRequests();
        let message = "";
        await host.create(URN, news).catch((error: Error) => (message = error.message));
        expect(message).to.match(
            /ruleIds: "0pr9missingRule0001" is not a rule of password policy "Default Policy" \(00pemuDefaultPolicy1\)\. The policy's rules: "Default Rule" \(0premuDefaultRule001\); omit ruleIds to manage all of them/,
        );
        expect((await control.requests()).filter(r => r.method !== "GET")).to.deep.equal([]);
    });

    it("reports every input problem from check", async () => {
        const news = {
            ...(await registeredInputs({ accessControl: "AUTH_POLICY" })),
            policyId: "rst5czs80uoZHaUxK0g7",
            accessControl: "OAMP",
        };
        const checked = await host.check(URN, {}, news);
        expect(checked.failures.map(f => f.property)).to.deep.equal(["accessControl", "policyId"]);
    });
});

function headersOf(emulator: RunningEmulator): Record<string, string> {
    return {
        Authorization: `SSWS ${emulator.apiToken}`,
        "Content-Type": "application/json",
        Accept: "application/json",
    };
}
