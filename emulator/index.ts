/**
 * A local Okta Management API on loopback, for tests, examples and demos: `startEmulator()` gives an org URL and an
 * API token that the Okta SDK (or any HTTP client) can use as if they were a real Okta org's.
 */
import { createRequestHandler } from "./handler";
import { EmulatorRuntime } from "./runtime";
import { EmulatorServer } from "./server";
import { applySettingsChange, DEFAULT_SETTINGS } from "./settings";

/** The test-control client, its shapes and the seeded ids, e.g. `SEED_IDS.accountManagementPolicy`. */
export { EmulatorControl } from "./control";
export type { Fault } from "./faults";
export type { LoggedRequest } from "./requestLog";
export { SEED_IDS } from "./seed";

/** How to start the emulator, e.g. `{ port: 0, stateFile: "org.json", latencyMs: 20 }`. */
export interface EmulatorOptions {
    /** Port to listen on; default 0 = a free port. The host is always 127.0.0.1. */
    port?: number;
    /** The org survives restarts: loaded at start if the file exists, written after each change. */
    stateFile?: string;
    /** Token for `Authorization: SSWS <token>`; default a random token starting with "00". */
    apiToken?: string;
    /** Added before answering every /api and /oauth2 request (benchmarks); default 0. */
    latencyMs?: number;
    /** Requests per window (default window 60 s) for /api; default 600. */
    rateLimit?: { limit: number; windowSeconds?: number };
    /** Rewrite `okta_verify` comparisons in rule expressions as Okta does with Flexible Okta Verify; default false. */
    flexibleOktaVerify?: boolean;
    /** Seed Okta's "Password Expiry Rule" at priority 0 in the account management policy; default false. */
    passwordExpiryRule?: boolean;
}

/** A started emulator, e.g. `{ orgUrl: "http://127.0.0.1:41587", apiToken: "00Zx...", close }`. */
export interface RunningEmulator {
    /** `http://127.0.0.1:PORT`, no trailing slash. */
    orgUrl: string;
    apiToken: string;
    /** Stops the server; resolves once it is closed. */
    close(): Promise<void>;
}

/**
 * Starts an emulator with a freshly seeded org (or the org in `stateFile`). E.g.
 * `const { orgUrl, apiToken, close } = await startEmulator();` then
 * `new okta.Client({ orgUrl, token: apiToken, cacheMiddleware: null })`.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
    const runtime = new EmulatorRuntime({
        settings: applySettingsChange(DEFAULT_SETTINGS, {
            latencyMs: options.latencyMs,
            rateLimit: options.rateLimit,
            flexibleOktaVerify: options.flexibleOktaVerify,
        }),
        stateFile: options.stateFile,
        apiToken: options.apiToken,
        seed: { passwordExpiryRule: options.passwordExpiryRule },
    });
    const server = new EmulatorServer(createRequestHandler(runtime));
    runtime.orgUrl = await server.start(options.port ?? 0);
    return { orgUrl: runtime.orgUrl, apiToken: runtime.apiToken, close: () => server.stop() };
}
