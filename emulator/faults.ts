/**
 * Injected faults: the next N requests matching a method and a path pattern fail, get delayed, or lose their
 * answer. The request handler consults the registry once per request; routes know nothing about faults.
 */
import { describe } from "./fieldChecks";
import { isJsonObject, type JsonValue } from "./json";

/**
 * A fault to inject, e.g. `{ method: "PUT", path: "/rules/", status: 503, times: 1, apply: true }` (the next PUT of a
 * rule is applied, then answered 503).
 */
export interface Fault {
    /** HTTP method to match, e.g. `"POST"`; `"*"` matches any. */
    method: string;
    /** A regular expression tested against the request path (no query), e.g. `"^/api/v1/policies/[^/]+/rules$"`. */
    path: string;
    /** Status of the faulty answer, e.g. 429, 423 or 500; needed unless the fault only drops or delays. */
    status?: number;
    /** How many matching requests the fault hits; default 1. */
    times?: number;
    /** Apply the request first, then answer with `status` (a write that succeeded but reported failure). */
    apply?: boolean;
    /** Apply the request, then destroy the connection without answering (a lost response). */
    dropResponse?: boolean;
    /** Wait this long before applying and answering; the request is applied even if the client gave up. */
    delayMs?: number;
    /** Headers to leave out of the faulty answer, e.g. `["X-Rate-Limit-Reset"]`. */
    omitHeaders?: string[];
    /** For 429: `X-Rate-Limit-Reset` as now plus this many seconds (e.g. -1 for an immediate retry); default: the real window's reset. */
    resetInSeconds?: number;
}

/** A registered fault with the number of hits left, e.g. `{ ...fault, remaining: 2 }`. */
export interface ActiveFault extends Fault {
    remaining: number;
}

/**
 * A fault from a request body, or the list of its problems, e.g. `parseFault({ method: "GET", path: "(" })` →
 * `["path: '(' is not a valid regular expression: ..."]`.
 */
export function parseFault(value: JsonValue): Fault | string[] {
    if (!isJsonObject(value)) {
        return [`body: ${describe(value)} is not an object; send { "method", "path", "status", "times" }.`];
    }
    const problems: string[] = [];
    const { method, path, status, times, apply, dropResponse, delayMs, omitHeaders, resetInSeconds } = value;
    if (typeof method !== "string" || method === "") {
        problems.push(`method: ${describe(method)} is not an HTTP method; send e.g. "POST" or "*".`);
    }
    if (typeof path !== "string") {
        problems.push(
            `path: ${describe(path)} is not a string; send a regular expression such as "/rules$".`,
        );
    } else {
        try {
            new RegExp(path);
        } catch (error) {
            problems.push(
                `path: ${describe(path)} is not a valid regular expression: ${(error as Error).message}.`,
            );
        }
    }
    if (
        status !== undefined &&
        (typeof status !== "number" || !Number.isInteger(status) || status < 400 || status > 599)
    ) {
        problems.push(`status: ${describe(status)} is not an error status; use 400..599.`);
    }
    if (status === undefined && dropResponse !== true && delayMs === undefined) {
        problems.push("status: missing; give a status, or dropResponse: true, or delayMs.");
    }
    if (times !== undefined && (typeof times !== "number" || !Number.isInteger(times) || times < 1)) {
        problems.push(`times: ${describe(times)} is not a positive whole number; use 1 or more.`);
    }
    if (delayMs !== undefined && (typeof delayMs !== "number" || delayMs < 0)) {
        problems.push(`delayMs: ${describe(delayMs)} is not a non-negative number of milliseconds.`);
    }
    if (resetInSeconds !== undefined && typeof resetInSeconds !== "number") {
        problems.push(`resetInSeconds: ${describe(resetInSeconds)} is not a number of seconds.`);
    }
    for (const [name, flag] of Object.entries({ apply, dropResponse })) {
        if (flag !== undefined && typeof flag !== "boolean") {
            problems.push(`${name}: ${describe(flag)} is not a boolean.`);
        }
    }
    if (
        omitHeaders !== undefined &&
        (!Array.isArray(omitHeaders) || omitHeaders.some(name => typeof name !== "string"))
    ) {
        problems.push(`omitHeaders: ${describe(omitHeaders)} is not a list of header names.`);
    }
    if (problems.length > 0) {
        return problems;
    }
    return value as unknown as Fault;
}

/** The faults waiting for matching requests, in the order they were added; e.g. `add(fault)` then `take("POST", "/api/v1/policies/rst1/rules")`. */
export class FaultRegistry {
    private faults: ActiveFault[] = [];

    /** Registers a fault for its next `times` (default 1) matching requests. */
    add(fault: Fault): void {
        this.faults.push({ ...fault, remaining: fault.times ?? 1 });
    }

    /** Forgets every fault. */
    clear(): void {
        this.faults = [];
    }

    /** The faults still waiting, e.g. for a debugging view. */
    list(): ActiveFault[] {
        return this.faults.map(fault => ({ ...fault }));
    }

    /** The first fault matching the request, counting one hit against it; `undefined` when none matches. */
    take(method: string, path: string): ActiveFault | undefined {
        const fault = this.faults.find(
            candidate =>
                (candidate.method === "*" || candidate.method.toUpperCase() === method.toUpperCase()) &&
                new RegExp(candidate.path).test(path),
        );
        if (fault === undefined) {
            return undefined;
        }
        fault.remaining -= 1;
        if (fault.remaining === 0) {
            this.faults = this.faults.filter(candidate => candidate !== fault);
        }
        return { ...fault };
    }
}
