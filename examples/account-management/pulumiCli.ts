/**
 * Finds the Pulumi CLI the Automation API drives, and opens the example stack with a local file backend, for the
 * demo and the end-to-end test.
 */
import { accessSync, constants } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { LocalWorkspace, PulumiCommand, type Stack } from "@pulumi/pulumi/automation";

/** The oldest CLI that works: 3.216 is the first whose refresh keeps the inputs a dynamic provider's read returns. */
const MINIMUM_CLI = { major: 3, minor: 216 };

/** What to install when no usable CLI is found, as printed by the demo and the skipped end-to-end test. */
export const PULUMI_INSTALL_HINT = [
    `Install the Pulumi CLI ${MINIMUM_CLI.major}.${MINIMUM_CLI.minor} or newer and put it on PATH, e.g.:`,
    "  curl -fsSL https://get.pulumi.com | sh      (then add ~/.pulumi/bin to PATH)",
    "  brew install pulumi/tap/pulumi              (macOS, Linux)",
    "  winget install pulumi  or  choco install pulumi   (Windows)",
    "Check with: pulumi version",
].join("\n");

/** The folder with Pulumi.yaml, whose `main` is this example: the repository root. */
export const PROJECT_DIR = path.resolve(__dirname, "..", "..");

/** The passphrase of the throw-away stacks' secrets (the API token of a local emulator). */
const LOCAL_PASSPHRASE = "okta-account-management-local";

/** A usable CLI, or why there is none, e.g. `{ problem: 'no "pulumi" command on PATH' }`. */
export type PulumiCliLookup = { command: PulumiCommand } | { problem: string };

/**
 * Looks for `pulumi` on PATH and checks it is 3.216 or newer (3.x), e.g. `{ command }` with `command.version` 3.220.0,
 * or `{ problem: "the Pulumi CLI on PATH is 3.100.0" }`.
 */
export async function findPulumiCli(): Promise<PulumiCliLookup> {
    if (!isOnPath(process.platform === "win32" ? "pulumi.exe" : "pulumi")) {
        return { problem: 'no "pulumi" command on PATH' };
    }
    let command: PulumiCommand;
    try {
        command = await PulumiCommand.get({ skipVersionCheck: true });
    } catch (error) {
        return { problem: `"pulumi version" failed: ${(error as Error).message}` };
    }
    const version = command.version;
    const recent =
        version !== null && version.major === MINIMUM_CLI.major && version.minor >= MINIMUM_CLI.minor;
    if (!recent)
        return { problem: `the Pulumi CLI on PATH is ${version?.version ?? "of an unknown version"}` };
    return { command };
}

/** How to open the stack, e.g. `{ command, stateDir: "<temporary folder>", stackName: "emulator", config: {...} }`. */
export interface LocalStackOptions {
    command: PulumiCommand;
    /** The folder of the file backend holding the stack's state. */
    stateDir: string;
    stackName: string;
    /** Stack config, namespaced keys; `okta:apiToken` is stored as a secret. */
    config: Record<string, string>;
}

/**
 * Creates or selects the example stack in a file backend (`PULUMI_BACKEND_URL=file://<stateDir>`, a fixed
 * passphrase) and sets its config. Automatic plugin downloads are off: against the emulator the program creates no
 * `@pulumi/okta` resource, so it needs only the Node.js plugins that come with the CLI, and runs offline. The program
 * is transpiled without type checking (`npm run lint` checks types).
 */
export async function openLocalStack(options: LocalStackOptions): Promise<Stack> {
    const stack = await LocalWorkspace.createOrSelectStack(
        { stackName: options.stackName, workDir: PROJECT_DIR },
        {
            pulumiCommand: options.command,
            envVars: {
                PULUMI_BACKEND_URL: pathToFileURL(options.stateDir).href,
                PULUMI_CONFIG_PASSPHRASE: LOCAL_PASSPHRASE,
                PULUMI_SKIP_UPDATE_CHECK: "true",
                PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
                PULUMI_NODEJS_TRANSPILE_ONLY: "true",
            },
        },
    );
    await stack.setAllConfig(
        Object.fromEntries(
            Object.entries(options.config).map(([key, value]) => [
                key,
                { value, secret: key === "okta:apiToken" },
            ]),
        ),
    );
    return stack;
}

function isOnPath(executable: string): boolean {
    return (process.env.PATH ?? "").split(path.delimiter).some(dir => {
        if (dir === "") return false;
        try {
            accessSync(path.join(dir, executable), constants.X_OK);
            return true;
        } catch {
            return false;
        }
    });
}
