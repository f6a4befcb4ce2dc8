import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { RunningEmulator, startEmulator } from "../../emulator/index";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { DynamicProviderHost, Props, urnOf, startHostFor } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";

const RULE_COUNT = 20;

/**
 * The rule the engine would send for `name` at `priority`, as registered by the real resource class. One at a
 * time: each recording installs its own mocks.
 */
async function ruleInputs(name: string, priority: number): Promise<Props> {
    const registrations = await recordRegistrations(() => [
        new AccountManagementPolicyRule(name, {
            priority,
            conditions: { elCondition: { condition: "accessRequest.operation == 'enroll'" } },
            actions: {
                appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode: "1FA" } },
            },
        }),
    ]);
    return registrations[0].inputs;
}

/** A deterministic shuffle, so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
    const result = [...items];
    let state = seed;
    for (let i = result.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const j = state % (i + 1);
        [result[i], result[j]] = [result[j], result[i]];
    }
    return result;
}

describe("single rule resources and priorities, through the dynamic-provider host", function () {
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let host: DynamicProviderHost;
    let policyId: string;

    const api = async (method: string, path: string, body?: unknown): Promise<Props[] & Props> => {
        const response = await fetch(`${emulator.orgUrl}${path}`, {
            method,
            headers: { Authorization: `SSWS ${emulator.apiToken}`, "Content-Type": "application/json" },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        return (response.status === 204 ? [] : await response.json()) as Props[] & Props;
    };
    const rulesByName = async () => {
        const rules = (await api("GET", `/api/v1/policies/${policyId}/rules`)) as Props[];
        return new Map(rules.map(rule => [String(rule.name), rule]));
    };

    before(async () => {
        emulator = await startEmulator({ latencyMs: 5 });
        control = new EmulatorControl(emulator.orgUrl);
    });
    after(() => emulator.close());
    beforeEach(async () => {
        await control.reset();
        host = await startHostFor(emulator);
        const policies = (await api("GET", "/api/v1/policies?type=ACCESS_POLICY")) as Props[];
        policyId = String(
            policies.find(
                p => (p._embedded as Props | undefined)?.resourceType === "END_USER_ACCOUNT_MANAGEMENT",
            )!.id,
        );
    });
    afterEach(() => host.stop());

    it(`creates ${RULE_COUNT} rules concurrently, around rules made outside the stack, at exactly the declared priorities`, async () => {
        // Two rules the stack does not own sit where the stack wants its own.
        for (const [name, priority] of [
            ["foreign-3", 3],
            ["foreign-7", 7],
        ] as const) {
            await api("POST", `/api/v1/policies/${policyId}/rules`, {
                name,
                priority,
                type: "ACCESS_POLICY",
                actions: {
                    appSignOn: {
                        access: "ALLOW",
                        verificationMethod: { type: "ASSURANCE", factorMode: "2FA" },
                    },
                },
            });
        }
        const declared = shuffled(
            Array.from({ length: RULE_COUNT }, (_, i) => ({ name: `rule-${i}`, priority: i })),
            7,
        );
        const registered: Props[] = [];
        for (const rule of declared) registered.push(await ruleInputs(rule.name, rule.priority));
        const created = await Promise.all(
            declared.map(async (rule, i) => {
                const urn = urnOf("AccountManagementPolicyRule", rule.name);
                const checked = await host.check(urn, {}, registered[i]);
                return { ...rule, urn, inputs: checked.inputs, ...(await host.create(urn, checked.inputs)) };
            }),
        );

        const rules = await rulesByName();
        expect(rules.size).to.equal(RULE_COUNT + 3, "the stack's rules, two foreign rules and the catch-all");
        for (const rule of declared)
            expect(rules.get(rule.name)?.priority, rule.name).to.equal(rule.priority);
        expect(Number(rules.get("foreign-3")!.priority)).to.be.at.least(RULE_COUNT);

        // The next preview (after a refresh) shows no change for any of them.
        for (const rule of created) {
            const refreshed = await host.read(rule.urn, rule.id, rule.outs);
            expect(refreshed.props.priority, rule.name).to.equal(rule.priority);
            expect(
                (await host.diff(rule.urn, rule.id, refreshed.props, rule.inputs)).changes,
                rule.name,
            ).to.equal("NONE");
        }
    });

    it("reorders a stack of rules in one run whatever order the updates arrive in", async () => {
        const names = ["a", "b", "c", "d", "e"];
        const created: { name: string; urn: string; id: string; outs: Props }[] = [];
        for (const [i, name] of names.entries()) {
            const urn = urnOf("AccountManagementPolicyRule", name);
            const checked = await host.check(urn, {}, await ruleInputs(name, i + 1));
            created.push({ name, urn, ...(await host.create(urn, checked.inputs)) });
        }
        // Reverse the order: a→5, b→4, ... e→1; the engine diffs everything, then runs updates in parallel.
        const reversed: Props[] = [];
        for (const [i, name] of names.entries()) reversed.push(await ruleInputs(name, names.length - i));
        const plans = await Promise.all(
            created.map(async (rule, i) => {
                const news = (await host.check(rule.urn, rule.outs, reversed[i])).inputs;
                const diff = await host.diff(rule.urn, rule.id, rule.outs, news);
                return { ...rule, news, diff };
            }),
        );
        expect(plans.map(p => p.diff.changes)).to.deep.equal(["SOME", "SOME", "NONE", "SOME", "SOME"]);
        await Promise.all(
            shuffled(plans, 3)
                .filter(plan => plan.diff.changes === "SOME")
                .map(plan => host.update(plan.urn, plan.id, plan.outs, plan.news)),
        );

        const rules = await rulesByName();
        expect(names.map(name => rules.get(name)?.priority)).to.deep.equal([5, 4, 3, 2, 1]);
    });
});
