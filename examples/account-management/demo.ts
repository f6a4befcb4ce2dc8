/**
 * `npm run demo`: the example stack against a local emulator, start to finish. Builds the package if needed, starts
 * the emulator, creates its group and IP zone, runs `pulumi up` through the Automation API with a throw-away file
 * backend, and prints the account management policy's rules as the emulator holds them. Without a Pulumi CLI it says
 * what to install and exits with status 1, the emulator stopped.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { SEED_IDS, startEmulator, type RunningEmulator } from "../../emulator/index";
import type { PasswordRule } from "../../provider/passwordPolicy/types";
import type { OktaRule } from "../../provider/rule/types";
import { buildEmulatorStackConfig, prepareEmulatorOrg } from "./emulatorOrg";
import { findPulumiCli, openLocalStack, PROJECT_DIR, PULUMI_INSTALL_HINT } from "./pulumiCli";
import { formatRuleTable } from "./ruleTable";

/** The throw-away stack's name. */
const STACK_NAME = "emulator";

/** The compiled package the stack's program and provider load. */
const BUILT_ENTRY = path.join(PROJECT_DIR, "dist", "provider", "index.js");

async function main(): Promise<number> {
    buildIfNeeded();
    forgetOktaEnvironment();
    const emulator = await startEmulator({ passwordExpiryRule: true });
    try {
        console.log(`Emulator listening at ${emulator.orgUrl}`);
        const directory = await prepareEmulatorOrg(emulator);
        console.log(
            `Created group "Admins" (${directory.adminsGroupId}) and IP zone "Office" (${directory.officeZoneId})`,
        );

        const cli = await findPulumiCli();
        if ("problem" in cli) {
            console.error(`\nCannot run the stack: ${cli.problem}.\n${PULUMI_INSTALL_HINT}`);
            return 1;
        }
        const stateDir = mkdtempSync(path.join(tmpdir(), "okta-account-management-state-"));
        const stack = await openLocalStack({
            command: cli.command,
            stateDir,
            stackName: STACK_NAME,
            config: buildEmulatorStackConfig(emulator, directory),
        });
        try {
            await stack.up({ onOutput: text => process.stdout.write(text) });
            await printPolicies(emulator);
        } finally {
            // The stack lives only as long as this emulator: drop its state and its Pulumi.<stack>.yaml.
            await stack.workspace.removeStack(STACK_NAME, { force: true });
            rmSync(stateDir, { recursive: true, force: true });
        }
        return 0;
    } finally {
        await emulator.close();
    }
}

/** Prints the account management policy's rules and what each password rule sends recovery to. */
async function printPolicies(emulator: RunningEmulator): Promise<void> {
    const rules = await getJson<OktaRule[]>(
        emulator,
        `/api/v1/policies/${SEED_IDS.accountManagementPolicy}/rules`,
    );
    console.log(`\nThe account management policy as the emulator holds it:\n\n${formatRuleTable(rules)}`);
    const passwordRules = await getJson<PasswordRule[]>(
        emulator,
        `/api/v1/policies/${SEED_IDS.passwordPolicy}/rules`,
    );
    for (const rule of passwordRules) {
        const value = rule.actions?.selfServicePasswordReset?.requirement?.accessControl ?? "(not set)";
        console.log(`\nPassword policy rule "${rule.name}": recovery and unlock follow ${value}`);
    }
}

/** Runs `npm run build` when the compiled package is missing or older than a source file of it. */
function buildIfNeeded(): void {
    if (
        existsSync(BUILT_ENTRY) &&
        newestSource(path.join(PROJECT_DIR, "provider")) <= statSync(BUILT_ENTRY).mtimeMs
    )
        return;
    console.log("Building the package (npm run build)...");
    const result = spawnSync("npm", ["run", "build"], {
        cwd: PROJECT_DIR,
        stdio: "inherit",
        shell: process.platform === "win32",
    });
    if (!existsSync(BUILT_ENTRY))
        throw new Error(`npm run build did not produce ${BUILT_ENTRY} (exit status ${result.status})`);
}

function newestSource(dir: string): number {
    return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
        const full = path.join(dir, entry.name);
        const time = entry.isDirectory()
            ? newestSource(full)
            : entry.name.endsWith(".ts")
              ? statSync(full).mtimeMs
              : 0;
        return Math.max(newest, time);
    }, 0);
}

/** OKTA_* variables would override or contradict the stack config that points at the emulator. */
function forgetOktaEnvironment(): void {
    for (const name of Object.keys(process.env).filter(key => key.startsWith("OKTA_"))) {
        console.log(`Ignoring ${name} from the environment: the demo talks to its own emulator`);
        delete process.env[name];
    }
}

async function getJson<T>(emulator: RunningEmulator, apiPath: string): Promise<T> {
    const response = await fetch(`${emulator.orgUrl}${apiPath}`, {
        headers: { Authorization: `SSWS ${emulator.apiToken}`, Accept: "application/json" },
    });
    if (!response.ok) throw new Error(`GET ${apiPath} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
}

main().then(
    status => (process.exitCode = status),
    (error: unknown) => {
        console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        process.exitCode = 1;
    },
);
