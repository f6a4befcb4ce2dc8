/**
 * Builders of conditions: each returns the plain string to put in `conditions.elCondition.condition`, in the
 * canonical form `printExpression` writes, so that composing builders parenthesises correctly.
 */
import { AUTHENTICATOR_KEYS, OPERATIONS, type AuthenticatorKey, type Operation } from "../rule/types";
import type { Expr } from "./ast";
import { comparisonNode, literalNode, logicalChain, notNode, pathNode } from "./nodes";
import { parseExpression } from "./parser";
import { printExpression } from "./printer";
import {
    AUTHENTICATOR_ID_PATH,
    AUTHENTICATOR_KEY_PATH,
    DEVICE_PROFILE_PREFIX,
    EXPIRY_METADATA_TYPE,
    METADATA_TYPE_PATH,
    OPERATION_PATH,
} from "./vocabulary";

/** The builders of the `el` namespace; every one returns a condition string. */
export interface ElBuilders {
    /** `el.operationIs("enroll")` → `accessRequest.operation == 'enroll'`. */
    operationIs(operation: Operation): string;
    /**
     * `el.operationIn(["recover", "unlockAccount"])` →
     * `accessRequest.operation == 'recover' || accessRequest.operation == 'unlockAccount'`.
     */
    operationIn(operations: readonly Operation[]): string;
    /** `el.authenticatorKeyIs("webauthn")` → `accessRequest.authenticator.key == 'webauthn'`. */
    authenticatorKeyIs(key: AuthenticatorKey): string;
    /**
     * `el.authenticatorKeyIn(["okta_verify", "webauthn"])` →
     * `accessRequest.authenticator.key == 'okta_verify' || accessRequest.authenticator.key == 'webauthn'`.
     */
    authenticatorKeyIn(keys: readonly AuthenticatorKey[]): string;
    /** `el.authenticatorIdIs("aut1abc")` → `accessRequest.authenticator.id == 'aut1abc'`. */
    authenticatorIdIs(id: string): string;
    /** `el.metadataTypeIs("expiry")` → `accessRequest.metadata.type == 'expiry'`. */
    metadataTypeIs(type: typeof EXPIRY_METADATA_TYPE): string;
    /** `el.deviceProfileIs("registered", true)` → `device.profile.registered == true`. */
    deviceProfileIs(property: string, value: string | boolean | number): string;
    /**
     * All conditions at once, an `||` operand parenthesised: `el.and(el.operationIs("enroll"),
     * el.authenticatorKeyIn(["okta_verify", "webauthn"]))` → `accessRequest.operation == 'enroll' &&
     * (accessRequest.authenticator.key == 'okta_verify' || accessRequest.authenticator.key == 'webauthn')`.
     */
    and(...conditions: string[]): string;
    /** Any of the conditions, an `&&` operand parenthesised: `el.or("a == 'x' && b == 'y'", "c == 'z'")` → `(a == 'x' && b == 'y') || c == 'z'`. */
    or(...conditions: string[]): string;
    /** The negation: `el.not(el.operationIs("enroll"))` → `!(accessRequest.operation == 'enroll')`. */
    not(condition: string): string;
}

function parseArgument(builder: string, condition: string, index: number): Expr {
    const parsed = parseExpression(condition);
    if (!parsed.ok) {
        throw new Error(
            `el.${builder}: condition ${index + 1} (${JSON.stringify(condition)}) does not parse: ` +
                parsed.problems.map(p => p.message).join("; "),
        );
    }
    return parsed.expr;
}

function requireSome<T>(builder: string, items: readonly T[], what: string): void {
    if (items.length === 0) throw new Error(`el.${builder} needs at least one ${what}, got none`);
}

function requireKnown(builder: string, value: string, known: readonly string[], what: string): void {
    if (!known.includes(value)) {
        throw new Error(`el.${builder}: '${value}' is not ${what}; use one of ${known.join(", ")}`);
    }
}

function equals(path: string, value: string | boolean | number): Expr {
    return comparisonNode(pathNode(path), "==", literalNode(value));
}

function anyOf(path: string, values: readonly string[]): string {
    return printExpression(
        logicalChain(
            "||",
            values.map(value => equals(path, value)),
        ),
    );
}

function combine(builder: "and" | "or", conditions: readonly string[]): string {
    requireSome(builder, conditions, "condition");
    const operands = conditions.map((condition, i) => parseArgument(builder, condition, i));
    return printExpression(logicalChain(builder === "and" ? "&&" : "||", operands));
}

/**
 * Builders of the exact strings Okta expects in `conditions.elCondition.condition`; they throw on an empty list,
 * an unknown operation or key, or a condition that does not parse. E.g.
 * `el.and(el.operationIs("enroll"), el.authenticatorKeyIn(["okta_verify", "webauthn"]))` →
 * `"accessRequest.operation == 'enroll' && (accessRequest.authenticator.key == 'okta_verify' || accessRequest.authenticator.key == 'webauthn')"`.
 */
export const el: ElBuilders = {
    operationIs(operation) {
        requireKnown("operationIs", operation, OPERATIONS, "an operation");
        return anyOf(OPERATION_PATH, [operation]);
    },
    operationIn(operations) {
        requireSome("operationIn", operations, "operation");
        operations.forEach(operation => requireKnown("operationIn", operation, OPERATIONS, "an operation"));
        return anyOf(OPERATION_PATH, operations);
    },
    authenticatorKeyIs(key) {
        requireKnown("authenticatorKeyIs", key, AUTHENTICATOR_KEYS, "an authenticator key");
        return anyOf(AUTHENTICATOR_KEY_PATH, [key]);
    },
    authenticatorKeyIn(keys) {
        requireSome("authenticatorKeyIn", keys, "authenticator key");
        keys.forEach(key =>
            requireKnown("authenticatorKeyIn", key, AUTHENTICATOR_KEYS, "an authenticator key"),
        );
        return anyOf(AUTHENTICATOR_KEY_PATH, keys);
    },
    authenticatorIdIs(id) {
        if (id.length === 0)
            throw new Error("el.authenticatorIdIs needs an authenticator id such as 'aut1abc', got ''");
        return anyOf(AUTHENTICATOR_ID_PATH, [id]);
    },
    metadataTypeIs(type) {
        requireKnown("metadataTypeIs", type, [EXPIRY_METADATA_TYPE], "a metadata type");
        return anyOf(METADATA_TYPE_PATH, [type]);
    },
    deviceProfileIs(property, value) {
        if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(property)) {
            throw new Error(
                `el.deviceProfileIs: '${property}' is not a property name; use a name such as 'registered'`,
            );
        }
        if (typeof value === "number" && !Number.isFinite(value)) {
            throw new Error(`el.deviceProfileIs: ${value} is not a finite number`);
        }
        return printExpression(equals(`${DEVICE_PROFILE_PREFIX}${property}`, value));
    },
    and(...conditions) {
        return combine("and", conditions);
    },
    or(...conditions) {
        return combine("or", conditions);
    },
    not(condition) {
        return printExpression(notNode(parseArgument("not", condition, 0)));
    },
};
