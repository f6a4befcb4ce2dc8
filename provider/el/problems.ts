/** Problems found in an Expression Language condition. Pure types. */
import type { Span } from "./ast";

/**
 * One thing wrong with a condition, with its position when it has one, e.g.
 * `{ severity: "error", message: "expected ')' to close '(' at 12, found the end of the expression", start: 12, end: 13 }`.
 */
export interface ExpressionProblem {
    severity: "error" | "warning";
    message: string;
    start?: number;
    end?: number;
}

/** An error at a span, e.g. `problemAt("error", "bad", { start: 3, end: 5 })` → `{ severity: "error", message: "bad", start: 3, end: 5 }`. */
export function problemAt(
    severity: ExpressionProblem["severity"],
    message: string,
    span: Span,
): ExpressionProblem {
    return { severity, message, start: span.start, end: span.end };
}
