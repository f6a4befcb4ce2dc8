import { expect } from "chai";
import { findExpressionSyntaxError } from "../../emulator/expression";
import {
    FLEXIBLE_OKTA_VERIFY_DISJUNCTION,
    rewriteOktaVerifyComparisons,
} from "../../emulator/flexibleOktaVerify";

describe("findExpressionSyntaxError", () => {
    const wellFormed = [
        "accessRequest.operation == 'enroll'",
        "accessRequest.operation == 'enroll' || accessRequest.operation == 'unenroll' && ( accessRequest.authenticator.key == 'okta_verify' || accessRequest.authenticator.key == 'webauthn' )",
        "{ 'okta_verify', 'webauthn' }.contains(accessRequest.authenticator.key) && accessRequest.operation == 'enroll'",
        "accessRequest.operation=='recover' && accessRequest.metadata.type=='expiry'",
        'accessRequest.operation == "recover" && !(device.profile.managed)',
        "accessRequest.authenticator.key == 'it\\'s'",
    ];
    for (const expression of wellFormed) {
        it(`accepts ${expression}`, () => {
            expect(findExpressionSyntaxError(expression)).to.equal(undefined);
        });
    }

    const malformed: Array<[string, string]> = [
        ["", "empty"],
        ["   ", "empty"],
        ["accessRequest.operation == 'enroll", "never closed"],
        ["accessRequest.operation == \"enroll'", "never closed"],
        ["(accessRequest.operation == 'enroll'", "( at offset 0 is never closed"],
        ["accessRequest.operation == 'enroll')", "closes nothing"],
        ["{ 'a', 'b' ).contains(x)", "is closed by )"],
        ["accessRequest.operation == 'enroll' &&", "lacks a right operand"],
        ["|| accessRequest.operation == 'enroll'", "lacks a left operand"],
        ["a == 'x' && || b == 'y'", "lacks a right operand"],
    ];
    for (const [expression, problem] of malformed) {
        it(`refuses ${JSON.stringify(expression)}: ${problem}`, () => {
            expect(findExpressionSyntaxError(expression)).to.include(problem);
        });
    }
});

describe("rewriteOktaVerifyComparisons (Flexible Okta Verify)", () => {
    it("replaces a comparison that is the whole expression without parentheses", () => {
        expect(rewriteOktaVerifyComparisons("accessRequest.authenticator.key == 'okta_verify'")).to.equal(
            "accessRequest.authenticator.key == 'okta_verify_totp' || accessRequest.authenticator.key == 'okta_verify_push' || accessRequest.authenticator.key == 'okta_verify_fastpass'",
        );
    });

    it("wraps the replacement in parentheses inside a larger expression", () => {
        const rewritten = rewriteOktaVerifyComparisons(
            "accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'okta_verify'",
        );
        expect(rewritten).to.equal(
            `accessRequest.operation == 'enroll' && (${FLEXIBLE_OKTA_VERIFY_DISJUNCTION})`,
        );
    });

    it("rewrites every comparison, with either quote and any spacing", () => {
        const rewritten = rewriteOktaVerifyComparisons(
            "accessRequest.authenticator.key==\"okta_verify\" || accessRequest.authenticator.key  ==  'okta_verify'",
        );
        expect(rewritten).to.equal(
            `(${FLEXIBLE_OKTA_VERIFY_DISJUNCTION}) || (${FLEXIBLE_OKTA_VERIFY_DISJUNCTION})`,
        );
    });

    const untouched = [
        "accessRequest.authenticator.key == 'okta_verify_push'",
        "accessRequest.authenticator.key == 'webauthn'",
        "{ 'okta_verify' }.contains(accessRequest.authenticator.key)",
    ];
    for (const expression of untouched) {
        it(`leaves ${expression} alone`, () => {
            expect(rewriteOktaVerifyComparisons(expression)).to.equal(expression);
        });
    }

    it("is idempotent", () => {
        const once = rewriteOktaVerifyComparisons(
            "accessRequest.authenticator.key == 'okta_verify' && x == 'y'",
        );
        expect(rewriteOktaVerifyComparisons(once)).to.equal(once);
    });
});
