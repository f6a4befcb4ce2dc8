/**
 * Lint checks on what a condition names: request attributes, functions and methods, and the literal values the
 * attributes are compared with (operations, authenticator keys, the metadata type).
 */
import { AUTHENTICATOR_KEYS, OPERATIONS } from "../rule/types";
import { pathName, walkExpression, type Expr } from "./ast";
import { printExpression } from "./printer";
import { problemAt, type ExpressionProblem } from "./problems";
import {
    ALLOWED_PATHS,
    AUTHENTICATOR_ID_PATH,
    AUTHENTICATOR_KEY_LIST,
    AUTHENTICATOR_KEY_PATH,
    DEVICE_PROFILE_PREFIX,
    EXPIRY_METADATA_TYPE,
    findClosest,
    FLEXIBLE_OKTA_VERIFY_KEYS,
    isAllowedPath,
    METADATA_TYPE_PATH,
    OPERATION_LIST,
    OPERATION_PATH,
} from "./vocabulary";

const STRING_PATHS = [OPERATION_PATH, AUTHENTICATOR_KEY_PATH, AUTHENTICATOR_ID_PATH, METADATA_TYPE_PATH];
const AVAILABLE = `Available: ${ALLOWED_PATHS.join(", ")}`;
const FLEXIBLE_KEYS = `${FLEXIBLE_OKTA_VERIFY_KEYS.slice(0, -1).join(", ")} or ${FLEXIBLE_OKTA_VERIFY_KEYS.at(-1)}`;

function didYouMean(suggestion: string | undefined, quote = ""): string {
    return suggestion === undefined ? "" : ` Did you mean ${quote}${suggestion}${quote}?`;
}

/** Errors for attributes and functions this policy does not offer, e.g. `user.profile.login`. */
export function checkAttributes(root: Expr): ExpressionProblem[] {
    const problems: ExpressionProblem[] = [];
    walkExpression(root, node => {
        if (node.kind === "path") {
            const name = pathName(node);
            if (!isAllowedPath(name)) {
                const fixed = STRING_PATHS.concat(
                    name.startsWith("device") ? [`${DEVICE_PROFILE_PREFIX}registered`] : [],
                );
                problems.push(
                    problemAt(
                        "error",
                        `${name} (at ${node.start}) is not available in account management policy conditions.` +
                            `${didYouMean(findClosest(name, fixed))} ${AVAILABLE}`,
                        node,
                    ),
                );
            }
        } else if (node.kind === "call" && node.target === null) {
            problems.push(
                problemAt(
                    "error",
                    `the function ${node.method}(...) (at ${node.start}) is not available in account management ` +
                        `policy conditions; compare request attributes instead. ${AVAILABLE}`,
                    node,
                ),
            );
        }
    });
    return problems;
}

function isStringPath(expr: Expr): boolean {
    return expr.kind === "path" && STRING_PATHS.includes(pathName(expr));
}

/** Warnings for methods other than `contains` on a list or a text attribute, e.g. `{'a'}.size()`. */
export function checkMethods(root: Expr): ExpressionProblem[] {
    const problems: ExpressionProblem[] = [];
    walkExpression(root, node => {
        if (node.kind !== "call" || node.target === null) return;
        const target = node.target;
        const supported =
            node.method === "contains" &&
            node.args.length === 1 &&
            (target.kind === "list" ||
                isStringPath(target) ||
                (target.kind === "literal" && typeof target.value === "string"));
        if (!supported) {
            problems.push(
                problemAt(
                    "warning",
                    `.${node.method}(...) (at ${node.start}) is not documented for account management policy ` +
                        "conditions: Okta may reject it and the offline evaluator cannot decide it. Use == or " +
                        "{'a', 'b'}.contains(attribute)",
                    node,
                ),
            );
        }
    });
    return problems;
}

interface ValueLink {
    path: string;
    literal: Expr & { kind: "literal" };
}

function linksOf(root: Expr): ValueLink[] {
    const links: ValueLink[] = [];
    const link = (attribute: Expr, literal: Expr) => {
        if (
            attribute.kind === "path" &&
            literal.kind === "literal" &&
            STRING_PATHS.includes(pathName(attribute))
        ) {
            links.push({ path: pathName(attribute), literal });
        }
    };
    walkExpression(root, node => {
        if (node.kind === "comparison" && (node.operator === "==" || node.operator === "!=")) {
            link(node.left, node.right);
            link(node.right, node.left);
        } else if (node.kind === "call" && node.method === "contains" && node.target?.kind === "list") {
            for (const item of node.target.items) {
                if (node.args.length === 1) link(node.args[0], item);
            }
        }
    });
    return links;
}

function checkLink(
    { path, literal }: ValueLink,
    flexibleOktaVerify: boolean | undefined,
): ExpressionProblem[] {
    const value = literal.value;
    const at = `(at ${literal.start})`;
    if (value === null || path === AUTHENTICATOR_ID_PATH) return [];
    if (typeof value !== "string") {
        return [
            problemAt(
                "error",
                `${path} is text, so comparing it with ${printExpression(literal)} ${at} is never true; ` +
                    "quote the value, e.g. 'enroll'",
                literal,
            ),
        ];
    }
    if (path === OPERATION_PATH && !(OPERATIONS as readonly string[]).includes(value)) {
        return [
            problemAt(
                "error",
                `'${value}' ${at} is not an operation Okta sends in ${OPERATION_PATH}.` +
                    `${didYouMean(findClosest(value, OPERATIONS), "'")} Operations: ${OPERATION_LIST}`,
                literal,
            ),
        ];
    }
    if (path === METADATA_TYPE_PATH && value !== EXPIRY_METADATA_TYPE) {
        return [
            problemAt(
                "error",
                `${METADATA_TYPE_PATH} is compared with '${value}' ${at}, but its only value is ` +
                    `'${EXPIRY_METADATA_TYPE}' (a password that has expired or is about to)`,
                literal,
            ),
        ];
    }
    if (path !== AUTHENTICATOR_KEY_PATH) return [];
    if (!(AUTHENTICATOR_KEYS as readonly string[]).includes(value)) {
        return [
            problemAt(
                "error",
                `'${value}' ${at} is not an authenticator key Okta knows.` +
                    `${didYouMean(findClosest(value, AUTHENTICATOR_KEYS), "'")} Keys: ${AUTHENTICATOR_KEY_LIST}`,
                literal,
            ),
        ];
    }
    if (value === "okta_verify" && flexibleOktaVerify === true) {
        return [
            problemAt(
                "error",
                `'okta_verify' ${at}: with Flexible Okta Verify on, Okta rejects the key okta_verify; use ` +
                    `${FLEXIBLE_KEYS}, e.g. (${FLEXIBLE_OKTA_VERIFY_KEYS.map(k => `${AUTHENTICATOR_KEY_PATH} == '${k}'`).join(" || ")})`,
                literal,
            ),
        ];
    }
    if ((FLEXIBLE_OKTA_VERIFY_KEYS as readonly string[]).includes(value) && flexibleOktaVerify === false) {
        return [
            problemAt(
                "warning",
                `'${value}' ${at} exists only with Flexible Okta Verify, which is off: requests then carry ` +
                    "okta_verify, so this never matches. Use 'okta_verify' or turn Flexible Okta Verify on",
                literal,
            ),
        ];
    }
    return [];
}

/**
 * Errors for literal values an attribute never takes (an unknown operation or authenticator key, a metadata type
 * other than `'expiry'`, `okta_verify` under Flexible Okta Verify), each with the closest valid value, e.g.
 * `accessRequest.operation == 'unlock'` → "... did you mean 'unlockAccount'?".
 */
export function checkValues(root: Expr, flexibleOktaVerify: boolean | undefined): ExpressionProblem[] {
    return linksOf(root).flatMap(link => checkLink(link, flexibleOktaVerify));
}
