/**
 * The test controls under `/__emulator/`: request log, faults, reset, settings, service apps and the org state,
 * and "what would happen": the package's own offline evaluator run on the rules the emulator holds.
 * No authentication, not logged, not rate limited. Errors answer `{ "errors": ["<field>: <problem>"] }`.
 */
import { createPublicKey } from "node:crypto";
import { evaluate, type AccessRequest, type RuleInput } from "../provider/evaluate";
import { explainPolicy } from "../provider/explain/explainPolicy";
import { parseFault } from "./faults";
import { isJsonObject, type JsonValue } from "./json";
import type { EmulatorRuntime } from "./runtime";
import { parseSettingsChange } from "./settings";

/** A control answer, e.g. `{ status: 200, body: [...] }`; no body for 204. */
export interface ControlResult {
    status: number;
    body?: unknown;
}

/** One control route, e.g. `{ method: "POST", path: "/__emulator/reset", handle }`. */
export interface ControlRoute {
    method: string;
    path: string;
    handle(runtime: EmulatorRuntime, body: JsonValue): ControlResult;
}

/** Every control route, e.g. `POST /__emulator/reset` → 204 after restoring the seed. */
export const CONTROL_ROUTES: ControlRoute[] = [
    {
        method: "GET",
        path: "/__emulator/requests",
        handle: runtime => ({ status: 200, body: runtime.log.list() }),
    },
    {
        method: "DELETE",
        path: "/__emulator/requests",
        handle: runtime => {
            runtime.log.clear();
            return { status: 204 };
        },
    },
    {
        method: "GET",
        path: "/__emulator/faults",
        handle: runtime => ({ status: 200, body: runtime.faults.list() }),
    },
    {
        method: "POST",
        path: "/__emulator/faults",
        handle: (runtime, body) => {
            const fault = parseFault(body);
            if (Array.isArray(fault)) {
                return refuse(fault);
            }
            runtime.faults.add(fault);
            return { status: 200, body: runtime.faults.list() };
        },
    },
    {
        method: "DELETE",
        path: "/__emulator/faults",
        handle: runtime => {
            runtime.faults.clear();
            return { status: 204 };
        },
    },
    {
        method: "POST",
        path: "/__emulator/reset",
        handle: runtime => {
            runtime.reset();
            return { status: 204 };
        },
    },
    {
        method: "GET",
        path: "/__emulator/config",
        handle: runtime => ({ status: 200, body: runtime.settings }),
    },
    {
        method: "POST",
        path: "/__emulator/config",
        handle: (runtime, body) => {
            const change = parseSettingsChange(body);
            return Array.isArray(change) ? refuse(change) : { status: 200, body: runtime.configure(change) };
        },
    },
    {
        method: "POST",
        path: "/__emulator/service-apps",
        handle: (runtime, body) => {
            const problems = findServiceAppProblems(body);
            if (problems.length > 0 || !isJsonObject(body)) {
                return refuse(problems);
            }
            const app = {
                clientId: String(body.clientId),
                publicKeyPem: String(body.publicKeyPem),
                scopes: body.scopes as string[],
            };
            runtime.store.registerServiceApp(app);
            return { status: 200, body: { clientId: app.clientId, scopes: app.scopes } };
        },
    },
    {
        method: "GET",
        path: "/__emulator/state",
        handle: runtime => ({ status: 200, body: runtime.store.snapshot() }),
    },
    {
        method: "POST",
        path: "/__emulator/evaluate",
        handle: (runtime, body) => {
            if (!isJsonObject(body) || !isJsonObject(body.request)) {
                return refuse([
                    'request: missing; send { "request": { "operation": "recover", "user": { "groups": [] } } }.',
                ]);
            }
            try {
                const request = body.request as unknown as AccessRequest;
                return { status: 200, body: evaluate(accountManagementRules(runtime), request) };
            } catch (error) {
                return refuse([`request: ${(error as Error).message}`]);
            }
        },
    },
    {
        method: "GET",
        path: "/__emulator/explain",
        handle: runtime => ({ status: 200, body: { text: explainPolicy(accountManagementRules(runtime)) } }),
    },
];

/** The account management policy's rules as the emulator holds them, in Okta's JSON shape. */
function accountManagementRules(runtime: EmulatorRuntime): RuleInput[] {
    const state = runtime.store.snapshot();
    const policy = state.policies.find(candidate => candidate.kind === "accountManagement");
    return state.rules
        .filter(rule => rule.policyId === policy?.body.id)
        .map(rule => rule.body as unknown as RuleInput);
}

function findServiceAppProblems(body: JsonValue): string[] {
    if (!isJsonObject(body)) {
        return ['body: not an object; send { "clientId", "publicKeyPem", "scopes" }.'];
    }
    const problems: string[] = [];
    if (typeof body.clientId !== "string" || body.clientId === "") {
        problems.push("clientId: missing; send the service app's client id, e.g. 0oa1example.");
    }
    try {
        createPublicKey(String(body.publicKeyPem));
    } catch (error) {
        problems.push(
            `publicKeyPem: not a public key (${(error as Error).message}); send the PEM of the app's RSA public key.`,
        );
    }
    if (!Array.isArray(body.scopes) || body.scopes.some(scope => typeof scope !== "string")) {
        problems.push('scopes: not a list of scopes; send e.g. ["okta.policies.read"].');
    }
    return problems;
}

function refuse(errors: string[]): ControlResult {
    return { status: 400, body: { errors } };
}
