/**
 * The group and the network zone the example's rules point at, from one of two sources, chosen by where the stack
 * points:
 *
 * - a real Okta org: they are `@pulumi/okta` resources the stack creates (`okta.group.Group`, `okta.network.Zone`);
 * - the local emulator (`okta-account-management:orgUrl`, or env `OKTA_ORG_URL`, on loopback): `@pulumi/okta`'s
 *   provider talks to real Okta only, so the stack creates no `@pulumi/okta` resource and reads their ids from config instead
 *   (`demo:adminsGroupId`, `demo:officeZoneId`), which the demo fills after creating them in the emulator.
 */
import * as okta from "@pulumi/okta";
import * as pulumi from "@pulumi/pulumi";

/** Where the stack's Okta calls go, e.g. `"emulator"` when `okta-account-management:orgUrl` is `http://127.0.0.1:8080`. */
export type Target = "okta" | "emulator";

/** The ids the rules need, e.g. `{ target: "okta", adminsGroupId: admins.id, officeZoneId: office.id }`. */
export interface GroupsAndZones {
    target: Target;
    adminsGroupId: pulumi.Output<string>;
    officeZoneId: pulumi.Output<string>;
}

/** The config namespace of the example's own settings, e.g. `demo:officeCidr`. */
export const DEMO_NAMESPACE = "demo";

/** The office's public addresses when `demo:officeCidr` is not set (a documentation range: set your own). */
const DEFAULT_OFFICE_CIDR = "203.0.113.0/24";

/**
 * `"emulator"` when the org URL is on loopback, else `"okta"`, e.g. `chooseTarget("http://127.0.0.1:41587")` is
 * `"emulator"` and `chooseTarget(undefined)` (an org named by `okta:orgName`) is `"okta"`.
 */
export function chooseTarget(orgUrl: string | undefined): Target {
    if (orgUrl === undefined) return "okta";
    const host = new URL(orgUrl).hostname;
    return ["127.0.0.1", "localhost", "[::1]"].includes(host) ? "emulator" : "okta";
}

/**
 * Declares (real org) or reads from config (emulator) the "Admins" group and the "Office" IP zone, e.g. against
 * `https://acme.okta.com` it creates both with `@pulumi/okta` and returns their ids as outputs.
 */
export function declareGroupsAndZones(): GroupsAndZones {
    const target = chooseTarget(
        new pulumi.Config("okta-account-management").get("orgUrl") ?? process.env.OKTA_ORG_URL,
    );
    const demo = new pulumi.Config(DEMO_NAMESPACE);
    if (target === "emulator") {
        return {
            target,
            adminsGroupId: pulumi.output(demo.require("adminsGroupId")),
            officeZoneId: pulumi.output(demo.require("officeZoneId")),
        };
    }
    const admins = new okta.group.Group("admins", {
        name: "Admins",
        description:
            "Administrators who may enroll their first phishing-resistant authenticator from the office",
    });
    const office = new okta.network.Zone("office", {
        name: "Office",
        type: "IP",
        usage: "POLICY",
        gateways: [demo.get("officeCidr") ?? DEFAULT_OFFICE_CIDR],
    });
    return { target, adminsGroupId: admins.id, officeZoneId: office.id };
}
