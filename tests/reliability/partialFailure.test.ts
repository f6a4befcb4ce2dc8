import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { RunningEmulator, startEmulator } from "../../emulator/index";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { DynamicProviderHost, partialStateOf, Props, urnOf } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";

const URN = urnOf("AccountManagementPolicyRule", "unlock");
const args = {
    priority: 1,
    conditions: { elCondition: { condition: "accessRequest.operation == 'unlockAccount'" } },
    actions: {
        appSignOn: {
            access: "ALLOW" as const,
            verificationMethod: { type: "ASSURANCE" as const, factorMode: "1FA" as const },
        },
    },
};

describe("reliability: a change applied half way is reported, not lost", function () {
    this.timeout(60_000);
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let host: DynamicProviderHost;
    let inputs: Props;
    let renamedInactive: Props;

    before(async () => {
        inputs = (await recordRegistrations(() => [new AccountManagementPolicyRule("unlock", args)]))[0]
            .inputs;
        renamedInactive = (
            await recordRegistrations(() => [
                new AccountManagementPolicyRule("unlock", {
                    ...args,
                    name: "unlock, renamed",
                    status: "INACTIVE",
                }),
            ])
        )[0].inputs;
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
        host = await DynamicProviderHost.start();
        await host.configure({
            "okta-account-management:orgUrl": emulator.orgUrl,
            "okta:apiToken": emulator.apiToken,
        });
    });
    after(async () => {
        await host.stop();
        await emulator.close();
    });

    it("records the written content as the state when the status change after it fails, and the next run finishes", async () => {
        const news = (await host.check(URN, {}, inputs)).inputs;
        const created = await host.create(URN, news);
        const edited = (await host.check(URN, news, renamedInactive)).inputs;
        await control.addFault({ method: "POST", path: "/lifecycle/deactivate$", status: 500, times: 50 });

        const error = await host.update(URN, created.id, created.outs, edited).then(
            () => undefined,
            (e: Error) => e,
        );
        await control.clearFaults();
        expect(error?.message).to.match(
            /was written, but making it INACTIVE failed: POST .*lifecycle\/deactivate: 500/,
        );
        const partial = partialStateOf(error);
        expect(partial?.id).to.equal(created.id);
        expect(partial?.properties).to.include({ name: "unlock, renamed", status: "ACTIVE" });
        expect(partial?.properties.__provider, "later operations load the provider from this state").to.equal(
            created.outs.__provider,
        );

        // The next run sees only the status left to do and finishes it with one write (after the failure the
        // process lists the policy once more to know where rules sit).
        expect((await host.diff(URN, created.id, partial!.properties, edited)).changes).to.equal("SOME");
        await control.clearRequests();
        const finished = await host.update(URN, created.id, partial!.properties, edited);
        expect(
            (await control.requests()).map(
                r => `${r.method} ${r.path.replace(/rules\/rul\w+/, "rules/{id}")}`,
            ),
        ).to.deep.equal([
            `POST /api/v1/policies/${created.outs.policyId}/rules/{id}/lifecycle/deactivate`,
            `GET /api/v1/policies/${created.outs.policyId}/rules`,
        ]);
        expect(finished).to.include({ name: "unlock, renamed", status: "INACTIVE" });
    });
});
