/**
 * The request and response shapes the emulator's handler works with, independent of node:http, so routes and the
 * pipeline can be driven directly in tests without opening a port.
 */

/** A received request, e.g. `{ method: "GET", url: "/api/v1/policies?type=ACCESS_POLICY", headers: { authorization: "SSWS 00x" }, body: "" }`. */
export interface EmulatorRequest {
    method: string;
    /** Path and query, as in the request line. */
    url: string;
    /** Header names in lower case. */
    headers: Record<string, string | undefined>;
    body: string;
}

/** An answer, e.g. `{ status: 204, headers: { "X-Okta-Request-Id": "oae..." }, body: "" }`. */
export interface EmulatorResponse {
    status: number;
    headers: Record<string, string>;
    /** The serialized body; empty for 204. */
    body: string;
    /** Destroy the connection instead of answering (an injected lost response). */
    dropConnection?: boolean;
}
