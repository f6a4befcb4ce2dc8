/**
 * Okta's error responses: the status, the `errorCode`, the summary and the causes, in the body shape Okta's
 * Management API uses (`{errorCode, errorSummary, errorLink, errorId, errorCauses}`). Pure: no HTTP.
 */
import { generateRequestId } from "./ids";

/** One entry of `errorCauses`, e.g. `{ errorSummary: "name: The field cannot be left blank." }`. */
export interface ErrorCause {
    errorSummary: string;
}

/** Okta's error body, e.g. `{ errorCode: "E0000007", errorSummary: "Not found: ...", errorLink: "E0000007", errorId: "oae...", errorCauses: [] }`. */
export interface OktaErrorBody {
    errorCode: string;
    errorSummary: string;
    errorLink: string;
    errorId: string;
    errorCauses: ErrorCause[];
}

/**
 * A refusal the way Okta answers it: thrown by the store and the routes, turned into a response by the handler.
 * E.g. `new OktaError(404, "E0000007", "Not found: Resource not found: rul1 (PolicyRule)")`.
 */
export class OktaError extends Error {
    constructor(
        readonly status: number,
        readonly errorCode: string,
        readonly errorSummary: string,
        readonly causes: string[] = [],
    ) {
        super(`${status} ${errorCode} ${errorSummary}${causes.length > 0 ? `: ${causes.join("; ")}` : ""}`);
        this.name = "OktaError";
    }

    /** The JSON body Okta sends for this error, with a fresh `errorId`. */
    toBody(): OktaErrorBody {
        return {
            errorCode: this.errorCode,
            errorSummary: this.errorSummary,
            errorLink: this.errorCode,
            errorId: generateRequestId(),
            errorCauses: this.causes.map(errorSummary => ({ errorSummary })),
        };
    }
}

/** A field-level validation problem, e.g. `{ field: "conditions.network", message: "You should either include ..." }`. */
export interface ValidationCause {
    field: string;
    message: string;
}

/**
 * 400 E0000001 for all causes at once; the summary names the first field, as Okta does:
 * `"Api validation failed: conditions.network"` with causes `"conditions.network: You should ..."`.
 */
export function createValidationError(causes: ValidationCause[]): OktaError {
    const first = causes[0]?.field ?? "body";
    return new OktaError(
        400,
        "E0000001",
        `Api validation failed: ${first}`,
        causes.map(cause => `${cause.field}: ${cause.message}`),
    );
}

/** 404 E0000007 in Okta's words, e.g. `createNotFoundError("rul1", "PolicyRule")` → `"Not found: Resource not found: rul1 (PolicyRule)"`. */
export function createNotFoundError(id: string, resourceType: string): OktaError {
    return new OktaError(404, "E0000007", `Not found: Resource not found: ${id} (${resourceType})`);
}

/** 400 E0000003 for a body that is not JSON; the cause says what the parser saw, e.g. `"Unexpected token } in JSON"`. */
export function createMalformedBodyError(detail: string): OktaError {
    return new OktaError(400, "E0000003", "The request body was not well-formed.", [detail]);
}

/** 401 E0000011 `"Invalid token provided"` for missing, unknown or expired credentials. */
export function createInvalidTokenError(): OktaError {
    return new OktaError(401, "E0000011", "Invalid token provided");
}

/** 403 E0000006, with causes saying why, e.g. `["The access token lacks the scope okta.policies.manage."]`. */
export function createPermissionError(causes: string[]): OktaError {
    return new OktaError(
        403,
        "E0000006",
        "You do not have permission to perform the requested action",
        causes,
    );
}

/** 403 E0000077 for a read-only attribute, e.g. `createReadOnlyAttributeError("conditions")`. */
export function createReadOnlyAttributeError(attribute: string, causes: string[] = []): OktaError {
    return new OktaError(
        403,
        "E0000077",
        `Cannot modify the ${attribute} attribute because it is read-only.`,
        causes,
    );
}

/** 403 E0000111 for a read-only object, e.g. `createReadOnlyObjectError("Okta Account Management Policy")`. */
export function createReadOnlyObjectError(objectName: string, causes: string[] = []): OktaError {
    return new OktaError(
        403,
        "E0000111",
        `Cannot modify the ${objectName} object because it is read-only.`,
        causes,
    );
}

/** 405 E0000022 for a method the path does not support, e.g. causes `["DELETE /api/v1/policies/{id} ..."]`. */
export function createMethodNotAllowedError(causes: string[] = []): OktaError {
    return new OktaError(405, "E0000022", "The endpoint does not support the provided HTTP method", causes);
}

/** 429 E0000047. The handler adds the `X-Rate-Limit-*` headers. */
export function createRateLimitError(): OktaError {
    return new OktaError(429, "E0000047", "API call exceeded rate limit due to too many requests.");
}

/** 423 E0000239 `"Policy priorities are being reconciled. Please try again later."`, answered while another write to the same policy's rules is in flight. */
export function createPriorityLockError(): OktaError {
    return new OktaError(423, "E0000239", "Policy priorities are being reconciled. Please try again later.");
}

/** An error for an arbitrary status, as an injected fault answers, e.g. `createStatusError(503)` → 503 E0000009 "Internal Server Error"; 429 and 423 get E0000047 and E0000239. */
export function createStatusError(status: number): OktaError {
    if (status === 429) {
        return createRateLimitError();
    }
    if (status === 423) {
        return createPriorityLockError();
    }
    if (status === 401) {
        return createInvalidTokenError();
    }
    if (status === 403) {
        return createPermissionError([]);
    }
    if (status === 404) {
        return new OktaError(404, "E0000007", "Not found: Resource not found");
    }
    if (status >= 500) {
        return new OktaError(status, "E0000009", "Internal Server Error");
    }
    return new OktaError(status, "E0000001", "Api validation failed: fault");
}
