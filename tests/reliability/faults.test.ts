import { expect } from "chai";
import { EmulatorControl, Fault } from "../../emulator/control";
import { RunningEmulator, startEmulator } from "../../emulator/index";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { Props, startHostFor, urnOf } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";

type Operation = "create" | "read" | "update" | "delete";

interface FaultCase {
    operation: Operation;
    fault: Omit<Fault, "method" | "path">;
    /** What the operation does under the fault: it succeeds, or fails with a message matching this. */
    outcome: "succeeds" | RegExp;
}

const RULES = "^/api/v1/policies/[^/]+/rules$";
const RULE = "^/api/v1/policies/[^/]+/rules/rul[^/]+$";
const METHOD_AND_PATH: Record<Operation, { method: string; path: string }> = {
    create: { method: "POST", path: RULES },
    read: { method: "GET", path: RULES },
    update: { method: "PUT", path: RULE },
    delete: { method: "DELETE", path: RULE },
};
const SLOW_MS = 2500; // past the 1 s request timeout the provider is configured with below

const FAULTS: { name: string; fault: FaultCase["fault"] }[] = [
    { name: "429 with X-Rate-Limit-Reset", fault: { status: 429, times: 2, resetInSeconds: 1 } },
    {
        name: "429 without X-Rate-Limit-Reset",
        fault: { status: 429, times: 2, omitHeaders: ["X-Rate-Limit-Reset"] },
    },
    { name: "423 (priorities being reconciled)", fault: { status: 423, times: 2 } },
    { name: "500 before the write", fault: { status: 500, times: 1 } },
    { name: "502", fault: { status: 502, times: 1 } },
    { name: "503", fault: { status: 503, times: 2 } },
    { name: "a dropped connection after the write (lost answer)", fault: { dropResponse: true, times: 1 } },
    { name: "a slow answer past the timeout", fault: { delayMs: SLOW_MS, times: 1 } },
    { name: "a 500 after the write", fault: { status: 500, apply: true, times: 1 } },
];

const CASES: (FaultCase & { name: string })[] = [
    ...(["create", "read", "update", "delete"] as Operation[]).flatMap(operation =>
        FAULTS.filter(f => operation !== "read" || !f.fault.apply).map(f => ({
            name: `${operation} under ${f.name}`,
            operation,
            fault: f.fault,
            outcome: "succeeds" as const,
        })),
    ),
    {
        name: "read under a 500 that outlasts every retry",
        operation: "read",
        fault: { status: 500, times: 50 },
        outcome:
            /GET \/api\/v1\/policies\/\w+\/rules: 500 E\d+ .*\(after 6 attempts: the retry limit \(okta:maxRetries, 5\) is reached\)/,
    },
    {
        name: "create under a 400 validation error",
        operation: "create",
        fault: { status: 400, times: 1 },
        outcome: /POST \/api\/v1\/policies\/\w+\/rules\?activate=true: 400 E0000001/,
    },
];

describe("reliability: a fault on every operation, through the dynamic-provider host", function () {
    this.timeout(60_000);
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let inputs: Props;
    let edited: Props;

    const apiRules = async (): Promise<{ id: string; name: string }[]> => {
        const state = await control.state();
        const policy = state.policies.find(p => p.kind === "accountManagement")!;
        return state.rules
            .filter(rule => rule.policyId === policy.body.id && !rule.body.system)
            .map(rule => ({ id: String(rule.body.id), name: String(rule.body.name) }));
    };

    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
        const args = {
            priority: 1,
            conditions: { elCondition: { condition: "accessRequest.operation == 'unlockAccount'" } },
            actions: {
                appSignOn: {
                    access: "ALLOW" as const,
                    verificationMethod: { type: "ASSURANCE" as const, factorMode: "1FA" as const },
                },
            },
        };
        inputs = (await recordRegistrations(() => [new AccountManagementPolicyRule("unlock", args)]))[0]
            .inputs;
        edited = (
            await recordRegistrations(() => [
                new AccountManagementPolicyRule("unlock", { ...args, priority: 0 }),
            ])
        )[0].inputs;
    });
    after(() => emulator.close());

    for (const c of CASES) {
        it(`${c.name}: ${c.outcome === "succeeds" ? "succeeds" : "fails clearly"}, leaves no orphan or duplicate, and the next run converges`, async () => {
            await control.reset();
            const host = await startHostFor(emulator, { "okta:requestTimeout": "1" });
            try {
                const urn = urnOf("AccountManagementPolicyRule", "unlock");
                const news = (await host.check(urn, {}, inputs)).inputs;
                const newsEdited = (await host.check(urn, news, edited)).inputs;
                const existing = c.operation === "create" ? undefined : await host.create(urn, news);

                await control.addFault({ ...METHOD_AND_PATH[c.operation], ...c.fault });
                const run = (): Promise<unknown> => {
                    switch (c.operation) {
                        case "create":
                            return host.create(urn, news);
                        case "read":
                            return host.read(urn, existing!.id, existing!.outs);
                        case "update":
                            return host.update(urn, existing!.id, existing!.outs, newsEdited);
                        case "delete":
                            return host.delete(urn, existing!.id, existing!.outs);
                    }
                };
                const result = await run().then(
                    value => ({ ok: true as const, value }),
                    (error: Error) => ({ ok: false as const, error }),
                );
                await control.clearFaults();
                if (c.fault.delayMs)
                    await new Promise(resolve => setTimeout(resolve, c.fault.delayMs! + 200));

                if (c.outcome === "succeeds") {
                    expect(result.ok, result.ok ? "" : result.error.message).to.equal(true);
                } else {
                    expect(result.ok).to.equal(false);
                    expect(!result.ok && result.error.message).to.match(c.outcome);
                }

                // The org holds exactly what the stack believes it has; a failed operation converges on the next run.
                const rules = await apiRules();
                if (c.operation === "create") {
                    const created = result.ok
                        ? (result.value as { id: string })
                        : await host.create(urn, news);
                    expect(rules.length <= 1 && (await apiRules())).to.deep.equal([
                        { id: created.id, name: "unlock" },
                    ]);
                } else if (c.operation === "delete") {
                    if (!result.ok) await host.delete(urn, existing!.id, existing!.outs);
                    expect(await apiRules()).to.deep.equal([]);
                } else {
                    expect(rules).to.deep.equal([{ id: existing!.id, name: "unlock" }]);
                }
                if (c.operation === "update") {
                    const outs = result.ok
                        ? (result.value as Props)
                        : await host.update(urn, existing!.id, existing!.outs, newsEdited);
                    const refreshed = await host.read(urn, existing!.id, outs);
                    expect(refreshed.props.priority).to.equal(0);
                    expect(
                        (await host.diff(urn, existing!.id, refreshed.props, newsEdited)).changes,
                    ).to.equal("NONE");
                }
            } finally {
                await host.stop();
            }
        });
    }
});
