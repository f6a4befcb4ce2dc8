/**
 * A typed client of the emulator's test controls (`/__emulator/...`), for tests and demos that drive an emulator
 * over HTTP: read the request log, inject faults, reset the org, change settings, register service apps.
 */
import type { AccessRequest, Evaluation } from "../provider/evaluate";
import type { Fault } from "./faults";
import type { OrgState } from "./orgState";
import type { LoggedRequest } from "./requestLog";
import type { EmulatorSettings, SettingsChange } from "./settings";

/** The shapes the controls take and return, e.g. a `Fault` `{ method: "GET", path: "/rules$", status: 429 }`. */
export type { Fault } from "./faults";
export type { LoggedRequest } from "./requestLog";
export type { EmulatorSettings, SettingsChange } from "./settings";

/** A service app to register, e.g. `{ clientId: "0oa1example", publicKeyPem: "-----BEGIN PUBLIC KEY-----...", scopes: ["okta.policies.read"] }`. */
export interface ServiceAppRegistration {
    clientId: string;
    publicKeyPem: string;
    scopes: string[];
}

/** The test controls of the emulator at `orgUrl`, e.g. `new EmulatorControl("http://127.0.0.1:41587")`. */
export class EmulatorControl {
    constructor(private readonly orgUrl: string) {}

    /** The API requests received since the last clear, oldest first. */
    requests(): Promise<LoggedRequest[]> {
        return this.call<LoggedRequest[]>("GET", "requests");
    }

    /** Forgets the logged requests. */
    async clearRequests(): Promise<void> {
        await this.call("DELETE", "requests");
    }

    /** Injects a fault, e.g. `addFault({ method: "POST", path: "/rules$", status: 429, times: 1, resetInSeconds: -1 })`. */
    async addFault(fault: Fault): Promise<void> {
        await this.call("POST", "faults", fault);
    }

    /** Removes every injected fault. */
    async clearFaults(): Promise<void> {
        await this.call("DELETE", "faults");
    }

    /** Restores the seeded org and clears the request log and the faults (settings stay). */
    async reset(): Promise<void> {
        await this.call("POST", "reset");
    }

    /** Changes settings at run time, e.g. `configure({ latencyMs: 50 })`; resolves with all settings now in force. */
    configure(change: SettingsChange): Promise<EmulatorSettings> {
        return this.call<EmulatorSettings>("POST", "config", change);
    }

    /** Registers a service app that may get tokens with a client assertion signed by the key's private half. */
    async registerServiceApp(app: ServiceAppRegistration): Promise<void> {
        await this.call("POST", "service-apps", app);
    }

    /** The whole org as the emulator holds it (policies, rules, groups, zones, service apps). */
    state(): Promise<OrgState> {
        return this.call<OrgState>("GET", "state");
    }

    /** Which rule of the account management policy fires for `request`, and what the user must present. */
    evaluate(request: AccessRequest): Promise<Evaluation> {
        return this.call<Evaluation>("POST", "evaluate", { request });
    }

    /** The account management policy as a readable table, with the lockout guard's findings. */
    async explain(): Promise<string> {
        return (await this.call<{ text: string }>("GET", "explain")).text;
    }

    private async call<T>(method: string, control: string, body?: unknown): Promise<T> {
        const response = await fetch(`${this.orgUrl}/__emulator/${control}`, {
            method,
            headers: body === undefined ? {} : { "Content-Type": "application/json" },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        if (!response.ok) {
            throw new Error(
                `emulator control ${method} /__emulator/${control} answered ${response.status}: ${text}`,
            );
        }
        return (text === "" ? undefined : JSON.parse(text)) as T;
    }
}
