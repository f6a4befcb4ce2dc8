/**
 * `npm run bench`: speed and memory figures of the provider, measured through `@pulumi/pulumi`'s own
 * dynamic-provider host against the local emulator with a set latency per request. Prints figures; asserts
 * nothing about time. Options: `--latency MS` (default 25), `--sizes 10,50,100`.
 */
import { readFileSync } from "fs";
import { EmulatorControl } from "../../emulator/control";
import { startEmulator } from "../../emulator/index";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { DynamicProviderHost, Props, urnOf } from "../support/dynamicHost";
import { providerTextOf, recordRegistrations } from "../support/registrations";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
};
const LATENCY_MS = Number(option("latency", "25"));
const SIZES = option("sizes", "10,50,100").split(",").map(Number);
const RATE_LIMITED = { rules: 60, perMinute: 600 };

const ruleArgs = (i: number) => ({
    priority: i,
    conditions: { elCondition: { condition: "accessRequest.operation == 'enroll'" } },
    actions: {
        appSignOn: {
            access: "ALLOW" as const,
            verificationMethod: {
                type: "ASSURANCE" as const,
                factorMode: "1FA" as const,
                constraints: [{ possession: { phishingResistant: "REQUIRED" as const } }],
            },
        },
    },
});

/** Inputs of one rule as the engine sends them, recorded from the real resource class. */
async function registeredRule(name: string, priority: number): Promise<Props> {
    return (await recordRegistrations(() => [new AccountManagementPolicyRule(name, ruleArgs(priority))]))[0]
        .inputs;
}

async function registered(count: number): Promise<Props[]> {
    const all: Props[] = [];
    for (let i = 0; i < count; i++) all.push(await registeredRule(`rule-${i}`, i));
    return all;
}

/** Makes the process list the policy once, as any first write does, so what follows is steady state. */
async function warmUp(host: DynamicProviderHost): Promise<void> {
    const urn = urnOf("AccountManagementPolicyRule", "warm-up");
    const warm = await host.create(urn, await registeredRule("warm-up", 98));
    await host.delete(urn, warm.id, warm.outs);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}x`;
async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
    const start = performance.now();
    const result = await work();
    return [result, performance.now() - start];
}

function peakMemoryMb(pid: number | undefined): string {
    try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
        return `${(kb / 1024).toFixed(1)} MB`;
    } catch {
        return "not measurable on this platform";
    }
}

async function main(): Promise<void> {
    const emulator = await startEmulator({
        latencyMs: LATENCY_MS,
        rateLimit: { limit: 100_000, windowSeconds: 60 },
    });
    const control = new EmulatorControl(emulator.orgUrl);
    const config = { "okta-account-management:orgUrl": emulator.orgUrl, "okta:apiToken": emulator.apiToken };
    const startHost = async () => {
        const host = await DynamicProviderHost.start();
        await host.configure(config);
        return host;
    };
    console.log(
        `Benchmark through the dynamic-provider host; emulator latency ${LATENCY_MS} ms per request.\n`,
    );

    // The serialized provider, as registered by the real resource class from this repository.
    const text = providerTextOf(
        await recordRegistrations(() => [new AccountManagementPolicyRule("r", ruleArgs(0))]),
        ":AccountManagementPolicyRule",
    );
    console.log(`Serialized provider per resource: ${Buffer.byteLength(text)} bytes (target at most 10240)`);

    // Process start and memory.
    const [starter, startMs] = await timed(() => DynamicProviderHost.start());
    await starter.configure(config);
    const inputs = await registered(1);
    const urn = urnOf("AccountManagementPolicyRule", "rule-0");
    const [, firstCallMs] = await timed(() => starter.check(urn, {}, inputs[0]));
    await starter.stop();
    console.log(
        `Provider process start: ${seconds(startMs)} to listen, first call (implementation loaded) ${seconds(firstCallMs)}`,
    );

    // API calls per operation in steady state (after the process has listed the policy once).
    await control.reset();
    const host = await startHost();
    const [a] = await registered(1);
    await warmUp(host);
    const counted = async (work: () => Promise<unknown>) => {
        await control.clearRequests();
        await work();
        return (await control.requests()).filter(r => r.path.startsWith("/api/")).length;
    };
    const urnA = urnOf("AccountManagementPolicyRule", "rule-0");
    let created: { id: string; outs: Props } | undefined;
    const calls = {
        create: await counted(async () => (created = await host.create(urnA, a))),
        read: await counted(() => host.read(urnA, created!.id, created!.outs)),
        "no-op diff": await counted(() => host.diff(urnA, created!.id, created!.outs, a)),
        preview: await counted(async () => {
            const checked = await host.check(urnA, a, a);
            await host.diff(urnA, created!.id, created!.outs, checked.inputs);
        }),
        update: await counted(async () => {
            created = {
                ...created!,
                outs: await host.update(urnA, created!.id, created!.outs, { ...a, name: "renamed" }),
            };
        }),
        delete: await counted(() => host.delete(urnA, created!.id, created!.outs)),
    };
    await host.stop();
    const floor: Record<string, number> = {
        create: 1,
        read: 1,
        update: 1,
        delete: 1,
        "no-op diff": 0,
        preview: 0,
    };
    console.log("\nAPI calls per operation (steady state), measured from the emulator's request log:");
    for (const [name, count] of Object.entries(calls))
        console.log(`  ${name.padEnd(11)} ${count}  (floor ${floor[name]})`);

    // Wall time for N rules.
    console.log("\nWall time for N rules, engine calls in parallel:");
    console.log(
        "  N    create (vs N x latency)   refresh (vs 1 request)   delete (vs N x latency)   host peak memory",
    );
    for (const n of SIZES) {
        await control.reset();
        const bulkHost = await startHost();
        const all = await registered(n);
        const urns = all.map((_, i) => urnOf("AccountManagementPolicyRule", `rule-${i}`));
        await warmUp(bulkHost);
        const [made, createMs] = await timed(() =>
            Promise.all(all.map((news, i) => bulkHost.create(urns[i], news))),
        );
        const [, refreshMs] = await timed(() =>
            Promise.all(made.map((r, i) => bulkHost.read(urns[i], r.id, r.outs))),
        );
        const [, deleteMs] = await timed(() =>
            Promise.all(made.map((r, i) => bulkHost.delete(urns[i], r.id, r.outs))),
        );
        const floorMs = n * LATENCY_MS;
        console.log(
            `  ${String(n).padEnd(4)} ${seconds(createMs).padEnd(9)} ${ratio(createMs, floorMs).padEnd(15)} ` +
                `${seconds(refreshMs).padEnd(9)} ${ratio(refreshMs, LATENCY_MS).padEnd(14)} ` +
                `${seconds(deleteMs).padEnd(9)} ${ratio(deleteMs, floorMs).padEnd(15)} ${peakMemoryMb(bulkHost.pid)}`,
        );
        await bulkHost.stop();
    }

    // Under a rate limit.
    await control.reset();
    const perSecond = RATE_LIMITED.perMinute / 60;
    await control.configure({ rateLimit: { limit: perSecond, windowSeconds: 1 } });
    const limitedHost = await startHost();
    await warmUp(limitedHost);
    const limited = await registered(RATE_LIMITED.rules);
    const limitedUrns = limited.map((_, i) => urnOf("AccountManagementPolicyRule", `rule-${i}`));
    await control.clearRequests();
    const [outcomes, limitedMs] = await timed(() =>
        Promise.allSettled(limited.map((news, i) => limitedHost.create(limitedUrns[i], news))),
    );
    const failures = outcomes.filter(o => o.status === "rejected").length;
    const log = await control.requests();
    const floorMs = ((log.length - log.filter(r => r.status === 429).length) / perSecond) * 1000;
    console.log(
        `\nUnder a rate limit of ${RATE_LIMITED.perMinute} requests per minute (${perSecond} per 1 s window): ` +
            `${RATE_LIMITED.rules} creates in ${seconds(limitedMs)}, floor ${seconds(floorMs)} ` +
            `(${ratio(limitedMs, floorMs)}), ${log.filter(r => r.status === 429).length} answers 429, ${failures} failures`,
    );
    await limitedHost.stop();
    await emulator.close();
}

main().catch(error => {
    console.error(error);
    process.exitCode = 1;
});
