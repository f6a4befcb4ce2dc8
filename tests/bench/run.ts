/**
 * `npm run bench`: speed and memory figures of the provider, measured through `@pulumi/pulumi`'s own
 * dynamic-provider host against the local emulator with a set latency per request. Prints figures; asserts
 * nothing about time. Options: `--latency MS` (default 25), `--sizes 10,50,99`.
 */
import { readFileSync } from "fs";
import { EmulatorControl } from "../../emulator/control";
import { SEED_IDS, startEmulator } from "../../emulator/index";
import { OktaApi } from "../../provider/okta/oktaApi";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { DynamicProviderHost, Props, startHostFor, urnOf } from "../support/dynamicHost";
import { providerTextOf, recordRegistrations } from "../support/registrations";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
};
const LATENCY_MS = Number(option("latency", "25"));
/** 99 is the most a policy holds: Okta allows 100 rules per policy, the catch-all included. */
const SIZES = option("sizes", "10,50,99").split(",").map(Number);
const RATE_LIMITED = { rules: 60, perMinute: 600, windowSeconds: 5 };

const ruleArgs = (i: number | undefined) => ({
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
async function registeredRule(name: string, priority: number | undefined): Promise<Props> {
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
    const warm = await host.create(urn, await registeredRule("warm-up", undefined));
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

/** Mean round trips of one API call of each kind made directly with the provider's HTTP client: the floors' unit. */
interface RequestLatency {
    get: number;
    post: number;
    delete: number;
}

async function measureRequestLatency(
    orgUrl: string,
    token: string,
    policyId: string,
): Promise<RequestLatency> {
    const api = new OktaApi({
        orgUrl,
        auth: { kind: "apiToken", token },
        requestTimeoutMs: 30_000,
        maxRetries: 0,
    });
    const rules = `/api/v1/policies/${policyId}/rules`;
    const total = { get: 0, post: 0, delete: 0 };
    const rounds = 20;
    for (let i = 0; i < rounds; i++) {
        const body = {
            name: `latency-${i}`,
            type: "ACCESS_POLICY",
            priority: 50,
            actions: ruleArgs(0).actions,
        };
        const [created, postMs] = await timed(() => api.request<{ id: string }>("POST", rules, { body }));
        const [, getMs] = await timed(() => api.request("GET", rules));
        const [, deleteMs] = await timed(() => api.request("DELETE", `${rules}/${created.body.id}`));
        total.post += postMs;
        total.get += getMs;
        total.delete += deleteMs;
    }
    return { get: total.get / rounds, post: total.post / rounds, delete: total.delete / rounds };
}

async function main(): Promise<void> {
    const emulator = await startEmulator({
        latencyMs: LATENCY_MS,
        rateLimit: { limit: 100_000, windowSeconds: 60 },
    });
    const control = new EmulatorControl(emulator.orgUrl);
    const config = { "okta-account-management:orgUrl": emulator.orgUrl, "okta:apiToken": emulator.apiToken };
    const startHost = () => startHostFor(emulator);
    const latency = await measureRequestLatency(
        emulator.orgUrl,
        emulator.apiToken,
        SEED_IDS.accountManagementPolicy,
    );
    console.log(
        `Benchmark through the dynamic-provider host; emulator delay ${LATENCY_MS} ms per request. Request latency ` +
            `measured with one API call made directly (no provider): POST ${latency.post.toFixed(1)} ms, ` +
            `GET (list) ${latency.get.toFixed(1)} ms, DELETE ${latency.delete.toFixed(1)} ms.\n`,
    );

    // The serialized provider, as registered by the real resource class from this repository.
    const text = providerTextOf(
        await recordRegistrations(() => [new AccountManagementPolicyRule("size-probe", ruleArgs(undefined))]),
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
        "  N    create (vs N x POST)   refresh (vs 1 GET, vs N host calls, API calls)   delete (vs N x DELETE)   host peak memory",
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
        await control.clearRequests();
        const [, refreshMs] = await timed(() =>
            Promise.all(made.map((r, i) => bulkHost.read(urns[i], r.id, r.outs))),
        );
        const refreshCalls = (await control.requests()).length;
        // What N engine calls cost through the host with no API call at all (N no-op diffs in parallel).
        const [, hostCallsMs] = await timed(() =>
            Promise.all(made.map((r, i) => bulkHost.diff(urns[i], r.id, r.outs, all[i]))),
        );
        const [, deleteMs] = await timed(() =>
            Promise.all(made.map((r, i) => bulkHost.delete(urns[i], r.id, r.outs))),
        );
        console.log(
            `  ${String(n).padEnd(4)} ${seconds(createMs).padEnd(8)} ${ratio(createMs, n * latency.post).padEnd(13)} ` +
                `${seconds(refreshMs).padEnd(8)} ${ratio(refreshMs, latency.get).padEnd(7)} ` +
                `${ratio(refreshMs, hostCallsMs).padEnd(6)} (${seconds(hostCallsMs)}) ${String(refreshCalls).padEnd(9)} ` +
                `${seconds(deleteMs).padEnd(8)} ${ratio(deleteMs, n * latency.delete).padEnd(15)} ${peakMemoryMb(bulkHost.pid)}`,
        );
        await bulkHost.stop();
    }

    // Under a rate limit: creates and deletes, all writes, in windows of a few seconds as Okta counts per minute.
    await control.reset();
    const { rules: count, perMinute, windowSeconds } = RATE_LIMITED;
    await control.configure({ rateLimit: { limit: (perMinute * windowSeconds) / 60, windowSeconds } });
    const limitedHost = await startHost();
    await warmUp(limitedHost);
    const limited = await registered(count);
    const limitedUrns = limited.map((_, i) => urnOf("AccountManagementPolicyRule", `rule-${i}`));
    await control.clearRequests();
    const [outcomes, limitedMs] = await timed(async () => {
        const made = await Promise.allSettled(
            limited.map((news, i) => limitedHost.create(limitedUrns[i], news)),
        );
        const deleted = await Promise.allSettled(
            made.map((result, i) =>
                result.status === "fulfilled"
                    ? limitedHost.delete(limitedUrns[i], result.value.id, result.value.outs)
                    : Promise.reject(result.reason),
            ),
        );
        return [...made, ...deleted];
    });
    const failures = outcomes.filter(o => o.status === "rejected").length;
    const log = await control.requests();
    const answered = log.filter(r => r.status !== 429).length;
    const floorMs = (answered / perMinute) * 60_000;
    console.log(
        `\nUnder a rate limit of ${perMinute} requests per minute (counted in ${windowSeconds} s windows): ` +
            `${count} creates and ${count} deletes (${answered} API calls) in ${seconds(limitedMs)}, floor ` +
            `${seconds(floorMs)} (${ratio(limitedMs, floorMs)}), ${log.length - answered} answers 429, ${failures} failures`,
    );
    await limitedHost.stop();
    await emulator.close();
}

main().catch(error => {
    console.error(error);
    process.exitCode = 1;
});
