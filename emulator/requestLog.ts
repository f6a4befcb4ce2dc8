/**
 * The log of API requests the emulator received (everything under `/api` and `/oauth2`), for tests to assert what a
 * client sent and how often it retried.
 */
import type { JsonValue } from "./json";

/**
 * One logged request, e.g. `{ method: "PUT", path: "/api/v1/policies/rst1/rules/rul1", query: {}, status: 200,
 * body: { name: "Enroll", ... }, retryCount: 0 }`.
 */
export interface LoggedRequest {
    method: string;
    path: string;
    /** Query parameters, e.g. `{ limit: "2", after: "rul1" }`. */
    query: Record<string, string>;
    /** Status answered; `null` when the connection was dropped without an answer. */
    status: number | null;
    /** The request body parsed as JSON, or `null` (no body, or not JSON such as the token request's form). */
    body: JsonValue;
    /** The client's `X-Okta-Retry-Count` header (the Okta SDK's 429 retries), 0 when absent. */
    retryCount: number;
}

/** The log, oldest first, e.g. `record(entry)` then `list()` → `[entry]`. */
export class RequestLog {
    private entries: LoggedRequest[] = [];

    /** Appends one request. */
    record(entry: LoggedRequest): void {
        this.entries.push(entry);
    }

    /** A copy of every request logged since the last clear. */
    list(): LoggedRequest[] {
        return this.entries.map(entry => ({ ...entry }));
    }

    /** Forgets every request. */
    clear(): void {
        this.entries = [];
    }
}
