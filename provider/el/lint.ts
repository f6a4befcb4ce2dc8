/**
 * Everything wrong with a condition for the account management policy, in one list, for the provider's `check`.
 */
import { checkAttributes, checkMethods, checkValues } from "./checkNames";
import { checkContradictions, checkMetadataScope, checkMixedLogic } from "./checkLogic";
import { checkBooleans } from "./checkTypes";
import { parseExpression } from "./parser";
import type { ExpressionProblem } from "./problems";

/**
 * What lint knows about the org, e.g. `{ flexibleOktaVerify: true }`: Flexible Okta Verify is on, so the key
 * `okta_verify` is an error; `false` makes its per-method keys a warning; unset checks neither.
 */
export interface LintOptions {
    flexibleOktaVerify?: boolean;
}

/**
 * Every problem of a condition, errors and warnings together, ordered by position; each message names the bad
 * text, its position and the fix. A syntax error is reported alone. E.g.
 * `lintExpression("accessRequest.operation == 'unlock'")` →
 * `[{ severity: "error", message: "'unlock' (at 27) is not an operation Okta sends in accessRequest.operation. Did you mean 'unlockAccount'? ...", start: 27, end: 35 }]`.
 */
export function lintExpression(text: string, options: LintOptions = {}): ExpressionProblem[] {
    const parsed = parseExpression(text);
    if (!parsed.ok) return parsed.problems;
    const root = parsed.expr;
    const problems = [
        ...checkAttributes(root),
        ...checkMethods(root),
        ...checkValues(root, options.flexibleOktaVerify),
        ...checkBooleans(root),
        ...checkMixedLogic(root),
        ...checkContradictions(root),
        ...checkMetadataScope(root),
    ];
    const rank = (p: ExpressionProblem) => (p.severity === "error" ? 0 : 1);
    return problems.sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || rank(a) - rank(b));
}
