import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { RunningEmulator, startEmulator } from "../../emulator/index";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { DynamicProviderHost, Props, urnOf } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";

const enrollArgs = {
    priority: 1,
    conditions: {
        network: { connection: "ANYWHERE" as const },
        elCondition: { condition: "accessRequest.operation == 'enroll'" },
    },
    actions: {
        appSignOn: {
            access: "ALLOW" as const,
            verificationMethod: {
                type: "ASSURANCE" as const,
                factorMode: "1FA" as const,
                reauthenticateIn: "PT0S",
                constraints: [{ possession: { phishingResistant: "REQUIRED" as const } }],
            },
        },
    },
};

const URN = urnOf("AccountManagementPolicyRule", "enroll");

/** The inputs the engine sends for a rule declared in a program: recorded from the real resource class. */
async function registeredInputs(args: typeof enrollArgs): Promise<Props> {
    const registrations = await recordRegistrations(() => [new AccountManagementPolicyRule("enroll", args)]);
    return registrations.find(r => r.type.endsWith(":AccountManagementPolicyRule"))!.inputs;
}

/** API calls the emulator received since the last clear, as `METHOD path`. */
async function apiCalls(control: EmulatorControl): Promise<string[]> {
    return (await control.requests()).map(r => `${r.method} ${r.path}`);
}

describe("AccountManagementPolicyRule through the dynamic-provider host", function () {
    let emulator: RunningEmulator;
    let control: EmulatorControl;

    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
    });
    after(() => emulator.close());

    const credentialSources: {
        name: string;
        config: () => Record<string, string>;
        env: () => NodeJS.ProcessEnv;
    }[] = [
        {
            name: "stack config",
            config: () => ({
                "okta-account-management:orgUrl": emulator.orgUrl,
                "okta:apiToken": emulator.apiToken,
            }),
            env: () => ({}),
        },
        {
            name: "the environment",
            config: () => ({}),
            env: () => ({ OKTA_ORG_URL: emulator.orgUrl, OKTA_API_TOKEN: emulator.apiToken }),
        },
    ];

    for (const source of credentialSources) {
        describe(`with credentials from ${source.name}`, () => {
            let host: DynamicProviderHost;

            beforeEach(async () => {
                await control.reset();
                host = await DynamicProviderHost.start({ env: source.env() });
                await host.configure(source.config());
            });
            afterEach(() => host.stop());

            it("checks, creates, reads, diffs, updates, notices out-of-band changes and deletes a rule", async () => {
                const news = await registeredInputs(enrollArgs);
                const checked = await host.check(URN, {}, news);
                expect(checked.failures).to.deep.equal([]);

                await control.clearRequests();
                const created = await host.create(URN, checked.inputs);
                // The first write of a process lists the policies and the policy's rules once.
                expect(await apiCalls(control)).to.deep.equal([
                    "GET /api/v1/policies",
                    `GET /api/v1/policies/${created.outs.policyId}/rules`,
                    `POST /api/v1/policies/${created.outs.policyId}/rules`,
                ]);
                expect(created.id).to.match(/^rul/);
                expect(created.outs).to.include({
                    name: "enroll",
                    priority: 1,
                    status: "ACTIVE",
                    system: false,
                });
                const policyId = String(created.outs.policyId);

                await control.clearRequests();
                const read = await host.read(URN, created.id, created.outs);
                expect(await apiCalls(control)).to.deep.equal([`GET /api/v1/policies/${policyId}/rules`]);
                expect(read.id).to.equal(created.id);

                await control.clearRequests();
                const same = await host.diff(URN, created.id, read.props, checked.inputs);
                expect(same.changes).to.equal("NONE");
                expect(await apiCalls(control)).to.deep.equal([]);

                const edited = await registeredInputs({ ...enrollArgs, priority: 2 });
                const editedChecked = await host.check(URN, checked.inputs, edited);
                const changed = await host.diff(URN, created.id, read.props, editedChecked.inputs);
                expect(changed).to.deep.include({ changes: "SOME", replaces: [] });
                await control.clearRequests();
                const updated = await host.update(URN, created.id, read.props, editedChecked.inputs);
                expect(await apiCalls(control)).to.deep.equal([
                    `PUT /api/v1/policies/${policyId}/rules/${created.id}`,
                ]);
                expect(updated.priority).to.equal(2);
                const sent = (await control.requests())[0];
                expect(sent.body).to.include({ name: "enroll", priority: 2 });
                expect(
                    JSON.stringify(sent.body),
                    "the serialized provider must never reach Okta",
                ).not.to.include("__provider");

                // Someone edits the rule in the Admin Console: refresh sees it and the next diff wants it back.
                const ruleUrl = `${emulator.orgUrl}/api/v1/policies/${policyId}/rules/${created.id}`;
                const current = (await (await fetch(ruleUrl, { headers: auth(emulator) })).json()) as Props;
                const drifted = { ...current, name: "renamed in the console" };
                const put = await fetch(ruleUrl, {
                    method: "PUT",
                    headers: auth(emulator),
                    body: JSON.stringify(drifted),
                });
                expect(put.status).to.equal(200);
                const refreshed = await host.read(URN, created.id, updated);
                expect(refreshed.props.name).to.equal("renamed in the console");
                expect(refreshed.inputs?.name).to.equal("renamed in the console");
                const back = await host.diff(URN, created.id, refreshed.props, editedChecked.inputs);
                expect(back.changes).to.equal("SOME");

                // Someone deletes it: refresh reads it as gone, and delete of a gone rule succeeds.
                const removed = await fetch(ruleUrl, { method: "DELETE", headers: auth(emulator) });
                expect(removed.status).to.equal(204);
                const gone = await host.read(URN, created.id, refreshed.props);
                expect(gone.id).to.equal("");
                await host.delete(URN, created.id, refreshed.props);
            });

            it("creates with one call in steady state, deletes with one call and leaves the policy as it was", async () => {
                const news = (await host.check(URN, {}, await registeredInputs(enrollArgs))).inputs;
                const first = await host.create(URN, { ...news, name: "first" });
                await control.clearRequests();
                const created = await host.create(URN, news);
                expect(await apiCalls(control)).to.deep.equal([
                    `POST /api/v1/policies/${created.outs.policyId}/rules`,
                ]);
                await host.delete(URN, first.id, first.outs);
                await control.clearRequests();
                await host.delete(URN, created.id, created.outs);
                expect(await apiCalls(control)).to.deep.equal([
                    `DELETE /api/v1/policies/${created.outs.policyId}/rules/${created.id}`,
                ]);
                const rules = await fetch(
                    `${emulator.orgUrl}/api/v1/policies/${created.outs.policyId}/rules`,
                    {
                        headers: auth(emulator),
                    },
                );
                const names = ((await rules.json()) as { name: string }[]).map(r => r.name);
                expect(names).to.deep.equal(["Catch-all Rule"]);
            });
        });
    }
});

function auth(emulator: RunningEmulator): Record<string, string> {
    return {
        Authorization: `SSWS ${emulator.apiToken}`,
        "Content-Type": "application/json",
        Accept: "application/json",
    };
}
