/**
 * The error every failed Okta call surfaces as: it says which call failed (method and path), Okta's status,
 * errorCode, errorSummary and causes, the request id for Okta support, and keeps the original error as `cause`.
 */

/** Okta's answer to a failed call, as far as one arrived, e.g. `{ status: 400, errorCode: "E0000001", ... }`. */
export interface OktaFailure {
    status?: number;
    /** True when no answer arrived because of the network (refused, reset, timed out): the call may be repeated. */
    networkFailure: boolean;
    errorCode?: string;
    errorSummary?: string;
    causes: string[];
    requestId?: string;
}

/**
 * A failed Okta call, e.g. message
 * `POST /api/v1/policies/rst1/rules: 400 E0000001 Api validation failed: name (name: A rule named "x" already exists)`.
 */
export class OktaRequestError extends Error {
    override readonly name = "OktaRequestError";
    constructor(
        readonly method: string,
        readonly path: string,
        readonly failure: OktaFailure,
        detail: string,
        options?: { cause?: unknown },
    ) {
        super(`${method} ${path}: ${detail}`, options);
    }

    /** The HTTP status, or undefined when no answer arrived. */
    get status(): number | undefined {
        return this.failure.status;
    }
}

/**
 * Reads what an error thrown by the Okta SDK's HTTP layer says, e.g. an `OktaApiError` → its status and causes. An
 * error raised before any request left (an unreadable private key) is neither an answer nor a network failure.
 */
export function describeSdkError(error: unknown): OktaFailure & { text: string } {
    const e = (error ?? {}) as {
        status?: unknown;
        errorCode?: unknown;
        errorSummary?: unknown;
        errorCauses?: unknown;
        headers?: { get?: (name: string) => string | null };
        message?: unknown;
        type?: unknown;
        code?: unknown;
    };
    const status = typeof e.status === "number" ? e.status : undefined;
    const causes = Array.isArray(e.errorCauses)
        ? e.errorCauses
              .map(c => String((c as { errorSummary?: unknown }).errorSummary ?? ""))
              .filter(c => c !== "")
        : [];
    const requestId = e.headers?.get?.("x-okta-request-id") ?? undefined;
    const errorCode = typeof e.errorCode === "string" ? e.errorCode : undefined;
    const errorSummary = typeof e.errorSummary === "string" ? e.errorSummary : undefined;
    let text: string;
    if (status !== undefined && errorCode) {
        text =
            `${status} ${errorCode} ${errorSummary ?? ""}`.trim() +
            (causes.length ? ` (${causes.join("; ")})` : "");
    } else if (status !== undefined) {
        text = `HTTP ${status}`;
    } else if (e.type === "request-timeout") {
        text = "no answer within the request timeout";
    } else if (isNetworkError(e)) {
        const code = typeof e.code === "string" ? `${e.code}: ` : "";
        text = `no answer (${code}${String(e.message ?? error)})`;
    } else if (/private key|JWK|PEM/i.test(String(e.message))) {
        text = `the private key (okta:privateKey / OKTA_API_PRIVATE_KEY) is not a usable RSA key in PEM or JWK form: ${String(e.message)}`;
    } else {
        text = `the request could not be sent: ${String(e.message ?? error)}`;
    }
    if (requestId) text += ` [Okta request id ${requestId}]`;
    const networkFailure = status === undefined && (e.type === "request-timeout" || isNetworkError(e));
    return {
        status,
        networkFailure,
        errorCode,
        errorSummary,
        causes,
        requestId: requestId ?? undefined,
        text,
    };
}

function isNetworkError(e: { name?: unknown; code?: unknown; type?: unknown }): boolean {
    return (
        e.name === "FetchError" ||
        e.type === "system" ||
        (typeof e.code === "string" && /^E[A-Z]+$/.test(e.code))
    );
}

/**
 * True when Okta may have applied a failed call: no answer arrived (network, timeout) or a 5xx came back, e.g. a
 * dropped connection after a POST. A create or a priority-moving PUT is then checked before being sent again.
 */
export function isAmbiguousFailure(error: unknown): boolean {
    if (!(error instanceof OktaRequestError)) return false;
    return error.failure.networkFailure || (error.status !== undefined && error.status >= 500);
}

/**
 * A create or update that failed after some of its writes took effect, e.g. a rule's content written but its
 * status change refused. Pulumi's host turns `id`, `properties` and `reasons` into a partial failure: the engine
 * records `properties` (what Okta now holds) as the resource's state and reports the error, so nothing written is
 * lost or left unreported, and the next run finishes the job.
 */
export class PartialFailure extends Error {
    override readonly name = "PartialFailure";
    readonly reasons: string[];
    constructor(
        readonly id: string,
        readonly properties: object,
        message: string,
        options?: { cause?: unknown },
    ) {
        super(message, options);
        this.reasons = [message];
    }
}
