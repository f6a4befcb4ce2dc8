/**
 * Semantic comparison of two conditions, so that Okta's rewrites (Flexible Okta Verify, spacing, quotes,
 * parentheses) do not show up as changes.
 */
import { parseExpression } from "./parser";
import { printExpression } from "./printer";
import { domainOf, everyAssignment, holds, toProposition, type Proposition } from "./propositions";

type Comparison =
    | { kind: "decided"; props: [Proposition, Proposition]; canonicalEqual: boolean }
    | { kind: "textual"; equal: boolean };

function prepare(a: string, b: string): Comparison {
    const left = parseExpression(a);
    const right = parseExpression(b);
    if (!left.ok || !right.ok) {
        return { kind: "textual", equal: a.trim() === b.trim() };
    }
    const canonicalEqual = printExpression(left.expr) === printExpression(right.expr);
    const leftProp = toProposition(left.expr, true);
    const rightProp = toProposition(right.expr, true);
    if (leftProp === undefined || rightProp === undefined) {
        return { kind: "textual", equal: canonicalEqual };
    }
    return { kind: "decided", props: [leftProp, rightProp], canonicalEqual };
}

/**
 * True when two condition texts mean the same on every request. Decided exactly on the propositional core
 * (attributes compared with literals by `==`/`!=` or a literal list's `.contains`, under `!`, `&&`, `||`, `?:`),
 * trying every attribute with each literal either side mentions, `null` and one other value, after reading
 * `accessRequest.authenticator.key == 'okta_verify'` on both sides as its three Flexible Okta Verify keys. A
 * request without an authenticator is taken to read its key as `null`. Outside that core, or beyond
 * `MAX_ASSIGNMENTS` cases, the canonical texts are compared; an unparseable text is compared byte for byte after
 * trimming. E.g.
 * `expressionsEquivalent("accessRequest.authenticator.key == 'okta_verify'", "accessRequest.authenticator.key == 'okta_verify_totp' || accessRequest.authenticator.key == 'okta_verify_push' || accessRequest.authenticator.key == 'okta_verify_fastpass'")` → true.
 */
export function expressionsEquivalent(a: string, b: string): boolean {
    const comparison = prepare(a, b);
    if (comparison.kind === "textual") return comparison.equal;
    const [left, right] = comparison.props;
    const same = everyAssignment(
        domainOf([left, right]),
        assignment => holds(left, assignment) === holds(right, assignment),
    );
    return same ?? comparison.canonicalEqual;
}

/**
 * Whether every request that satisfies condition `a` also satisfies `b` (with the same reading as
 * `expressionsEquivalent`), or undefined when that cannot be decided (a text is unparseable or outside the
 * propositional core, or too large to try). E.g. `expressionImplies("accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'webauthn'", "accessRequest.operation == 'enroll'")` → true.
 */
export function expressionImplies(a: string, b: string): boolean | undefined {
    const comparison = prepare(a, b);
    if (comparison.kind === "textual") return undefined;
    const [left, right] = comparison.props;
    return everyAssignment(
        domainOf([left, right]),
        assignment => !holds(left, assignment) || holds(right, assignment),
    );
}
