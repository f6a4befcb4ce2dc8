import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { RunningEmulator, SEED_IDS, startEmulator } from "../../emulator/index";
import {
    AccountManagementPolicyRule,
    type AccountManagementPolicyRuleArgs,
} from "../../provider/resources/accountManagementPolicyRule";
import { DynamicProviderHost, Props, urnOf, startHostFor } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";
import { declaredRule } from "./ruleSetExamples";

const POLICY = SEED_IDS.accountManagementPolicy;
const RULES_PATH = `/api/v1/policies/${POLICY}/rules`;
const URN = urnOf("AccountManagementPolicyRule", "legacy");
const NAME = "Legacy enrollment";

/** The registration of a rule declared in a program, as the engine receives it. */
async function registered(
    create: () => AccountManagementPolicyRule,
): Promise<{ inputs: Props; id?: string }> {
    return (await recordRegistrations(() => [create()]))[0];
}

describe("taking over rules made outside the stack, through the dynamic-provider host", function () {
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let host: DynamicProviderHost;
    let existingId: string;

    const api = async (method: string, path: string, body?: unknown): Promise<Props & Props[]> => {
        const response = await fetch(`${emulator.orgUrl}${path}`, {
            method,
            headers: { Authorization: `SSWS ${emulator.apiToken}`, "Content-Type": "application/json" },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        return (await response.json()) as Props & Props[];
    };
    const calls = async () => (await control.requests()).map(r => `${r.method} ${r.path}`);
    const declared = (args: Partial<AccountManagementPolicyRuleArgs>): AccountManagementPolicyRuleArgs => ({
        ...declaredRule(NAME, "PT2H"),
        priority: 4,
        ...args,
    });

    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
    });
    after(() => emulator.close());
    beforeEach(async () => {
        await control.reset();
        const created = await api("POST", RULES_PATH, {
            ...declaredRule(NAME),
            priority: 4,
            type: "ACCESS_POLICY",
        });
        existingId = String(created.id);
        host = await startHostFor(emulator);
    });
    afterEach(() => host.stop());

    it("takes over the rule of the same name with adopt: true: one PUT, no duplicate", async () => {
        const { inputs } = await registered(
            () => new AccountManagementPolicyRule("legacy", declared({ adopt: true })),
        );
        const checked = await host.check(URN, {}, inputs);
        await control.clearRequests();
        const created = await host.create(URN, checked.inputs);

        expect(created.id).to.equal(existingId);
        expect((await calls()).filter(call => !call.startsWith("GET "))).to.deep.equal([
            `PUT ${RULES_PATH}/${existingId}`,
        ]);
        const named = ((await api("GET", RULES_PATH)) as Props[]).filter(rule => rule.name === NAME);
        expect(named).to.have.length(1);
        expect(named[0]).to.have.nested.property(
            "actions.appSignOn.verificationMethod.reauthenticateIn",
            "PT2H",
        );
        expect(named[0].priority).to.equal(4);
        expect((await host.diff(URN, created.id, created.outs, checked.inputs)).changes).to.equal("NONE");
    });

    it("without adopt, fails on the duplicate name and creates nothing", async () => {
        const { inputs } = await registered(() => new AccountManagementPolicyRule("legacy", declared({})));
        const checked = await host.check(URN, {}, inputs);
        let failure: Error | undefined;
        await host.create(URN, checked.inputs).catch((error: Error) => (failure = error));
        expect(failure?.message).to.match(/400 E0000001/);
        expect(((await api("GET", RULES_PATH)) as Props[]).filter(rule => rule.name === NAME)).to.have.length(
            1,
        );
    });

    it("reads an existing rule by id with AccountManagementPolicyRule.get, writing nothing", async () => {
        const { inputs, id } = await registered(() => AccountManagementPolicyRule.get("legacy", existingId));
        expect(id).to.equal(existingId);
        await control.clearRequests();
        const read = await host.read(URN, existingId, {}, inputs);

        expect(read.id).to.equal(existingId);
        expect(read.props).to.include({ name: NAME, priority: 4, status: "ACTIVE", policyId: POLICY });
        expect(read.props).to.have.nested.property("actions.appSignOn.verificationMethod.factorMode", "1FA");
        expect((await calls()).every(call => call.startsWith("GET "))).to.equal(true);
    });
});
