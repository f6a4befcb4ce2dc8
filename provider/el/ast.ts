/**
 * The syntax tree of an Okta Expression Language condition. Pure types and tree walking: no I/O.
 *
 * Every node carries its source span: `text.slice(node.start, node.end)` is the node's own source, including the
 * parentheses written around it when `parenthesized` is true.
 */

/** A half-open range of 0-based character offsets into the condition text, e.g. `{ start: 0, end: 23 }`. */
export interface Span {
    start: number;
    end: number;
}

/** Fields every node has; `parenthesized` is true when the source wrapped the node in `( ... )`. */
export interface NodeBase extends Span {
    parenthesized?: boolean;
}

/** A literal value: `'enroll'` → `{ kind: "literal", value: "enroll" }`; also numbers, `true`/`false`, `null`. */
export interface LiteralExpr extends NodeBase {
    kind: "literal";
    value: string | number | boolean | null;
}

/** One name in a property path; `safe` is true when reached with `?.` (`authenticator?.key` → `key` is safe). */
export interface PathSegment {
    name: string;
    safe: boolean;
}

/**
 * A property path, e.g. `accessRequest.operation` →
 * `{ kind: "path", segments: [{ name: "accessRequest", safe: false }, { name: "operation", safe: false }] }`.
 */
export interface PathExpr extends NodeBase {
    kind: "path";
    segments: PathSegment[];
}

/** An inline list, e.g. `{'okta_verify', 'webauthn'}` → `{ kind: "list", items: [literal, literal] }`. */
export interface ListExpr extends NodeBase {
    kind: "list";
    items: Expr[];
}

/**
 * A method call, e.g. `{'a'}.contains(accessRequest.authenticator.key)` → `{ kind: "call", target: list,
 * method: "contains", args: [path], safe: false }`. `target` is null for a bare function call such as `f(x)`.
 */
export interface CallExpr extends NodeBase {
    kind: "call";
    target: Expr | null;
    method: string;
    args: Expr[];
    safe: boolean;
}

/** Logical negation, written `!x` or `not x`, e.g. `!(accessRequest.operation == 'enroll')`. */
export interface NotExpr extends NodeBase {
    kind: "not";
    operand: Expr;
}

/** `&&` (also `and`) or `||` (also `or`), e.g. `a && b` → `{ kind: "logical", operator: "&&", left, right }`. */
export interface LogicalExpr extends NodeBase {
    kind: "logical";
    operator: "&&" | "||";
    left: Expr;
    right: Expr;
}

/** The comparison operators, in canonical spelling; `eq`, `ne`, `lt`, `gt`, `le`, `ge` parse to these. */
export const COMPARISON_OPERATORS = ["==", "!=", "<", ">", "<=", ">="] as const;
/** A comparison operator, e.g. `"=="`. */
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** A comparison, e.g. `accessRequest.operation == 'enroll'` → `{ kind: "comparison", operator: "==", ... }`. */
export interface ComparisonExpr extends NodeBase {
    kind: "comparison";
    operator: ComparisonOperator;
    left: Expr;
    right: Expr;
}

/** The ternary `test ? whenTrue : whenFalse`, e.g. `device.profile.managed ? true : false`. */
export interface ConditionalExpr extends NodeBase {
    kind: "conditional";
    test: Expr;
    whenTrue: Expr;
    whenFalse: Expr;
}

/** Any node of a parsed condition, e.g. the `comparison` node of `accessRequest.operation == 'enroll'`. */
export type Expr =
    LiteralExpr | PathExpr | ListExpr | CallExpr | NotExpr | LogicalExpr | ComparisonExpr | ConditionalExpr;

/**
 * The dotted name of a path without safe-navigation marks, e.g. `accessRequest.authenticator?.key` →
 * `"accessRequest.authenticator.key"`.
 */
export function pathName(path: PathExpr): string {
    return path.segments.map(segment => segment.name).join(".");
}

/** The direct sub-expressions of a node in source order, e.g. `[left, right]` of `a && b`; `[]` for a literal. */
export function childrenOf(expr: Expr): Expr[] {
    switch (expr.kind) {
        case "literal":
        case "path":
            return [];
        case "list":
            return expr.items;
        case "call":
            return expr.target === null ? expr.args : [expr.target, ...expr.args];
        case "not":
            return [expr.operand];
        case "logical":
        case "comparison":
            return [expr.left, expr.right];
        case "conditional":
            return [expr.test, expr.whenTrue, expr.whenFalse];
    }
}

/**
 * Calls `visit(node, parent)` on every node, parents before children, in source order; the root's parent is
 * null. E.g. on `a && b` it visits the `&&` node, then `a`, then `b`.
 */
export function walkExpression(expr: Expr, visit: (node: Expr, parent: Expr | null) => void): void {
    const stack: Array<[Expr, Expr | null]> = [[expr, null]];
    while (stack.length > 0) {
        const [node, parent] = stack.pop() as [Expr, Expr | null];
        visit(node, parent);
        const children = childrenOf(node);
        for (let i = children.length - 1; i >= 0; i--) {
            stack.push([children[i], node]);
        }
    }
}
