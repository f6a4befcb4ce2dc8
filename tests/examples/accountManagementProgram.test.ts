import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import {
    buildEmulatorStackConfig,
    prepareEmulatorOrg,
    type EmulatorDirectory,
} from "../../examples/account-management/emulatorOrg";
import { chooseTarget, declareGroupsAndZones } from "../../examples/account-management/groupsAndZones";
import { RunningEmulator, SEED_IDS, startEmulator } from "../../emulator/index";
import { useCases } from "../../provider/presets/useCases";
import { valueOf } from "../support/registrations";

/** One registration seen by the mocks, e.g. `{ type: "okta:group/group:Group", name: "admins", inputs: {...} }`. */
interface Registration {
    type: string;
    name: string;
    inputs: Record<string, unknown>;
}

/** What the example program exports. */
interface ProgramExports {
    target: string;
    policyId: pulumi.Output<string>;
    ruleIds: Record<string, pulumi.Output<string>>;
    passwordRules: pulumi.Output<unknown>;
}

const PROGRAM = require.resolve("../../examples/account-management/index");

/** Mocks that record registrations and give Okta-like ids (`00g...` groups, `nzo...` zones, `rul...` rules). */
async function installMocks(config: Record<string, string>): Promise<Registration[]> {
    const registrations: Registration[] = [];
    const prefixes: Record<string, string> = { Group: "00gmock", Zone: "nzomock" };
    await pulumi.runtime.setMocks(
        {
            newResource(args) {
                registrations.push({ type: args.type, name: args.name, inputs: args.inputs });
                const prefix = prefixes[args.type.split(":").pop()!] ?? "rulmock";
                return {
                    id: args.id || `${prefix}${args.name.replace(/[^A-Za-z0-9]/g, "")}`,
                    state: args.inputs,
                };
            },
            call(args) {
                return args.inputs;
            },
        },
        "okta-account-management",
        "test",
        false,
    );
    pulumi.runtime.setAllConfig(config);
    return registrations;
}

/** Runs the example program as `pulumi up` would load it, and waits for its exports. */
async function runProgram(): Promise<ProgramExports> {
    delete require.cache[PROGRAM];
    const exports = require(PROGRAM) as ProgramExports;
    await Promise.all([
        valueOf(exports.policyId),
        ...Object.values(exports.ruleIds).map(valueOf),
        valueOf(exports.passwordRules),
    ]);
    return exports;
}

describe("the account-management example program", function () {
    describe("against the local emulator", () => {
        let emulator: RunningEmulator;
        let directory: EmulatorDirectory;
        let registrations: Registration[];
        let exports: ProgramExports;

        before(async () => {
            emulator = await startEmulator();
            directory = await prepareEmulatorOrg(emulator);
            registrations = await installMocks(buildEmulatorStackConfig(emulator, directory));
            exports = await runProgram();
        });
        after(() => emulator.close());

        it("declares the three use-case rules and the password-policy switch, and no @pulumi/okta resource", () => {
            expect(registrations.map(r => `${r.type} ${r.name}`)).to.deep.equal([
                "pulumi-nodejs:dynamic/okta:AccountManagementPolicyRule first-phishing-resistant-authenticator",
                "pulumi-nodejs:dynamic/okta:AccountManagementPolicyRule authenticator-enrollment",
                "pulumi-nodejs:dynamic/okta:AccountManagementPolicyRule password-recovery-and-unlock",
                "pulumi-nodejs:dynamic/okta:PasswordRecoveryAccessControl password-recovery-access-control",
            ]);
            expect(exports.target).to.equal("emulator");
        });

        it("writes every rule into the policy the lookup found in the emulator", async () => {
            const rules = registrations.filter(r => r.type.endsWith(":AccountManagementPolicyRule"));
            expect(rules.map(r => r.inputs.policyId)).to.deep.equal(
                Array(3).fill(SEED_IDS.accountManagementPolicy),
            );
            expect(await valueOf(exports.policyId)).to.equal(SEED_IDS.accountManagementPolicy);
        });

        it("puts the group and zone ids from config into the first rule's conditions", () => {
            const first = registrations.find(r => r.name === "first-phishing-resistant-authenticator")!;
            const expected = useCases.firstPhishingResistantAuthenticator({
                zones: [directory.officeZoneId],
                groups: [directory.adminsGroupId],
            });
            expect(first.inputs.conditions).to.deep.equal(expected.conditions);
            expect(first.inputs).to.include({ name: expected.name, priority: expected.priority });
        });

        it("switches every rule of the default password policy to the account management policy", () => {
            const access = registrations.find(r => r.type.endsWith(":PasswordRecoveryAccessControl"))!;
            expect(access.inputs).to.include({ accessControl: "AUTH_POLICY" });
            expect(access.inputs).not.to.have.any.keys("policyId", "ruleIds");
        });

        it("serializes providers that name their module and carry no credential", () => {
            for (const registration of registrations) {
                const text = String(registration.inputs.__provider);
                expect(text).to.include("pulumi-okta-account-management/dist/provider/operations/");
                expect(text).not.to.include(emulator.apiToken);
            }
        });
    });

    describe("choosing where the groups and zones come from", () => {
        const targets: { orgUrl: string | undefined; expected: string }[] = [
            { orgUrl: "http://127.0.0.1:41587", expected: "emulator" },
            { orgUrl: "http://localhost:8080", expected: "emulator" },
            { orgUrl: "https://acme.okta.com", expected: "okta" },
            { orgUrl: undefined, expected: "okta" },
        ];
        for (const { orgUrl, expected } of targets) {
            it(`targets ${expected} for the org URL ${String(orgUrl)}`, () => {
                expect(chooseTarget(orgUrl)).to.equal(expected);
            });
        }

        it("creates the group and the IP zone with @pulumi/okta in a real org and hands their ids on", async () => {
            const registrations = await installMocks({
                "okta:orgName": "acme",
                "demo:officeCidr": "198.51.100.0/24",
            });
            const declared = declareGroupsAndZones();
            const ids = await Promise.all([valueOf(declared.adminsGroupId), valueOf(declared.officeZoneId)]);
            expect(declared.target).to.equal("okta");
            expect(ids).to.deep.equal(["00gmockadmins", "nzomockoffice"]);
            expect(registrations.map(r => r.type)).to.deep.equal([
                "okta:group/group:Group",
                "okta:network/zone:Zone",
            ]);
            expect(registrations[0].inputs).to.include({ name: "Admins" });
            expect(registrations[1].inputs).to.deep.equal({
                name: "Office",
                type: "IP",
                usage: "POLICY",
                gateways: ["198.51.100.0/24"],
            });
        });

        it("refuses to run against the emulator without the ids in config, naming the missing key", async () => {
            await installMocks({ "okta-account-management:orgUrl": "http://127.0.0.1:41587" });
            expect(() => declareGroupsAndZones()).to.throw(/demo:adminsGroupId/);
        });
    });
});
