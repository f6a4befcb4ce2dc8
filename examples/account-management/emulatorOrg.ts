/**
 * Prepares a local emulator for the example stack: creates the "Admins" group and the "Office" IP zone through the
 * emulator's Okta API (as `@pulumi/okta` would in a real org) and gives the stack config that points the stack at
 * the emulator and hands it their ids.
 */
import { DEMO_NAMESPACE } from "./groupsAndZones";

/** The ids the emulator gave the group and the zone, e.g. `{ adminsGroupId: "00g...", officeZoneId: "nzo..." }`. */
export interface EmulatorDirectory {
    adminsGroupId: string;
    officeZoneId: string;
}

/** An emulator to talk to, e.g. `{ orgUrl: "http://127.0.0.1:41587", apiToken: "00Zx..." }`. */
export interface EmulatorAccess {
    orgUrl: string;
    apiToken: string;
}

/**
 * Creates the group "Admins" and the IP zone "Office" (203.0.113.0/24) in the emulator's org and resolves with their
 * ids, e.g. `{ adminsGroupId: "00gWif1EyqSEV5EppIJr", officeZoneId: "nzoFi37rjYldQlGdH9d7" }`; throws with the
 * emulator's answer when it refuses.
 */
export async function prepareEmulatorOrg(emulator: EmulatorAccess): Promise<EmulatorDirectory> {
    const group = await post(emulator, "/api/v1/groups", {
        profile: { name: "Admins", description: "Administrators of the demo org" },
    });
    const zone = await post(emulator, "/api/v1/zones", {
        type: "IP",
        name: "Office",
        usage: "POLICY",
        gateways: [{ type: "CIDR", value: "203.0.113.0/24" }],
    });
    return { adminsGroupId: group.id, officeZoneId: zone.id };
}

/**
 * The stack config for a run against the emulator, e.g. `{ "okta-account-management:orgUrl": "http://127.0.0.1:41587",
 * "okta:apiToken": "00Zx...", "demo:adminsGroupId": "00g...", "demo:officeZoneId": "nzo..." }`.
 */
export function buildEmulatorStackConfig(
    emulator: EmulatorAccess,
    directory: EmulatorDirectory,
): Record<string, string> {
    return {
        "okta-account-management:orgUrl": emulator.orgUrl,
        "okta:apiToken": emulator.apiToken,
        [`${DEMO_NAMESPACE}:adminsGroupId`]: directory.adminsGroupId,
        [`${DEMO_NAMESPACE}:officeZoneId`]: directory.officeZoneId,
    };
}

async function post(emulator: EmulatorAccess, path: string, body: unknown): Promise<{ id: string }> {
    const response = await fetch(`${emulator.orgUrl}${path}`, {
        method: "POST",
        headers: {
            Authorization: `SSWS ${emulator.apiToken}`,
            Accept: "application/json",
            "Content-Type": "application/json",
        },
        body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path} to the emulator answered ${response.status}: ${text}`);
    return JSON.parse(text) as { id: string };
}
