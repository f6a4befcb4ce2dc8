/**
 * Renders a parsed tree with every composite node in parentheses, independently of the printer, so that tests
 * can state the structure a parse must produce, e.g. `a || b && c` → `(a || (b && c))`.
 */
import type { Expr } from "../../provider/el";

/** The fully parenthesised rendering of a tree; strings in double quotes to tell them from printer output. */
export function renderTree(expr: Expr): string {
    switch (expr.kind) {
        case "literal":
            return typeof expr.value === "string" ? JSON.stringify(expr.value) : String(expr.value);
        case "path":
            return expr.segments.map((s, i) => (i === 0 ? "" : s.safe ? "?." : ".") + s.name).join("");
        case "list":
            return `{${expr.items.map(renderTree).join(",")}}`;
        case "call":
            return `${expr.target === null ? "" : renderTree(expr.target) + (expr.safe ? "?." : ".")}${expr.method}(${expr.args.map(renderTree).join(",")})`;
        case "not":
            return `(!${renderTree(expr.operand)})`;
        case "logical":
        case "comparison":
            return `(${renderTree(expr.left)} ${expr.operator} ${renderTree(expr.right)})`;
        case "conditional":
            return `(${renderTree(expr.test)} ? ${renderTree(expr.whenTrue)} : ${renderTree(expr.whenFalse)})`;
    }
}
