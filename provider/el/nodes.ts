/**
 * Constructors of condition trees that come from no source text (builders, suggested fixes). A built node spans
 * its parts, or `{ start: 0, end: 0 }` when it has none.
 */
import type {
    ComparisonExpr,
    ComparisonOperator,
    Expr,
    LiteralExpr,
    LogicalExpr,
    NotExpr,
    PathExpr,
} from "./ast";

/** A literal node, e.g. `literalNode("enroll")` prints as `'enroll'`. */
export function literalNode(value: string | number | boolean | null): LiteralExpr {
    return { kind: "literal", value, start: 0, end: 0 };
}

/** A path node from its dotted name, e.g. `pathNode("accessRequest.operation")`. */
export function pathNode(name: string): PathExpr {
    return { kind: "path", segments: name.split(".").map(s => ({ name: s, safe: false })), start: 0, end: 0 };
}

/** A comparison node, e.g. `comparisonNode(pathNode("accessRequest.operation"), "==", literalNode("enroll"))`. */
export function comparisonNode(left: Expr, operator: ComparisonOperator, right: Expr): ComparisonExpr {
    return { kind: "comparison", operator, left, right, start: left.start, end: right.end };
}

/** `!operand`, e.g. `notNode(x)` prints as `!(...)` around a comparison. */
export function notNode(operand: Expr): NotExpr {
    return { kind: "not", operand, start: operand.start, end: operand.end };
}

/**
 * The left-associated `&&` or `||` of one or more operands, e.g. `logicalChain("||", [a, b, c])` is
 * `(a || b) || c`; a single operand is returned as is.
 */
export function logicalChain(operator: "&&" | "||", operands: readonly Expr[]): Expr {
    if (operands.length === 0) throw new Error(`logicalChain needs at least one operand for '${operator}'`);
    return operands.slice(1).reduce<Expr>(
        (left, right): LogicalExpr => ({
            kind: "logical",
            operator,
            left,
            right,
            start: left.start,
            end: right.end,
        }),
        operands[0],
    );
}
