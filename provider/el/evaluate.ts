/**
 * Evaluates a condition on what is known about one request, in Kleene's three-valued logic: an unknown fact, or
 * behaviour Okta does not document, makes a part UNDETERMINED, and `&&`/`||` still decide when the other side
 * does (`FALSE && UNDETERMINED` is FALSE, `TRUE || UNDETERMINED` is TRUE).
 */
import { pathName, type Expr, type PathExpr } from "./ast";
import { printExpression } from "./printer";
import {
    AUTHENTICATOR_KEY_PATH,
    DEVICE_PROFILE_PREFIX,
    isAllowedPath,
    METADATA_TYPE_PATH,
    OPERATION_PATH,
} from "./vocabulary";

/** A three-valued truth, e.g. `"UNDETERMINED"` when the operation of the request is not known. */
export type Truth = "TRUE" | "FALSE" | "UNDETERMINED";

/**
 * Facts about one request; a field left `undefined` is not known. E.g. a password-expiry recovery:
 * `{ operation: "recover", authenticatorKey: "okta_password", metadataType: "expiry" }`.
 */
export interface ExpressionFacts {
    /** `"enroll"`, `"unenroll"`, `"recover"`, `"unlockAccount"`, or another string for other requests. */
    operation?: string;
    /** The authenticator's key, e.g. `"webauthn"`; `null` when the request has no authenticator. */
    authenticatorKey?: string | null;
    /** The authenticator's id, e.g. `"aut1abc"`; `null` when it has none. */
    authenticatorId?: string | null;
    /** `"expiry"` on a password-expiry recovery; `null` when the request carries no metadata type. */
    metadataType?: string | null;
    /** Device properties by name, e.g. `{ registered: true, managed: false }`; a name absent is not known. */
    deviceProfile?: Record<string, string | boolean | number>;
}

/**
 * The value of a condition with, when UNDETERMINED, the facts that would decide it and why it is not decided,
 * e.g. `{ value: "UNDETERMINED", missingFacts: ["authenticatorKey"], reasons: [] }`. Both lists are empty when
 * the value is TRUE or FALSE.
 */
export interface EvaluationOutcome {
    value: Truth;
    missingFacts: string[];
    reasons: string[];
}

type Scalar = string | number | boolean | null;
type Known = { kind: "known"; value: Scalar | Scalar[] };
type Unknown = { kind: "unknown"; missingFacts: string[]; reasons: string[] };
type Value = Known | Unknown;

function known(value: Scalar | Scalar[]): Known {
    return { kind: "known", value };
}

function missing(fact: string): Unknown {
    return { kind: "unknown", missingFacts: [fact], reasons: [] };
}

function undetermined(reason: string): Unknown {
    return { kind: "unknown", missingFacts: [], reasons: [reason] };
}

function merge(values: readonly Value[]): Unknown {
    const unknowns = values.filter((v): v is Unknown => v.kind === "unknown");
    const unique = (items: string[]) => items.filter((item, i) => items.indexOf(item) === i);
    return {
        kind: "unknown",
        missingFacts: unique(unknowns.flatMap(u => u.missingFacts)),
        reasons: unique(unknowns.flatMap(u => u.reasons)),
    };
}

function describeValue(value: Scalar | Scalar[]): string {
    return Array.isArray(value) ? "a list" : printExpression({ kind: "literal", value, start: 0, end: 0 });
}

function isSafeAfterAuthenticator(path: PathExpr): boolean {
    return path.segments[2]?.safe === true;
}

function missingAuthenticator(path: PathExpr): Value {
    return isSafeAfterAuthenticator(path)
        ? known(null)
        : undetermined(
              `the request has no authenticator, and Okta does not document what ${pathName(path)} reads then ` +
                  "(null, or an evaluation error); write accessRequest.authenticator?.key to read null",
          );
}

function evaluatePath(path: PathExpr, facts: ExpressionFacts): Value {
    const name = pathName(path);
    if (!isAllowedPath(name)) {
        return undetermined(`${name} is not available in account management policy conditions`);
    }
    if (name.startsWith(DEVICE_PROFILE_PREFIX)) {
        const property = name.slice(DEVICE_PROFILE_PREFIX.length);
        const profile = facts.deviceProfile;
        return profile !== undefined && Object.prototype.hasOwnProperty.call(profile, property)
            ? known(profile[property])
            : missing(`deviceProfile.${property}`);
    }
    switch (name) {
        case OPERATION_PATH:
            return facts.operation === undefined ? missing("operation") : known(facts.operation);
        case METADATA_TYPE_PATH:
            return facts.metadataType === undefined ? missing("metadataType") : known(facts.metadataType);
        case AUTHENTICATOR_KEY_PATH:
            if (facts.authenticatorKey === undefined) return missing("authenticatorKey");
            return facts.authenticatorKey === null
                ? missingAuthenticator(path)
                : known(facts.authenticatorKey);
        default:
            return evaluateAuthenticatorId(path, facts);
    }
}

function evaluateAuthenticatorId(path: PathExpr, facts: ExpressionFacts): Value {
    if (facts.authenticatorKey === null) return missingAuthenticator(path);
    if (facts.authenticatorId === undefined) return missing("authenticatorId");
    if (facts.authenticatorId === null && facts.authenticatorKey === undefined) {
        return isSafeAfterAuthenticator(path) ? known(null) : missing("authenticatorKey");
    }
    return known(facts.authenticatorId);
}

function compare(operator: string, left: Scalar | Scalar[], right: Scalar | Scalar[]): Value {
    if (Array.isArray(left) || Array.isArray(right)) {
        return undetermined(`comparing a list with '${operator}' is not supported by the offline evaluator`);
    }
    if (operator === "==") return known(left === right);
    if (operator === "!=") return known(left !== right);
    const comparable =
        (typeof left === "number" && typeof right === "number") ||
        (typeof left === "string" && typeof right === "string");
    if (!comparable) {
        return undetermined(
            `${describeValue(left)} ${operator} ${describeValue(right)} orders values of different kinds, ` +
                "and Okta does not document the outcome",
        );
    }
    const order = left < right ? -1 : left > right ? 1 : 0;
    const outcomes: Record<string, boolean> = {
        "<": order < 0,
        ">": order > 0,
        "<=": order <= 0,
        ">=": order >= 0,
    };
    return known(outcomes[operator]);
}

function evaluateCall(expr: Expr & { kind: "call" }, facts: ExpressionFacts): Value {
    if (expr.target === null || expr.method !== "contains" || expr.args.length !== 1) {
        return undetermined(
            `${expr.method}(...) is not documented for account management policy conditions, so the offline ` +
                "evaluator does not decide it",
        );
    }
    const target = evaluate(expr.target, facts);
    const argument = evaluate(expr.args[0], facts);
    if (target.kind === "unknown" || argument.kind === "unknown") return merge([target, argument]);
    if (target.value === null && expr.safe) return known(null);
    if (Array.isArray(target.value) && !Array.isArray(argument.value)) {
        return known(target.value.includes(argument.value));
    }
    if (typeof target.value === "string" && typeof argument.value === "string") {
        return known(target.value.includes(argument.value));
    }
    return undetermined(
        `.contains(...) is called on ${describeValue(target.value)} with ${describeValue(argument.value)}, ` +
            "and Okta does not document the outcome",
    );
}

function asBoolean(value: Value, expr: Expr): Value {
    if (value.kind === "unknown" || typeof value.value === "boolean") return value;
    return undetermined(
        `${printExpression(expr)} is ${describeValue(value.value)}, not true or false, and Okta does not ` +
            "document the outcome",
    );
}

function evaluateLogical(expr: Expr & { kind: "logical" }, facts: ExpressionFacts): Value {
    const left = asBoolean(evaluate(expr.left, facts), expr.left);
    const right = asBoolean(evaluate(expr.right, facts), expr.right);
    const decisive = expr.operator === "&&" ? false : true;
    if (
        (left.kind === "known" && left.value === decisive) ||
        (right.kind === "known" && right.value === decisive)
    ) {
        return known(decisive);
    }
    return left.kind === "known" && right.kind === "known" ? known(!decisive) : merge([left, right]);
}

function evaluateConditional(expr: Expr & { kind: "conditional" }, facts: ExpressionFacts): Value {
    const test = asBoolean(evaluate(expr.test, facts), expr.test);
    if (test.kind === "known") return evaluate(test.value ? expr.whenTrue : expr.whenFalse, facts);
    const whenTrue = evaluate(expr.whenTrue, facts);
    const whenFalse = evaluate(expr.whenFalse, facts);
    const agree =
        whenTrue.kind === "known" &&
        whenFalse.kind === "known" &&
        !Array.isArray(whenTrue.value) &&
        whenTrue.value === whenFalse.value;
    return agree ? whenTrue : merge([test, whenTrue, whenFalse]);
}

function evaluate(expr: Expr, facts: ExpressionFacts): Value {
    switch (expr.kind) {
        case "literal":
            return known(expr.value);
        case "path":
            return evaluatePath(expr, facts);
        case "list": {
            const items = expr.items.map(item => evaluate(item, facts));
            const values: Scalar[] = [];
            for (const item of items) {
                if (item.kind === "unknown") return merge(items);
                if (Array.isArray(item.value)) {
                    return undetermined("nested lists are not supported by the offline evaluator");
                }
                values.push(item.value);
            }
            return known(values);
        }
        case "call":
            return evaluateCall(expr, facts);
        case "not": {
            const operand = asBoolean(evaluate(expr.operand, facts), expr.operand);
            return operand.kind === "known" ? known(!operand.value) : operand;
        }
        case "logical":
            return evaluateLogical(expr, facts);
        case "comparison": {
            const left = evaluate(expr.left, facts);
            const right = evaluate(expr.right, facts);
            return left.kind === "known" && right.kind === "known"
                ? compare(expr.operator, left.value, right.value)
                : merge([left, right]);
        }
        case "conditional":
            return evaluateConditional(expr, facts);
    }
}

/**
 * Kleene three-valued evaluation of a condition on one request. An unknown fact gives UNDETERMINED and names the
 * fact; behaviour Okta does not document (a property of a missing authenticator, an unsupported function, a
 * value that is not true or false) gives UNDETERMINED with the reason, never a guess. E.g. the tree of
 * `accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'webauthn'` with
 * `{ operation: "recover" }` → `{ value: "FALSE", missingFacts: [], reasons: [] }`, and with
 * `{ operation: "enroll" }` → `{ value: "UNDETERMINED", missingFacts: ["authenticatorKey"], reasons: [] }`.
 */
export function evaluateExpression(expr: Expr, facts: ExpressionFacts): EvaluationOutcome {
    const result = asBoolean(evaluate(expr, facts), expr);
    if (result.kind === "unknown") {
        return { value: "UNDETERMINED", missingFacts: result.missingFacts, reasons: result.reasons };
    }
    return { value: result.value === true ? "TRUE" : "FALSE", missingFacts: [], reasons: [] };
}
