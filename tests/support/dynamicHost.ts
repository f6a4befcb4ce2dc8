/**
 * Drives `@pulumi/pulumi`'s own dynamic-provider host over gRPC exactly as the Pulumi engine does: starts
 * `cmd/dynamic-provider` as a child process, reads its port from the first stdout line, sends Configure with the
 * whole stack config (namespaced keys), then Check/Diff/Create/Read/Update/Delete with `__provider` in the
 * property bags. Used by the lifecycle, reliability and benchmark code.
 */
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import * as readline from "readline";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import * as provrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as statusproto from "@pulumi/pulumi/proto/status_pb";

type Struct = import("google-protobuf/google/protobuf/struct_pb").Struct;
const pulumiRoot = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const structproto: typeof import("google-protobuf/google/protobuf/struct_pb") = require(
    require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiRoot] }),
);
const grpc: typeof import("@grpc/grpc-js") = require(
    require.resolve("@grpc/grpc-js", { paths: [pulumiRoot] }),
);

/** A plain JSON property bag as it crosses the wire. */
export type Props = Record<string, unknown>;

/** What Check returns, e.g. `{ inputs: {...}, failures: [{ property: "priority", reason: "..." }] }`. */
export interface CheckReply {
    inputs: Props;
    failures: { property: string; reason: string }[];
}

/** What Diff returns, e.g. `{ changes: "SOME", replaces: ["policyId"], deleteBeforeReplace: false }`. */
export interface DiffReply {
    changes: "SOME" | "NONE" | "UNKNOWN";
    replaces: string[];
    deleteBeforeReplace: boolean;
}

/** What a partial failure carries: the state the engine records, and why the operation failed. */
export interface PartialState {
    id: string;
    properties: Props;
    reasons: string[];
}

/**
 * The partial state a failed Create or Update sent along (Pulumi's `ErrorResourceInitFailed` in the
 * `grpc-status-details-bin` metadata), or undefined when the failure carried none.
 */
export function partialStateOf(error: unknown): PartialState | undefined {
    const metadata = (error as { metadata?: { get(key: string): unknown[] } }).metadata;
    const raw = metadata?.get("grpc-status-details-bin")?.[0];
    if (!(raw instanceof Uint8Array)) return undefined;
    const status = statusproto.Status.deserializeBinary(raw);
    for (const detail of status.getDetailsList()) {
        const failed = detail.unpack(
            provproto.ErrorResourceInitFailed.deserializeBinary,
            "pulumirpc.ErrorResourceInitFailed",
        );
        if (failed) {
            return {
                id: failed.getId(),
                properties: (failed.getProperties()?.toJavaScript() ?? {}) as Props,
                reasons: failed.getReasonsList(),
            };
        }
    }
    return undefined;
}

/**
 * A host configured, as a stack would be, to reach `org` (the local emulator) with its API token, plus any
 * further stack config, e.g. `await startHostFor(emulator, { "okta:requestTimeout": "1" })`.
 */
export async function startHostFor(
    org: { orgUrl: string; apiToken: string },
    config: Record<string, string> = {},
): Promise<DynamicProviderHost> {
    const host = await DynamicProviderHost.start();
    await host.configure({
        "okta-account-management:orgUrl": org.orgUrl,
        "okta:apiToken": org.apiToken,
        ...config,
    });
    return host;
}

/** The repository root: the provider process resolves this package from its node_modules, as a user's program does. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");

const toStruct = (value: Props): Struct => structproto.Struct.fromJavaScript(value as never);

/** A running dynamic-provider host and a gRPC client connected to it. */
export class DynamicProviderHost {
    private stderrText = "";

    private constructor(
        private readonly child: ChildProcess,
        private readonly client: InstanceType<typeof provrpc.ResourceProviderClient>,
    ) {
        child.stderr?.on("data", chunk => (this.stderrText += String(chunk)));
    }

    /** The host's process id, e.g. to read its memory use. */
    get pid(): number | undefined {
        return this.child.pid;
    }

    /** Everything the host process wrote to stderr so far (its log). */
    get stderr(): string {
        return this.stderrText;
    }

    /** Starts a host, e.g. `await DynamicProviderHost.start({ env: { OKTA_API_TOKEN: "..." } })`. */
    static async start(
        options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
    ): Promise<DynamicProviderHost> {
        const script = require.resolve("@pulumi/pulumi/cmd/dynamic-provider");
        const env = { ...cleanEnvironment(), PULUMI_NODEJS_PROJECT: "test-project", ...options.env };
        const child = spawn(process.execPath, [script, "127.0.0.1:0"], {
            cwd: options.cwd ?? REPO_ROOT,
            env,
            stdio: ["ignore", "pipe", "pipe"],
        });
        const port = await new Promise<number>((resolve, reject) => {
            readline
                .createInterface({ input: child.stdout! })
                .once("line", line => resolve(Number(line.trim())));
            child.once("exit", code => reject(new Error(`dynamic-provider host exited with ${code}`)));
        });
        const client = new provrpc.ResourceProviderClient(
            `127.0.0.1:${port}`,
            grpc.credentials.createInsecure(),
        );
        return new DynamicProviderHost(child, client);
    }

    /** Configure with the stack config, keys namespaced, e.g. `{ "okta:apiToken": "00abc" }`. */
    async configure(config: Record<string, string>): Promise<void> {
        const request = new provproto.ConfigureRequest();
        request.setArgs(toStruct(config));
        await this.call("configure", request);
    }

    /** Check(olds, news). */
    async check(urn: string, olds: Props, news: Props): Promise<CheckReply> {
        const request = new provproto.CheckRequest();
        request.setUrn(urn);
        request.setOlds(toStruct(olds));
        request.setNews(toStruct(news));
        const reply = await this.call<provproto.CheckResponse>("check", request);
        return {
            inputs: (reply.getInputs()?.toJavaScript() ?? {}) as Props,
            failures: reply
                .getFailuresList()
                .map(f => ({ property: f.getProperty(), reason: f.getReason() })),
        };
    }

    /** Diff(id, old outputs, new inputs). */
    async diff(urn: string, id: string, olds: Props, news: Props): Promise<DiffReply> {
        const request = new provproto.DiffRequest();
        request.setUrn(urn);
        request.setId(id);
        request.setOlds(toStruct(olds));
        request.setNews(toStruct(news));
        const reply = await this.call<provproto.DiffResponse>("diff", request);
        const changes = reply.getChanges();
        const kinds = provproto.DiffResponse.DiffChanges;
        return {
            changes: changes === kinds.DIFF_SOME ? "SOME" : changes === kinds.DIFF_NONE ? "NONE" : "UNKNOWN",
            replaces: reply.getReplacesList(),
            deleteBeforeReplace: reply.getDeletebeforereplace(),
        };
    }

    /** Create(inputs) → id and outputs (with `__provider`). */
    async create(urn: string, inputs: Props): Promise<{ id: string; outs: Props }> {
        const request = new provproto.CreateRequest();
        request.setUrn(urn);
        request.setProperties(toStruct(inputs));
        const reply = await this.call<provproto.CreateResponse>("create", request);
        return { id: reply.getId(), outs: (reply.getProperties()?.toJavaScript() ?? {}) as Props };
    }

    /** Read as refresh does (old outputs in `properties`), or as `get` does (`properties` empty, `inputs` set). */
    async read(
        urn: string,
        id: string,
        properties: Props,
        inputs?: Props,
    ): Promise<{ id: string; props: Props; inputs?: Props }> {
        const request = new provproto.ReadRequest();
        request.setUrn(urn);
        request.setId(id);
        request.setProperties(toStruct(properties));
        if (inputs) request.setInputs(toStruct(inputs));
        const reply = await this.call<provproto.ReadResponse>("read", request);
        return {
            id: reply.getId(),
            props: (reply.getProperties()?.toJavaScript() ?? {}) as Props,
            inputs: reply.getInputs()?.toJavaScript() as Props | undefined,
        };
    }

    /** Update(id, old outputs, new inputs) → new outputs. */
    async update(urn: string, id: string, olds: Props, news: Props): Promise<Props> {
        const request = new provproto.UpdateRequest();
        request.setUrn(urn);
        request.setId(id);
        request.setOlds(toStruct(olds));
        request.setNews(toStruct(news));
        const reply = await this.call<provproto.UpdateResponse>("update", request);
        return (reply.getProperties()?.toJavaScript() ?? {}) as Props;
    }

    /** Delete(id, outputs). */
    async delete(urn: string, id: string, properties: Props): Promise<void> {
        const request = new provproto.DeleteRequest();
        request.setUrn(urn);
        request.setId(id);
        request.setProperties(toStruct(properties));
        await this.call("delete", request);
    }

    /** Stops the host process and closes the client. */
    async stop(): Promise<void> {
        this.client.close();
        if (this.child.exitCode === null) {
            const exited = new Promise(resolve => this.child.once("exit", resolve));
            this.child.kill();
            await exited;
        }
    }

    private call<T>(method: string, request: unknown): Promise<T> {
        const client = this.client as unknown as Record<
            string,
            (req: unknown, cb: (error: Error | null, reply: T) => void) => void
        >;
        return new Promise<T>((resolve, reject) =>
            client[method].call(this.client, request, (error, reply) =>
                error ? reject(error) : resolve(reply),
            ),
        );
    }
}

/** The test process's environment without Okta credentials, so each test states the ones it means. */
function cleanEnvironment(): NodeJS.ProcessEnv {
    return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("OKTA_")));
}

/** The URN the engine would give a resource, e.g. `urnOf("AccountManagementPolicyRule", "enroll")`. */
export function urnOf(type: string, name: string): string {
    return `urn:pulumi:test::test-project::pulumi-nodejs:dynamic/okta:${type}::${name}`;
}
