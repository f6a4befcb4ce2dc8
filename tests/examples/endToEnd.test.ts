import { expect } from "chai";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Stack } from "@pulumi/pulumi/automation";
import { buildEmulatorStackConfig, prepareEmulatorOrg } from "../../examples/account-management/emulatorOrg";
import {
    findPulumiCli,
    openLocalStack,
    PULUMI_INSTALL_HINT,
} from "../../examples/account-management/pulumiCli";
import { EmulatorControl, RunningEmulator, SEED_IDS, startEmulator } from "../../emulator/index";

interface RuleJson {
    name: string;
    priority: number;
    conditions: { network?: { include?: string[] } } | null;
    actions: { selfServicePasswordReset?: { requirement?: { accessControl?: string } } };
}

describe("the example stack end to end through the Pulumi CLI", function () {
    this.timeout(15 * 60_000);
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let stack: Stack;
    let stateDir: string;

    before(async function () {
        const cli = await findPulumiCli();
        if ("problem" in cli) {
            console.log(
                `      skipped: ${cli.problem}; the Automation API needs the Pulumi CLI.\n` +
                    PULUMI_INSTALL_HINT.replace(/^/gm, "      "),
            );
            this.skip();
        }
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
        stateDir = mkdtempSync(path.join(tmpdir(), "okta-account-management-e2e-"));
        const directory = await prepareEmulatorOrg(emulator);
        stack = await openLocalStack({
            command: cli.command,
            stateDir,
            stackName: "e2e",
            config: buildEmulatorStackConfig(emulator, directory),
        });
    });
    after(async () => {
        // Removing the stack also removes the Pulumi.e2e.yaml the workspace wrote next to Pulumi.yaml.
        await stack?.workspace.removeStack("e2e", { force: true });
        await emulator?.close();
        if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    });

    async function oktaRules(policyId: string): Promise<RuleJson[]> {
        const response = await fetch(`${emulator.orgUrl}/api/v1/policies/${policyId}/rules`, {
            headers: { Authorization: `SSWS ${emulator.apiToken}`, Accept: "application/json" },
        });
        return (await response.json()) as RuleJson[];
    }

    async function writeCalls(): Promise<string[]> {
        return (await control.requests()).filter(r => r.method !== "GET").map(r => `${r.method} ${r.path}`);
    }

    it("creates the stack, changes nothing on a second up, refreshes, applies an edit and destroys", async () => {
        const first = await stack.up();
        expect(first.summary.resourceChanges).to.deep.equal({ create: 5 });
        expect(
            (await oktaRules(SEED_IDS.accountManagementPolicy)).map(r => [r.priority, r.name]),
        ).to.deep.equal([
            [1, "First phishing-resistant authenticator"],
            [2, "Phishing-resistant authenticator enrollment"],
            [3, "Phishing-resistant password recovery and unlock"],
            [99, "Catch-all Rule"],
        ]);
        const [passwordRule] = await oktaRules(SEED_IDS.passwordPolicy);
        expect(passwordRule.actions.selfServicePasswordReset?.requirement?.accessControl).to.equal(
            "AUTH_POLICY",
        );

        await control.clearRequests();
        const second = await stack.up();
        expect(second.summary.resourceChanges).to.deep.equal({ same: 5 });
        expect(await writeCalls()).to.deep.equal([]);

        await control.clearRequests();
        const refreshed = await stack.refresh();
        expect(refreshed.summary.resourceChanges).to.deep.equal({ same: 5 });
        expect(await writeCalls()).to.deep.equal([]);

        const branch = await prepareBranchZone(emulator);
        await stack.setConfig("demo:officeZoneId", { value: branch });
        const edited = await stack.up();
        expect(edited.summary.resourceChanges).to.deep.equal({ same: 4, update: 1 });
        const [firstRule] = await oktaRules(SEED_IDS.accountManagementPolicy);
        expect(firstRule.conditions?.network?.include).to.deep.equal([branch]);

        await stack.destroy();
        expect((await oktaRules(SEED_IDS.accountManagementPolicy)).map(r => r.name)).to.deep.equal([
            "Catch-all Rule",
        ]);
        const [restored] = await oktaRules(SEED_IDS.passwordPolicy);
        expect(restored.actions.selfServicePasswordReset?.requirement?.accessControl).to.equal("LEGACY");
    });
});

/** A second IP zone in the emulator, for the edit step. */
async function prepareBranchZone(emulator: RunningEmulator): Promise<string> {
    const response = await fetch(`${emulator.orgUrl}/api/v1/zones`, {
        method: "POST",
        headers: {
            Authorization: `SSWS ${emulator.apiToken}`,
            Accept: "application/json",
            "Content-Type": "application/json",
        },
        body: JSON.stringify({
            type: "IP",
            name: "Branch office",
            usage: "POLICY",
            gateways: [{ type: "CIDR", value: "198.51.100.0/24" }],
        }),
    });
    expect(response.status).to.equal(200);
    return ((await response.json()) as { id: string }).id;
}
