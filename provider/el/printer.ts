/**
 * Prints a condition tree as canonical text in Okta's style. The source's own parentheses are not kept: the
 * printer adds exactly those that precedence needs, plus one kind that it always writes for the reader, around an
 * `&&` that is an operand of `||` (`a || (b && c)`), the mix that Okta's own guide got wrong.
 */
import type { Expr } from "./ast";

const PRECEDENCE: Record<Expr["kind"], number> = {
    conditional: 1,
    logical: 2,
    comparison: 4,
    not: 5,
    literal: 6,
    path: 6,
    list: 6,
    call: 6,
};

function precedenceOf(expr: Expr): number {
    return expr.kind === "logical" && expr.operator === "&&" ? 3 : PRECEDENCE[expr.kind];
}

function printString(value: string): string {
    return `'${value.replace(/'/g, "''")}'`;
}

function printLiteral(value: string | number | boolean | null): string {
    return typeof value === "string" ? printString(value) : String(value);
}

function wrap(expr: Expr, parenthesize: boolean): string {
    const text = printExpression(expr);
    return parenthesize ? `(${text})` : text;
}

function printLogicalOperand(operand: Expr, operator: "&&" | "||"): string {
    const isOther = operand.kind === "logical" && operand.operator !== operator;
    return wrap(operand, isOther || operand.kind === "conditional");
}

function needsParenthesesAsTarget(target: Expr): boolean {
    return (
        precedenceOf(target) < PRECEDENCE.literal ||
        (target.kind === "literal" && typeof target.value === "number")
    );
}

/**
 * Canonical text in Okta's style: single-quoted strings, spaces around binary operators, `, ` between list items,
 * symbols for textual operators, parentheses only where precedence needs them except that an `&&` inside `||` is
 * always parenthesised. Printing a parse of the result gives the same text. E.g. the tree of
 * `accessRequest.operation=='recover' AND (accessRequest.metadata.type=="expiry")` prints as
 * `accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expiry'`.
 */
export function printExpression(expr: Expr): string {
    switch (expr.kind) {
        case "literal":
            return printLiteral(expr.value);
        case "path":
            return expr.segments
                .map((s, i) => (i === 0 ? s.name : `${s.safe ? "?." : "."}${s.name}`))
                .join("");
        case "list":
            return `{${expr.items.map(printExpression).join(", ")}}`;
        case "call": {
            const args = `(${expr.args.map(printExpression).join(", ")})`;
            if (expr.target === null) {
                return `${expr.method}${args}`;
            }
            const dot = expr.safe ? "?." : ".";
            return `${wrap(expr.target, needsParenthesesAsTarget(expr.target))}${dot}${expr.method}${args}`;
        }
        case "not":
            return `!${wrap(expr.operand, precedenceOf(expr.operand) < PRECEDENCE.not)}`;
        case "logical":
            return [
                printLogicalOperand(expr.left, expr.operator),
                expr.operator,
                printLogicalOperand(expr.right, expr.operator),
            ].join(" ");
        case "comparison":
            return [
                wrap(expr.left, precedenceOf(expr.left) <= PRECEDENCE.comparison),
                expr.operator,
                wrap(expr.right, precedenceOf(expr.right) <= PRECEDENCE.comparison),
            ].join(" ");
        case "conditional":
            return [
                wrap(expr.test, expr.test.kind === "conditional"),
                "?",
                printExpression(expr.whenTrue),
                ":",
                printExpression(expr.whenFalse),
            ].join(" ");
    }
}
