/**
 * Okta's Flexible Okta Verify rewrite of rule expressions: with the feature on, Okta stores and returns each
 * comparison `accessRequest.authenticator.key == 'okta_verify'` as a disjunction of the three Okta Verify keys. Pure.
 */

const OKTA_VERIFY_COMPARISON = /accessRequest\.authenticator\.key\s*==\s*(['"])okta_verify\1/g;

/** The three comparisons Okta writes in place of one `== 'okta_verify'` comparison. */
export const FLEXIBLE_OKTA_VERIFY_DISJUNCTION =
    "accessRequest.authenticator.key == 'okta_verify_totp' || " +
    "accessRequest.authenticator.key == 'okta_verify_push' || " +
    "accessRequest.authenticator.key == 'okta_verify_fastpass'";

/**
 * `condition` with every `accessRequest.authenticator.key == 'okta_verify'` replaced by
 * {@link FLEXIBLE_OKTA_VERIFY_DISJUNCTION}, in parentheses when the comparison is part of a larger expression.
 * E.g. `"accessRequest.authenticator.key == 'okta_verify' && accessRequest.operation == 'enroll'"` →
 * `"(accessRequest.authenticator.key == 'okta_verify_totp' || ... == 'okta_verify_fastpass') && accessRequest.operation == 'enroll'"`.
 * Other spellings (`{'okta_verify'}.contains(...)`, the key on the right) are left alone.
 */
export function rewriteOktaVerifyComparisons(condition: string): string {
    const matches = [...condition.matchAll(OKTA_VERIFY_COMPARISON)];
    if (matches.length === 0) {
        return condition;
    }
    const standsAlone = matches.length === 1 && matches[0][0] === condition.trim();
    const replacement = standsAlone
        ? FLEXIBLE_OKTA_VERIFY_DISJUNCTION
        : `(${FLEXIBLE_OKTA_VERIFY_DISJUNCTION})`;
    return condition.replace(OKTA_VERIFY_COMPARISON, () => replacement);
}
