import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { RunningEmulator, SEED_IDS, startEmulator } from "../../emulator/index";
import type { AccessRequest } from "../../provider/evaluate";

const RECOVERY = {
    name: "Phishing-resistant recovery",
    type: "ACCESS_POLICY",
    priority: 1,
    conditions: {
        elCondition: {
            condition: "accessRequest.operation == 'recover' || accessRequest.operation == 'unlockAccount'",
        },
    },
    actions: {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                type: "ASSURANCE",
                factorMode: "1FA",
                reauthenticateIn: "PT0S",
                constraints: [{ possession: { phishingResistant: "REQUIRED" } }],
            },
        },
    },
};

describe("the emulator's 'what would happen' control", () => {
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
    });
    after(() => emulator.close());

    it("shows a rule change and its effect side by side, with the package's own evaluator", async () => {
        const request: AccessRequest = { operation: "recover", metadataType: null, user: { groups: [] } };
        const before = await control.evaluate(request);
        expect(before.rule).to.equal("Catch-all Rule");

        const created = await fetch(
            `${emulator.orgUrl}/api/v1/policies/${SEED_IDS.accountManagementPolicy}/rules`,
            {
                method: "POST",
                headers: { Authorization: `SSWS ${emulator.apiToken}`, "Content-Type": "application/json" },
                body: JSON.stringify(RECOVERY),
            },
        );
        expect(created.status).to.equal(200);

        const after = await control.evaluate(request);
        expect(after.rule).to.equal("Phishing-resistant recovery");
        expect(after.status).to.equal("DETERMINED");
        expect(JSON.stringify(after.outcome?.requirement)).to.match(/phishing/i);
        expect(await control.explain()).to.include("Phishing-resistant recovery");
    });

    it("refuses a request it cannot read, saying what to send", async () => {
        const answer = await fetch(`${emulator.orgUrl}/__emulator/evaluate`, { method: "POST", body: "{}" });
        expect(answer.status).to.equal(400);
        expect(((await answer.json()) as { errors: string[] }).errors[0]).to.match(/^request: missing/);
    });
});
