import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { RunningEmulator, startEmulator } from "../../emulator/index";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { AccountManagementPolicyRules } from "../../provider/resources/accountManagementPolicyRules";
import { DynamicProviderHost, partialStateOf, Props, urnOf, startHostFor } from "../support/dynamicHost";
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
        host = await startHostFor(emulator);
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

    it("records the rules a rule set wrote before one of its writes was refused, and the next run finishes", async () => {
        const entry = (name: string, groups?: string[]) => ({
            name,
            conditions: {
                elCondition: { condition: "accessRequest.operation == 'enroll'" },
                ...(groups ? { people: { groups: { include: groups } } } : {}),
            },
            actions: args.actions,
        });
        const setUrn = urnOf("AccountManagementPolicyRules", "policy-rules");
        // The second entry names a group the org does not have: check cannot know, Okta refuses it at write time.
        const declared = (
            await recordRegistrations(() => [
                new AccountManagementPolicyRules("policy-rules", {
                    rules: [entry("first"), entry("second", ["00gDoesNotExist00001"]), entry("third")],
                }),
            ])
        )[0].inputs;
        const news = (await host.check(setUrn, {}, declared)).inputs;
        const error = await host.create(setUrn, news).then(
            () => undefined,
            (e: Error) => e,
        );
        expect(error?.message).to.match(/the rule set stopped after 1 write\(s\): POST .*: 400 E0000001/);
        const partial = partialStateOf(error);
        const owned = (partial?.properties.rules as { name: string; id: string }[]).map(rule => rule.name);
        expect(owned).to.deep.equal(["first"]);
        expect(partial?.properties.__provider).to.equal(declared.__provider);

        // With the group fixed, the next run updates the recorded set and ends with all three, no duplicate.
        const fixed = (
            await recordRegistrations(() => [
                new AccountManagementPolicyRules("policy-rules", {
                    rules: [entry("first"), entry("second"), entry("third")],
                }),
            ])
        )[0].inputs;
        const fixedNews = (await host.check(setUrn, news, fixed)).inputs;
        const done = await host.update(setUrn, partial!.id, partial!.properties, fixedNews);
        expect((done.rules as { name: string }[]).map(rule => rule.name)).to.deep.equal([
            "first",
            "second",
            "third",
        ]);
        const state = await control.state();
        const names = state.rules.filter(rule => !rule.body.system).map(rule => String(rule.body.name));
        expect(names.filter(name => name === "first")).to.have.length(1);
    });
});
