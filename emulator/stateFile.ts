/**
 * The state file that lets an org survive restarts: read once at start, rewritten after every change.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { isJsonObject } from "./json";
import type { OrgState } from "./orgState";

/**
 * The org saved in `file`, or `undefined` when the file does not exist. Throws when the file exists but does not
 * hold an org, naming the file and what is wrong (e.g. `"emulator state file org.json: missing policies"`).
 */
export function loadOrgState(file: string): OrgState | undefined {
    if (!existsSync(file)) {
        return undefined;
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
        throw new Error(
            `emulator state file ${file}: not JSON (${(error as Error).message}); fix or delete the file`,
            {
                cause: error,
            },
        );
    }
    const org = isJsonObject(parsed) ? parsed.org : undefined;
    const missing = ["policies", "rules", "groups", "zones", "serviceApps"].filter(
        key => !isJsonObject(org) || !Array.isArray(org[key]),
    );
    if (missing.length > 0) {
        throw new Error(`emulator state file ${file}: missing ${missing.join(", ")}; fix or delete the file`);
    }
    return org as unknown as OrgState;
}

/** Writes `state` to `file` as `{ "version": 1, "org": {...} }`, atomically (temporary file, then rename). */
export function saveOrgState(file: string, state: OrgState): void {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ version: 1, org: state }, null, 2)}\n`);
    renameSync(temporary, file);
}
