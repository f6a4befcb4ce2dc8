import { expect } from "chai";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCliArguments } from "../../emulator/cliArguments";
import type { RunningEmulator } from "../../emulator/index";
import { SEED_IDS } from "../../emulator/seed";
import type { OktaRule } from "../../provider/rule/types";
import { buildRule, callApi, rulesPath } from "./support";

const REPOSITORY = join(__dirname, "..", "..");

/** A CLI emulator in its own process group, with what it printed. */
interface CliEmulator {
    child: ChildProcess;
    emulator: RunningEmulator;
    stdout(): string;
}

/** Spawns the CLI and resolves once its first stdout line (the JSON with orgUrl and apiToken) has arrived. */
function spawnCli(args: string[]): Promise<CliEmulator> {
    const child = spawn("npx", ["ts-node", "--transpile-only", "emulator/cli.ts", ...args], {
        cwd: REPOSITORY,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stderr?.on("data", chunk => (stderr += String(chunk)));
    return new Promise((resolve, reject) => {
        child.once("exit", code =>
            reject(new Error(`the CLI exited with ${code} before printing: ${stderr}`)),
        );
        child.stdout?.on("data", chunk => {
            const hadLine = stdout.includes("\n");
            stdout += String(chunk);
            if (!hadLine && stdout.includes("\n")) {
                const { orgUrl, apiToken } = JSON.parse(stdout.split("\n")[0]) as {
                    orgUrl: string;
                    apiToken: string;
                };
                resolve({
                    child,
                    emulator: { orgUrl, apiToken, close: () => stopCli(child) },
                    stdout: () => stdout,
                });
            }
        });
    });
}

/** Sends SIGTERM to the CLI's process group (npx and the emulator under it) and resolves with the exit code. */
function stopCli(child: ChildProcess): Promise<void> {
    const exited = new Promise<void>(resolve => child.once("exit", () => resolve()));
    process.kill(-(child.pid ?? 0), "SIGTERM");
    return exited;
}

describe("the emulator CLI", function () {
    this.timeout(60_000);
    let directory: string;

    before(() => {
        directory = mkdtempSync(join(tmpdir(), "emulator-cli-"));
    });
    after(() => rmSync(directory, { recursive: true, force: true }));

    it("prints one JSON line with orgUrl and apiToken, serves the API, and keeps its org in --state across a restart", async () => {
        const stateFile = join(directory, "org.json");
        const first = await spawnCli(["--port", "0", "--state", stateFile]);
        expect(first.emulator.orgUrl).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(first.emulator.apiToken).to.match(/^00/);
        const created = await callApi<OktaRule>(
            first.emulator,
            "POST",
            rulesPath(SEED_IDS.accountManagementPolicy),
            buildRule("Kept", 3),
        );
        expect(created.status).to.equal(200);
        await first.emulator.close();
        expect(first.stdout().trim().split("\n")).to.have.lengthOf(1);
        expect(readFileSync(stateFile, "utf8")).to.include(created.body.id);

        const second = await spawnCli(["--port", "0", "--state", stateFile, "--latency", "1"]);
        try {
            const rules = await callApi<OktaRule[]>(
                second.emulator,
                "GET",
                rulesPath(SEED_IDS.accountManagementPolicy),
            );
            expect(rules.body.map(rule => [rule.id, rule.name, rule.priority])).to.deep.equal([
                [created.body.id, "Kept", 3],
                [SEED_IDS.accountManagementCatchAllRule, "Catch-all Rule", 99],
            ]);
        } finally {
            await second.emulator.close();
        }
    });
});

describe("parseCliArguments", () => {
    it("reads every option", () => {
        const args = ["--port", "8080", "--state", "org.json", "--latency", "20", "--rate-limit", "50"];
        expect(
            parseCliArguments([...args, "--flexible-okta-verify", "--password-expiry-rule"]),
        ).to.deep.equal({
            port: 8080,
            stateFile: "org.json",
            latencyMs: 20,
            rateLimit: { limit: 50 },
            flexibleOktaVerify: true,
            passwordExpiryRule: true,
        });
    });

    it("reports every bad option together", () => {
        expect(parseCliArguments(["--port", "x", "--colour", "--latency", "-5", "--state"])).to.deep.equal([
            "--port: 'x' is not a port; use 0..65535",
            "--colour: not an option",
            "--latency: '-5' is not a whole number of 0 or more",
            "--state: missing its value",
        ]);
    });
});
