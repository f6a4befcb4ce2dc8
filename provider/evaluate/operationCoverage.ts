/**
 * Which operations and authenticators a rule's expression lets through, found by evaluating it on every
 * operation with every authenticator key Okta knows. Pure.
 */
import { evaluateExpression, parseExpression, type Expr, type Truth } from "../el";
import { AUTHENTICATOR_KEYS, OPERATIONS, type Operation } from "../rule/types";
import { anyOf } from "./truth";

/**
 * The authenticators an operation is let through for, e.g. `{ operation: "enroll", keys: { kind: "only", keys:
 * ["webauthn", "okta_verify"] }, metadata: "any", undetermined: false }`. `undetermined` is true when some case
 * depends on a fact other than the operation, key and metadata (e.g. `device.profile.registered`).
 */
export interface OperationCoverage {
    operation: Operation;
    keys: { kind: "any" } | { kind: "only"; keys: string[] } | { kind: "except"; keys: string[] };
    /** For `recover`: `"expiry"` when only password-expiry requests match, `"notExpiry"` when they never do. */
    metadata: "any" | "expiry" | "notExpiry";
    undetermined: boolean;
}

/**
 * What an expression covers, e.g. for Okta's guide example `accessRequest.operation == 'enroll' ||
 * accessRequest.operation == 'unenroll' && (... 'okta_verify' ... 'webauthn' ...)`: `{ operations: [enroll with any
 * key, unenroll with okta_verify, webauthn, smart_card_idp, yubikey_token], otherRequests: false, text: "enroll: any
 * authenticator; unenroll: okta_verify, webauthn, smart_card_idp, yubikey_token" }`. `otherRequests` is true when
 * requests that are none of the four operations (profile edits) match too.
 */
export interface ExpressionCoverage {
    operations: OperationCoverage[];
    otherRequests: boolean;
    text: string;
}

/** Stands for an authenticator key the expression does not name. */
const OTHER_KEY = "(another key)";
/** Stands for a request that is none of the four operations, such as a profile edit. */
const OTHER_OPERATION = "(profile edit)";

function everything(undetermined: boolean): OperationCoverage[] {
    return OPERATIONS.map(operation => ({ operation, keys: { kind: "any" }, metadata: "any", undetermined }));
}

function orderByMention(keys: readonly string[], text: string): string[] {
    const at = (key: string) => {
        const found = [text.indexOf(`'${key}'`), text.indexOf(`"${key}"`)].filter(i => i >= 0);
        return found.length > 0 ? Math.min(...found) : Number.MAX_SAFE_INTEGER;
    };
    return [...keys].sort((a, b) => at(a) - at(b));
}

function cover(expr: Expr, text: string, operation: Operation): OperationCoverage | undefined {
    const metadataValues = operation === "recover" ? [null, "expiry"] : [null];
    const keys = [...AUTHENTICATOR_KEYS, OTHER_KEY];
    const truths = keys.map(authenticatorKey =>
        metadataValues.map(
            metadataType => evaluateExpression(expr, { operation, authenticatorKey, metadataType }).value,
        ),
    );
    const perKey = truths.map(anyOf);
    if (perKey.every(t => t === "FALSE")) return undefined;
    const possible = keys.filter((_, i) => perKey[i] !== "FALSE");
    const named = possible.filter(key => key !== OTHER_KEY);
    const coverage: OperationCoverage["keys"] = !possible.includes(OTHER_KEY)
        ? { kind: "only", keys: orderByMention(named, text) }
        : named.length === AUTHENTICATOR_KEYS.length
          ? { kind: "any" }
          : {
                kind: "except",
                keys: orderByMention(
                    AUTHENTICATOR_KEYS.filter(k => !named.includes(k)),
                    text,
                ),
            };
    const byMetadata = metadataValues.map((_, m) => anyOf(truths.map(t => t[m])));
    const metadata =
        byMetadata.length < 2 || (byMetadata[0] !== "FALSE" && byMetadata[1] !== "FALSE")
            ? "any"
            : byMetadata[0] === "FALSE"
              ? "expiry"
              : "notExpiry";
    return { operation, keys: coverage, metadata, undetermined: perKey.includes("UNDETERMINED") };
}

function describeOperation(coverage: OperationCoverage): string {
    const keys =
        coverage.keys.kind === "any"
            ? "any authenticator"
            : coverage.keys.kind === "only"
              ? coverage.keys.keys.join(", ")
              : `any authenticator except ${coverage.keys.keys.join(", ")}`;
    const metadata = { any: "", expiry: " (password expiry only)", notExpiry: " (not password expiry)" }[
        coverage.metadata
    ];
    return `${coverage.operation}: ${keys}${metadata}${coverage.undetermined ? " (depends on other facts)" : ""}`;
}

/**
 * The operations and authenticators `condition` lets through. No condition covers every operation and profile
 * edits; an unparseable one covers every operation, undetermined. E.g.
 * `findExpressionCoverage("accessRequest.operation == 'recover' || accessRequest.operation == 'unlockAccount'").text`
 * → `"recover: any authenticator; unlockAccount: any authenticator"`.
 */
export function findExpressionCoverage(condition: string | undefined): ExpressionCoverage {
    if (condition === undefined || condition.trim() === "") {
        return {
            operations: everything(false),
            otherRequests: true,
            text: "every operation and profile edits",
        };
    }
    const parsed = parseExpression(condition);
    if (!parsed.ok) {
        return { operations: everything(true), otherRequests: false, text: "unparseable expression" };
    }
    const operations = OPERATIONS.map(op => cover(parsed.expr, condition, op)).filter(
        (c): c is OperationCoverage => c !== undefined,
    );
    const other: Truth = evaluateExpression(parsed.expr, {
        operation: OTHER_OPERATION,
        authenticatorKey: null,
        metadataType: null,
    }).value;
    const parts = operations.map(describeOperation);
    if (other === "TRUE") parts.push("profile edits");
    return {
        operations,
        otherRequests: other === "TRUE",
        text: parts.length > 0 ? parts.join("; ") : "no request (the expression is never true)",
    };
}
