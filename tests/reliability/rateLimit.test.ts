import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { RunningEmulator, startEmulator } from "../../emulator/index";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { DynamicProviderHost, Props, startHostFor, urnOf } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";

const RULE_COUNT = 30;
const LIMIT_PER_SECOND = 10;

describe("reliability: many rules in parallel engine calls under a low rate limit", function () {
    this.timeout(180_000);
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let host: DynamicProviderHost;

    before(async () => {
        emulator = await startEmulator({ rateLimit: { limit: LIMIT_PER_SECOND, windowSeconds: 1 } });
        control = new EmulatorControl(emulator.orgUrl);
        host = await startHostFor(emulator);
    });
    after(async () => {
        await host.stop();
        await emulator.close();
    });

    it(`creates, refreshes and deletes ${RULE_COUNT} rules with no failure at ${LIMIT_PER_SECOND} requests per second`, async () => {
        const inputs: Props[] = [];
        for (let i = 0; i < RULE_COUNT; i++) {
            const args = {
                priority: i,
                conditions: { elCondition: { condition: "accessRequest.operation == 'enroll'" } },
                actions: {
                    appSignOn: {
                        access: "ALLOW" as const,
                        verificationMethod: { type: "ASSURANCE" as const, factorMode: "1FA" as const },
                    },
                },
            };
            inputs.push(
                (await recordRegistrations(() => [new AccountManagementPolicyRule(`rule-${i}`, args)]))[0]
                    .inputs,
            );
        }
        const urns = inputs.map((_, i) => urnOf("AccountManagementPolicyRule", `rule-${i}`));

        const created = await Promise.all(inputs.map((news, i) => host.create(urns[i], news)));
        const refreshed = await Promise.all(created.map((rule, i) => host.read(urns[i], rule.id, rule.outs)));
        expect(refreshed.map(r => r.props.priority)).to.deep.equal(inputs.map((_, i) => i));
        await Promise.all(created.map((rule, i) => host.delete(urns[i], rule.id, rule.outs)));

        const log = await control.requests();
        expect(log.filter(r => r.status === 429).length, "the limit was hit").to.be.greaterThan(0);
        const state = await control.state();
        expect(
            state.rules.filter(r => !r.body.system && String(r.body.name).startsWith("rule-")),
        ).to.deep.equal([]);
    });
});
