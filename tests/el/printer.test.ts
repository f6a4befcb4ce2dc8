import { expect } from "chai";
import {
    evaluateExpression,
    parseExpression,
    printExpression,
    type Expr,
    type ExpressionFacts,
} from "../../provider/el";
import { OKTA_EXAMPLES } from "./oktaExamples";

function parsed(text: string): Expr {
    const result = parseExpression(text);
    if (!result.ok) throw new Error(`expected ${text} to parse: ${result.problems[0].message}`);
    return result.expr;
}

function canonical(text: string): string {
    return printExpression(parsed(text));
}

const OPERATIONS = ["enroll", "unenroll", "recover", "unlockAccount", "other"];
const KEYS = [null, "okta_verify", "webauthn", "okta_password", "okta_verify_push", "google_otp"];
const REQUESTS: ExpressionFacts[] = OPERATIONS.flatMap(operation =>
    KEYS.flatMap(authenticatorKey =>
        [null, "expiry"].map(metadataType => ({ operation, authenticatorKey, metadataType })),
    ),
);

describe("printExpression", () => {
    const cases: Array<[string, string]> = [
        [
            "accessRequest.operation=='recover' && accessRequest.metadata.type==\"expiry\"",
            "accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expiry'",
        ],
        [
            "accessRequest.operation == 'recover'|| accessRequest.operation == 'unlockAccount'",
            "accessRequest.operation == 'recover' || accessRequest.operation == 'unlockAccount'",
        ],
        [
            "{ 'okta_verify','webauthn' }.contains(accessRequest.authenticator.key)",
            "{'okta_verify', 'webauthn'}.contains(accessRequest.authenticator.key)",
        ],
        ["a == 'x' AND (b == 'y')", "a == 'x' && b == 'y'"],
        ["((a == 'x'))", "a == 'x'"],
        ["a || b && c", "a || (b && c)"],
        ["a && b || c", "(a && b) || c"],
        ["(a || b) && c", "(a || b) && c"],
        ["a && (b || c) && d", "a && (b || c) && d"],
        ["a && (b && c)", "a && b && c"],
        ["a || (b || c)", "a || b || c"],
        ["!(a == 'x')", "!(a == 'x')"],
        ["!a == 'x'", "!a == 'x'"],
        ["not (a)", "!a"],
        ["not (a or b)", "!(a || b)"],
        ["a eq 'x' or a ne 'y'", "a == 'x' || a != 'y'"],
        ['"It\'s"  ==  a', "'It''s' == a"],
        ["'say \"hi\"' == a", "'say \"hi\"' == a"],
        ["(a == b) == true", "(a == b) == true"],
        ["a == (b == true)", "a == (b == true)"],
        ["a ? b : c", "a ? b : c"],
        ["(a ? b : c) ? d : e", "(a ? b : c) ? d : e"],
        ["a || (b ? c : d)", "a || (b ? c : d)"],
        ["!(a ? b : c)", "!(a ? b : c)"],
        ["accessRequest.authenticator?.key == NULL", "accessRequest.authenticator?.key == null"],
        ["-1 < a && a <= 2.5", "-1 < a && a <= 2.5"],
        ["x?.contains( 'y' )", "x?.contains('y')"],
        ["f( 'a' ,b )", "f('a', b)"],
        ["(a == 'x').contains(b)", "(a == 'x').contains(b)"],
        ["{}.contains(a)", "{}.contains(a)"],
    ];
    for (const [text, expected] of cases) {
        it(`prints ${JSON.stringify(text)} as ${JSON.stringify(expected)}`, () => {
            expect(canonical(text)).to.equal(expected);
        });
    }

    it("prints the guide's mixed condition with the parentheses its precedence implies", () => {
        expect(canonical(OKTA_EXAMPLES[0].text)).to.equal(
            "accessRequest.operation == 'enroll' || (accessRequest.operation == 'unenroll' && " +
                "(accessRequest.authenticator.key == 'okta_verify' || accessRequest.authenticator.key == 'webauthn' || " +
                "accessRequest.authenticator.key == 'smart_card_idp' || accessRequest.authenticator.key == 'yubikey_token'))",
        );
    });

    describe("round trips", () => {
        const texts = [...OKTA_EXAMPLES.map(example => example.text), ...cases.map(([text]) => text)];
        for (const text of texts) {
            it(`prints the parse of its own output identically: ${text}`, () => {
                const once = canonical(text);
                expect(canonical(once)).to.equal(once);
            });
        }

        for (const { source, text } of OKTA_EXAMPLES) {
            it(`keeps the meaning of the ${source} condition on every request of a grid`, () => {
                const original = parsed(text);
                const reprinted = parsed(printExpression(original));
                for (const facts of REQUESTS) {
                    expect(evaluateExpression(reprinted, facts), JSON.stringify(facts)).to.deep.equal(
                        evaluateExpression(original, facts),
                    );
                }
            });
        }
    });
});
