import { expect } from "chai";
import { prepareEmulatorOrg, type EmulatorDirectory } from "../../examples/account-management/emulatorOrg";
import { EmulatorControl, RunningEmulator, SEED_IDS, startEmulator } from "../../emulator/index";
import { useCases } from "../../provider/presets/useCases";
import {
    AccountManagementPolicyRule,
    AccountManagementPolicyRuleArgs,
} from "../../provider/resources/accountManagementPolicyRule";
import { buildCreateBody } from "../../provider/rule/requestBody";
import { applyInputDefaults } from "../../provider/rule/validate";
import { DynamicProviderHost, Props, startHostFor, urnOf } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";

/** The inputs the engine sends for a rule declared with `args`: recorded from the real resource class. */
async function registeredInputs(name: string, args: AccountManagementPolicyRuleArgs): Promise<Props> {
    const registrations = await recordRegistrations(() => [new AccountManagementPolicyRule(name, args)]);
    return registrations.find(r => r.type.endsWith(":AccountManagementPolicyRule"))!.inputs;
}

describe("the use-case presets applied to the emulator through the dynamic-provider host", function () {
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let host: DynamicProviderHost;
    let directory: EmulatorDirectory;

    before(async () => {
        emulator = await startEmulator({ passwordExpiryRule: true });
        control = new EmulatorControl(emulator.orgUrl);
        directory = await prepareEmulatorOrg(emulator);
        host = await startHostFor(emulator);
    });
    after(async () => {
        await host.stop();
        await emulator.close();
    });

    const presets: {
        name: string;
        build: (directory: EmulatorDirectory) => AccountManagementPolicyRuleArgs;
    }[] = [
        {
            name: "first-phishing-resistant-authenticator",
            build: ({ officeZoneId, adminsGroupId }) =>
                useCases.firstPhishingResistantAuthenticator({
                    zones: [officeZoneId],
                    groups: [adminsGroupId],
                }),
        },
        { name: "authenticator-enrollment", build: () => useCases.authenticatorEnrollment() },
        { name: "password-recovery-and-unlock", build: () => useCases.passwordRecoveryAndUnlock() },
    ];

    for (const { name, build } of presets) {
        it(`creates ${name} with the checked request body and reads it back with no diff`, async () => {
            const urn = urnOf("AccountManagementPolicyRule", name);
            const args = build(directory);
            const checked = await host.check(urn, {}, await registeredInputs(name, args));
            expect(checked.failures).to.deep.equal([]);

            await control.clearRequests();
            const created = await host.create(urn, checked.inputs);
            const posted = (await control.requests()).find(r => r.method === "POST");
            const expectedBody = buildCreateBody(
                applyInputDefaults(args as unknown as Record<string, unknown>),
            );
            expect(posted?.body).to.deep.equal(expectedBody);

            const read = await host.read(urn, created.id, created.outs);
            expect(read.id).to.equal(created.id);
            const diff = await host.diff(urn, created.id, read.props, checked.inputs);
            expect(diff).to.deep.equal({ changes: "NONE", replaces: [], deleteBeforeReplace: false });
        });
    }

    it("leaves the policy in Okta's recommended order, under the Password Expiry Rule and above the catch-all", async () => {
        await control.reset();
        const fresh = await prepareEmulatorOrg(emulator);
        for (const { name, build } of presets) {
            const urn = urnOf("AccountManagementPolicyRule", name);
            const checked = await host.check(urn, {}, await registeredInputs(name, build(fresh)));
            await host.create(urn, checked.inputs);
        }
        const response = await fetch(
            `${emulator.orgUrl}/api/v1/policies/${SEED_IDS.accountManagementPolicy}/rules`,
            { headers: { Authorization: `SSWS ${emulator.apiToken}`, Accept: "application/json" } },
        );
        const rules = (await response.json()) as { name: string; priority: number }[];
        expect(rules.map(rule => [rule.priority, rule.name])).to.deep.equal([
            [0, "Password Expiry Rule"],
            [1, "First phishing-resistant authenticator"],
            [2, "Phishing-resistant authenticator enrollment"],
            [3, "Phishing-resistant password recovery and unlock"],
            [99, "Catch-all Rule"],
        ]);
    });
});
