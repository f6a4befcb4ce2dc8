import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { startEmulator, type RunningEmulator } from "../../emulator/index";
import { SEED_IDS } from "../../emulator/seed";
import { buildRule, callApi, rulesPath } from "./support";

interface Zone {
    id: string;
    name: string;
    type: string;
    status: string;
    system: boolean;
    gateways: Array<{ type: string; value: string }> | null;
    proxies: unknown;
    _links: Record<string, unknown>;
}

interface Group {
    id: string;
    type: string;
    profile: { name: string; description?: string };
}

describe("groups and network zones over HTTP", () => {
    let emulator: RunningEmulator;
    let control: EmulatorControl;

    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
    });
    after(() => emulator.close());
    beforeEach(() => control.reset());

    describe("groups", () => {
        it("creates, finds by q, replaces and deletes a group", async () => {
            const created = await callApi<Group>(emulator, "POST", "/api/v1/groups", {
                profile: { name: "Admins", description: "People who administer" },
            });
            expect(created.status).to.equal(200);
            expect(created.body).to.deep.include({
                type: "OKTA_GROUP",
                profile: { name: "Admins", description: "People who administer" },
            });
            expect(created.body.id).to.match(/^00g\w{17}$/);

            const found = await callApi<Group[]>(emulator, "GET", "/api/v1/groups?q=adm");
            expect(found.body.map(group => group.profile.name)).to.deep.equal(["Admins"]);

            const replaced = await callApi<Group>(emulator, "PUT", `/api/v1/groups/${created.body.id}`, {
                profile: { name: "Administrators" },
            });
            expect(replaced.body.profile).to.deep.equal({ name: "Administrators" });

            expect((await callApi(emulator, "DELETE", `/api/v1/groups/${created.body.id}`)).status).to.equal(
                204,
            );
            expect((await callApi(emulator, "GET", `/api/v1/groups/${created.body.id}`)).status).to.equal(
                404,
            );
        });

        it("lists the built-in Everyone group and refuses to delete it", async () => {
            const groups = await callApi<Group[]>(emulator, "GET", "/api/v1/groups");
            expect(groups.body.map(group => [group.id, group.type, group.profile.name])).to.deep.equal([
                [SEED_IDS.everyoneGroup, "BUILT_IN", "Everyone"],
            ]);
            expect(
                (await callApi(emulator, "DELETE", `/api/v1/groups/${SEED_IDS.everyoneGroup}`)).status,
            ).to.equal(403);
        });

        it("refuses a group without a name, or with a name already taken, naming profile.name", async () => {
            for (const profile of [{ name: "" }, { name: "Everyone" }]) {
                const answer = await callApi(emulator, "POST", "/api/v1/groups", { profile });
                expect(answer.status).to.equal(400);
                expect(answer.body.errorSummary).to.equal("Api validation failed: profile.name");
            }
        });
    });

    describe("network zones", () => {
        it("lists the four system zones", async () => {
            const zones = await callApi<Zone[]>(emulator, "GET", "/api/v1/zones");
            expect(zones.body.map(zone => [zone.name, zone.system])).to.deep.equal([
                ["LegacyIpZone", true],
                ["BlockedIpZone", true],
                ["DefaultEnhancedDynamicZone", true],
                ["DefaultExemptIpZone", true],
            ]);
        });

        it("creates an IP zone, widens a single address into a range, and lets a rule use it", async () => {
            const created = await callApi<Zone>(emulator, "POST", "/api/v1/zones", {
                type: "IP",
                name: "Office",
                gateways: [
                    { type: "CIDR", value: "203.0.113.0/24" },
                    { type: "RANGE", value: "198.51.100.7" },
                ],
            });
            expect(created.status).to.equal(200);
            expect(created.body).to.deep.include({
                type: "IP",
                status: "ACTIVE",
                system: false,
                proxies: null,
            });
            expect(created.body.gateways).to.deep.equal([
                { type: "CIDR", value: "203.0.113.0/24" },
                { type: "RANGE", value: "198.51.100.7-198.51.100.7" },
            ]);
            const rule = await callApi(emulator, "POST", rulesPath(SEED_IDS.accountManagementPolicy), {
                ...buildRule("From the office"),
                conditions: { network: { connection: "ZONE", include: [created.body.id] } },
            });
            expect(rule.status).to.equal(200);
        });

        it("creates a DYNAMIC zone", async () => {
            const created = await callApi<Zone & { locations: unknown; proxyType: unknown }>(
                emulator,
                "POST",
                "/api/v1/zones",
                {
                    type: "DYNAMIC",
                    name: "Countries",
                    locations: [{ country: "AF", region: "AF-BGL" }],
                    proxyType: "ANY",
                    asns: ["23457"],
                },
            );
            expect(created.status).to.equal(200);
            expect(created.body).to.deep.include({
                locations: [{ country: "AF", region: "AF-BGL" }],
                proxyType: "ANY",
            });
        });

        it("deletes a zone only after it is deactivated, answering the lifecycle calls with the zone", async () => {
            const created = await callApi<Zone>(emulator, "POST", "/api/v1/zones", {
                type: "IP",
                name: "Temp",
                gateways: [],
            });
            const path = `/api/v1/zones/${created.body.id}`;
            const refused = await callApi(emulator, "DELETE", path);
            expect(refused.status).to.equal(400);
            expect(refused.body.errorSummary).to.equal(
                "Api validation failed: The zone: Temp is an active zone. Active zones cannot be deleted.",
            );

            const deactivated = await callApi<Zone>(emulator, "POST", `${path}/lifecycle/deactivate`);
            expect(deactivated.status).to.equal(200);
            expect(deactivated.body.status).to.equal("INACTIVE");
            expect(Object.keys(deactivated.body._links)).to.deep.equal(["activate", "self"]);
            expect((await callApi(emulator, "DELETE", path)).status).to.equal(204);
        });

        it("replaces a zone's gateways and keeps its id and creation time", async () => {
            const created = await callApi<Zone & { created: string }>(emulator, "POST", "/api/v1/zones", {
                type: "IP",
                name: "Lab",
                gateways: [],
            });
            const replaced = await callApi<Zone & { created: string }>(
                emulator,
                "PUT",
                `/api/v1/zones/${created.body.id}`,
                {
                    type: "IP",
                    name: "Lab",
                    gateways: [{ type: "CIDR", value: "192.0.2.0/24" }],
                },
            );
            expect(replaced.body).to.deep.include({ id: created.body.id, created: created.body.created });
            expect(replaced.body.gateways).to.deep.equal([{ type: "CIDR", value: "192.0.2.0/24" }]);
        });

        it("refuses a zone with bad addresses or a taken name, all together", async () => {
            const answer = await callApi(emulator, "POST", "/api/v1/zones", {
                type: "IP",
                name: "LegacyIpZone",
                gateways: [
                    { type: "CIDR", value: "10.0.0.0/33" },
                    { type: "RANGE", value: "10.0.0.1-nowhere" },
                ],
            });
            expect(answer.status).to.equal(400);
            expect(answer.body.errorCauses.map(cause => cause.errorSummary.split(":")[0])).to.deep.equal([
                "name",
                "gateways[0].value",
                "gateways[1].value",
            ]);
        });
    });
});
