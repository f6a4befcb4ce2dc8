/**
 * Lint checks that a condition is true or false: the whole expression and every operand of `!`, `&&`, `||` and
 * of a ternary's test must be boolean, including the trap `!accessRequest.operation == 'enroll'`, where `!`
 * binds tighter than `==`.
 */
import { pathName, walkExpression, type ComparisonOperator, type Expr } from "./ast";
import { comparisonNode, notNode } from "./nodes";
import { printExpression } from "./printer";
import { problemAt, type ExpressionProblem } from "./problems";
import { DEVICE_PROFILE_PREFIX, isAllowedPath } from "./vocabulary";

type StaticType = "boolean" | "string" | "number" | "null" | "list" | "unknown";

const NEGATED: Record<ComparisonOperator, ComparisonOperator> = {
    "==": "!=",
    "!=": "==",
    "<": ">=",
    ">=": "<",
    ">": "<=",
    "<=": ">",
};

function staticTypeOf(expr: Expr): StaticType {
    switch (expr.kind) {
        case "literal":
            return expr.value === null ? "null" : (typeof expr.value as "string" | "number" | "boolean");
        case "path": {
            const name = pathName(expr);
            return isAllowedPath(name) && !name.startsWith(DEVICE_PROFILE_PREFIX) ? "string" : "unknown";
        }
        case "list":
            return "list";
        case "call":
            return expr.method === "contains" ? "boolean" : "unknown";
        case "not":
        case "logical":
        case "comparison":
            return "boolean";
        case "conditional": {
            const whenTrue = staticTypeOf(expr.whenTrue);
            return whenTrue === staticTypeOf(expr.whenFalse) ? whenTrue : "unknown";
        }
    }
}

function isPrecedenceTrap(node: Expr): node is Expr & { kind: "comparison"; left: Expr & { kind: "not" } } {
    return (
        node.kind === "comparison" &&
        node.left.kind === "not" &&
        !node.left.parenthesized &&
        !["boolean", "unknown"].includes(staticTypeOf(node.left.operand))
    );
}

function trapProblem(node: Expr & { kind: "comparison"; left: Expr & { kind: "not" } }): ExpressionProblem {
    const operand = node.left.operand;
    const negated = printExpression(comparisonNode(operand, NEGATED[node.operator], node.right));
    const wrapped = printExpression(notNode(comparisonNode(operand, node.operator, node.right)));
    return problemAt(
        "error",
        `'!' binds tighter than '${node.operator}': ${printExpression(node)} (at ${node.start}) negates ` +
            `${printExpression(operand)}, a ${staticTypeOf(operand)} that is not true or false, and compares the result. ` +
            `Write ${negated} or ${wrapped}`,
        node,
    );
}

/**
 * Errors where a condition or one of its logical operands cannot be boolean, e.g. `accessRequest.operation` alone
 * ("... is a string, but the condition must be true or false"), or `!accessRequest.operation == 'enroll'`
 * ("... Write accessRequest.operation != 'enroll' or !(accessRequest.operation == 'enroll')").
 */
export function checkBooleans(root: Expr): ExpressionProblem[] {
    const problems: ExpressionProblem[] = [];
    const trapped = new Set<Expr>();
    const requireBoolean = (expr: Expr, role: string) => {
        const type = staticTypeOf(expr);
        if (type !== "boolean" && type !== "unknown" && !trapped.has(expr)) {
            problems.push(
                problemAt(
                    "error",
                    `${printExpression(expr)} (at ${expr.start}) is a ${type}, but ${role} must be true or false; ` +
                        "compare it, e.g. accessRequest.operation == 'enroll'",
                    expr,
                ),
            );
        }
    };
    requireBoolean(root, "the condition");
    walkExpression(root, node => {
        if (isPrecedenceTrap(node)) {
            problems.push(trapProblem(node));
            trapped.add(node.left.operand);
        } else if (node.kind === "not") {
            requireBoolean(node.operand, "the operand of '!'");
        } else if (node.kind === "logical") {
            requireBoolean(node.left, `each side of '${node.operator}'`);
            requireBoolean(node.right, `each side of '${node.operator}'`);
        } else if (node.kind === "conditional") {
            requireBoolean(node.test, "the test of '?'");
        }
    });
    return problems;
}
