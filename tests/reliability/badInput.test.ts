import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { RunningEmulator, startEmulator } from "../../emulator/index";
import {
    AccountManagementPolicyRule,
    AccountManagementPolicyRuleArgs,
} from "../../provider/resources/accountManagementPolicyRule";
import { BAD_CASES, withValues } from "../rule/badRuleCases";
import { DynamicProviderHost, Props, urnOf, startHostFor } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";

/**
 * The bad cases a program can express: a missing name is filled in by the resource with its logical name, and
 * Pulumi keeps `id` for the resource's own id.
 */
const PROGRAM_CASES = BAD_CASES.filter(
    c => !("name" in c.values && c.values.name === undefined) && !("id" in c.values),
);

describe("reliability: invalid rules are refused at check, through the dynamic-provider host", function () {
    this.timeout(120_000);
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let host: DynamicProviderHost;
    const registered: Props[] = [];

    before(async () => {
        for (const c of PROGRAM_CASES) {
            const args = withValues(c.values) as unknown as AccountManagementPolicyRuleArgs;
            registered.push(
                (await recordRegistrations(() => [new AccountManagementPolicyRule("bad", args)]))[0].inputs,
            );
        }
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
        host = await startHostFor(emulator);
        await control.clearRequests();
    });
    after(async () => {
        await host.stop();
        await emulator.close();
    });

    it(`has at least 40 invalid definitions (${PROGRAM_CASES.length})`, () => {
        expect(PROGRAM_CASES.length).to.be.at.least(40);
    });

    PROGRAM_CASES.forEach((c, i) => {
        it(`${c.behaviour}, naming ${c.properties.join(", ")}`, async () => {
            const { failures } = await host.check(
                urnOf("AccountManagementPolicyRule", "bad"),
                {},
                registered[i],
            );
            expect(failures.map(f => f.property)).to.include.members(c.properties);
            const reasons = failures.filter(f => c.properties.includes(f.property)).map(f => f.reason);
            expect(reasons.join("\n")).to.include(c.reason);
        });
    });

    it("made no API call for any of them", async () => {
        expect(await control.requests()).to.deep.equal([]);
    });
});
