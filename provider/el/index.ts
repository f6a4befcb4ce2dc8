/**
 * Okta Expression Language for the account management policy's `conditions.elCondition.condition`: parse,
 * print canonically, lint, compare meaning, evaluate on a request, and build conditions. Pure: no I/O.
 */
export type {
    ComparisonExpr,
    ComparisonOperator,
    ConditionalExpr,
    CallExpr,
    Expr,
    ListExpr,
    LiteralExpr,
    LogicalExpr,
    NodeBase,
    NotExpr,
    PathExpr,
    PathSegment,
    Span,
} from "./ast";
export { childrenOf, COMPARISON_OPERATORS, pathName, walkExpression } from "./ast";
export type { ExpressionProblem } from "./problems";
export { parseExpression, type ParseResult } from "./parser";
export { printExpression } from "./printer";
export { lintExpression, type LintOptions } from "./lint";
export { expressionImplies, expressionsEquivalent } from "./equivalence";
export { evaluateExpression, type EvaluationOutcome, type ExpressionFacts, type Truth } from "./evaluate";
export { el, type ElBuilders } from "./builders";
export {
    ALLOWED_PATHS,
    AUTHENTICATOR_ID_PATH,
    AUTHENTICATOR_KEY_PATH,
    DEVICE_PROFILE_PREFIX,
    FLEXIBLE_OKTA_VERIFY_KEYS,
    METADATA_TYPE_PATH,
    OPERATION_PATH,
    PHISHING_RESISTANT_KEYS,
} from "./vocabulary";
