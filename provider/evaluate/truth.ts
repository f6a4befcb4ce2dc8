/**
 * Kleene's three-valued conjunction and disjunction over lists, the way the Expression Language evaluator
 * combines `&&` and `||`. Pure.
 */
import type { Truth } from "../el";

/** TRUE when every value is TRUE, FALSE when any is FALSE, else UNDETERMINED, e.g. `[TRUE, UNDETERMINED]` → UNDETERMINED; `[]` → TRUE. */
export function allOf(values: readonly Truth[]): Truth {
    if (values.includes("FALSE")) return "FALSE";
    return values.includes("UNDETERMINED") ? "UNDETERMINED" : "TRUE";
}

/** TRUE when any value is TRUE, FALSE when every value is FALSE, else UNDETERMINED, e.g. `[FALSE, UNDETERMINED]` → UNDETERMINED; `[]` → FALSE. */
export function anyOf(values: readonly Truth[]): Truth {
    if (values.includes("TRUE")) return "TRUE";
    return values.includes("UNDETERMINED") ? "UNDETERMINED" : "FALSE";
}

/** The value every scenario agrees on, or UNDETERMINED when they disagree, e.g. `[TRUE, FALSE]` → UNDETERMINED. */
export function agreedBy(values: readonly Truth[]): Truth {
    return values.every(v => v === values[0]) && values.length > 0 ? values[0] : "UNDETERMINED";
}
