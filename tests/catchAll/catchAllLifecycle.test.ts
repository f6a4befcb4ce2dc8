import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { RunningEmulator, SEED_IDS, startEmulator } from "../../emulator/index";
import {
    AccountManagementPolicyCatchAllRule,
    type AccountManagementPolicyCatchAllRuleArgs,
} from "../../provider/resources/accountManagementPolicyCatchAllRule";
import { DynamicProviderHost, Props, urnOf, startHostFor } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";

const URN = urnOf("AccountManagementPolicyCatchAllRule", "catch-all");
const POLICY = SEED_IDS.accountManagementPolicy;
const RULE = SEED_IDS.accountManagementCatchAllRule;
const RULE_PATH = `/api/v1/policies/${POLICY}/rules/${RULE}`;

const twoFactors = (reauthenticateIn: string): AccountManagementPolicyCatchAllRuleArgs["actions"] => ({
    appSignOn: {
        access: "ALLOW",
        verificationMethod: { type: "ASSURANCE", factorMode: "2FA", reauthenticateIn, constraints: [] },
    },
});

/** The inputs the engine sends for the catch-all declared in a program, recorded from the real resource class. */
async function registeredInputs(args: AccountManagementPolicyCatchAllRuleArgs): Promise<Props> {
    const registrations = await recordRegistrations(() => [
        new AccountManagementPolicyCatchAllRule("catch-all", args),
    ]);
    return registrations[0].inputs;
}

describe("AccountManagementPolicyCatchAllRule through the dynamic-provider host", function () {
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let host: DynamicProviderHost;

    const getRule = async (): Promise<Props> => {
        const response = await fetch(`${emulator.orgUrl}${RULE_PATH}`, {
            headers: { Authorization: `SSWS ${emulator.apiToken}`, Accept: "application/json" },
        });
        return (await response.json()) as Props;
    };
    const calls = async () => (await control.requests()).map(r => `${r.method} ${r.path}`);
    const withoutLastUpdated = ({ lastUpdated: _lastUpdated, ...rule }: Props) => rule;

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

    it("takes the catch-all over with one PUT, updates it with one PUT, and restores it exactly on delete", async () => {
        const before = await getRule();
        const checked = await host.check(URN, {}, await registeredInputs({ actions: twoFactors("PT12H") }));
        expect(checked.failures).to.deep.equal([]);

        await control.clearRequests();
        const created = await host.create(URN, checked.inputs);
        expect(await calls()).to.deep.equal([
            "GET /api/v1/policies",
            `GET /api/v1/policies/${POLICY}/rules`,
            `PUT ${RULE_PATH}`,
        ]);
        expect(created.id).to.equal(RULE);
        expect(created.outs.previousActions).to.deep.equal(before.actions);
        expect(created.outs).to.include({
            name: "Catch-all Rule",
            priority: 99,
            system: true,
            conditions: null,
        });
        expect((await getRule()).actions).to.deep.equal(created.outs.actions);
        expect(created.outs.actions).to.have.nested.property(
            "appSignOn.verificationMethod.factorMode",
            "2FA",
        );

        await control.clearRequests();
        const read = await host.read(URN, created.id, created.outs);
        expect(await calls()).to.deep.equal([`GET ${RULE_PATH}`]);
        expect(read.props.previousActions).to.deep.equal(before.actions);
        expect((await host.diff(URN, created.id, read.props, checked.inputs)).changes).to.equal("NONE");
        expect(await calls()).to.have.length(1, "diff makes no call");

        const edited = (
            await host.check(URN, checked.inputs, await registeredInputs({ actions: twoFactors("PT2H") }))
        ).inputs;
        expect((await host.diff(URN, created.id, read.props, edited)).changes).to.equal("SOME");
        await control.clearRequests();
        const updated = await host.update(URN, created.id, read.props, edited);
        expect(await calls()).to.deep.equal([`PUT ${RULE_PATH}`]);
        expect(updated).to.have.nested.property(
            "actions.appSignOn.verificationMethod.reauthenticateIn",
            "PT2H",
        );
        expect(updated.previousActions).to.deep.equal(before.actions);

        await control.clearRequests();
        await host.delete(URN, created.id, updated);
        expect(await calls()).to.deep.equal([`PUT ${RULE_PATH}`]);
        expect(withoutLastUpdated(await getRule())).to.deep.equal(withoutLastUpdated(before));
    });

    it("takes the catch-all over without a write when it already has the declared actions (Okta's seeded ones)", async () => {
        const seeded = (await getRule()).actions as AccountManagementPolicyCatchAllRuleArgs["actions"];
        const checked = await host.check(URN, {}, await registeredInputs({ actions: seeded }));
        expect(checked.failures).to.deep.equal([]);
        await control.clearRequests();
        const created = await host.create(URN, checked.inputs);
        expect(await calls()).to.deep.equal(["GET /api/v1/policies", `GET /api/v1/policies/${POLICY}/rules`]);
        await host.delete(URN, created.id, created.outs);
        expect(await calls()).to.have.length(2, "delete has nothing to restore");
    });

    it("refuses conditions, name, priority and status at check, with Okta's reasons, before any call", async () => {
        const args = {
            actions: twoFactors("PT12H"),
            conditions: { network: { connection: "ANYWHERE" } },
            name: "Fallback",
            priority: 5,
            status: "INACTIVE",
        } as AccountManagementPolicyCatchAllRuleArgs;
        await control.clearRequests();
        const checked = await host.check(URN, {}, await registeredInputs(args));
        expect(checked.failures.map(f => f.property)).to.deep.equal([
            "conditions",
            "name",
            "priority",
            "status",
        ]);
        expect(checked.failures[0].reason).to.include("403 E0000077");
        expect(checked.failures[2].reason).to.include("priority 99");
        expect(checked.failures[3].reason).to.include("cannot be deactivated");
        expect(await calls()).to.deep.equal([]);
    });
});
