import { expect } from "chai";
import { parseExpression, type Expr } from "../../provider/el";
import { OKTA_EXAMPLES, SUPPORT_ARTICLE_KEYS } from "./oktaExamples";
import { renderTree } from "./renderTree";

function parsed(text: string): Expr {
    const result = parseExpression(text);
    if (!result.ok) throw new Error(`expected ${text} to parse: ${result.problems[0].message}`);
    return result.expr;
}

describe("parseExpression", () => {
    describe("Okta's own conditions", () => {
        for (const { source, text } of OKTA_EXAMPLES) {
            it(`parses the condition of the ${source}`, () => {
                const result = parseExpression(text);
                expect(result.ok, JSON.stringify(result)).to.equal(true);
            });
        }

        for (const key of SUPPORT_ARTICLE_KEYS) {
            it(`parses the support article's enrollment condition for ${key}`, () => {
                const text = `accessRequest.operation == 'enroll' && accessRequest.authenticator.key == '${key}'`;
                expect(renderTree(parsed(text))).to.equal(
                    `((accessRequest.operation == "enroll") && (accessRequest.authenticator.key == "${key}"))`,
                );
            });
        }

        it("reads the guide's mixed condition as enroll || (unenroll && keys), as SpEL does", () => {
            const expr = parsed(OKTA_EXAMPLES[0].text);
            expect(expr.kind).to.equal("logical");
            expect(renderTree(expr)).to.equal(
                '((accessRequest.operation == "enroll") || ((accessRequest.operation == "unenroll") && ' +
                    '((((accessRequest.authenticator.key == "okta_verify") || (accessRequest.authenticator.key == "webauthn")) || ' +
                    '(accessRequest.authenticator.key == "smart_card_idp")) || (accessRequest.authenticator.key == "yubikey_token"))))',
            );
        });

        it("parses the Password Expiry Rule written without spaces around ==", () => {
            expect(
                renderTree(
                    parsed("accessRequest.operation=='recover' && accessRequest.metadata.type=='expiry'"),
                ),
            ).to.equal(
                '((accessRequest.operation == "recover") && (accessRequest.metadata.type == "expiry"))',
            );
        });

        it("parses the help center's recovery condition with no space before ||", () => {
            expect(
                renderTree(
                    parsed(
                        "accessRequest.operation == 'recover'|| accessRequest.operation == 'unlockAccount'",
                    ),
                ),
            ).to.equal(
                '((accessRequest.operation == "recover") || (accessRequest.operation == "unlockAccount"))',
            );
        });

        it("parses an inline list's contains as a call on the list", () => {
            const expr = parsed(
                "{ 'okta_verify', 'webauthn', 'smart_card_idp', 'yubikey_token' }.contains(accessRequest.authenticator.key)",
            );
            expect(expr).to.deep.include({ kind: "call", method: "contains", safe: false });
            expect(renderTree(expr)).to.equal(
                '{"okta_verify","webauthn","smart_card_idp","yubikey_token"}.contains(accessRequest.authenticator.key)',
            );
        });
    });

    describe("precedence and syntax", () => {
        const cases: Array<[string, string]> = [
            ["!accessRequest.operation == 'enroll'", '((!accessRequest.operation) == "enroll")'],
            ["!(accessRequest.operation == 'enroll')", '(!(accessRequest.operation == "enroll"))'],
            ["a || b && c", "(a || (b && c))"],
            ["a && b || c", "((a && b) || c)"],
            ["a || b || c", "((a || b) || c)"],
            ["a or b AND c", "(a || (b && c))"],
            ["NOT a And b", "((!a) && b)"],
            ["!!a", "(!(!a))"],
            ["a eq 'x' or a NE 'y'", '((a == "x") || (a != "y"))'],
            ["a lt 1 and a GE 0 and a le 2 and a gt -1", "((((a < 1) && (a >= 0)) && (a <= 2)) && (a > -1))"],
            ["a < 1 || a > 2 || a <= 3 || a >= 4", "((((a < 1) || (a > 2)) || (a <= 3)) || (a >= 4))"],
            ["a ? b : c || d", "(a ? b : (c || d))"],
            ["a || b ? c : d ? e : f", "((a || b) ? c : (d ? e : f))"],
            ["accessRequest.authenticator?.key == null", "(accessRequest.authenticator?.key == null)"],
            ['\'It\'\'s\' == "say ""hi"""', '("It\'s" == "say \\"hi\\"")'],
            ["x == 1.5e3 || x == 2.25 || x == -2", "(((x == 1500) || (x == 2.25)) || (x == -2))"],
            ["TRUE == x || False == x || NULL == x", "(((true == x) || (false == x)) || (null == x))"],
            ["{}.contains(a)", "{}.contains(a)"],
            [
                "accessRequest.authenticator.key.contains('okta')",
                'accessRequest.authenticator.key.contains("okta")',
            ],
            ["a?.contains('x')", 'a?.contains("x")'],
            ["isMemberOf('x', 'y')", 'isMemberOf("x","y")'],
            ["{'a', 'b'}.contains(x) == true", '({"a","b"}.contains(x) == true)'],
            ["\taccessRequest.operation\n==\r\n'enroll' ", '(accessRequest.operation == "enroll")'],
            [
                "constructor == toString || device.profile.__proto__",
                "((constructor == toString) || device.profile.__proto__)",
            ],
        ];
        for (const [text, tree] of cases) {
            it(`parses ${JSON.stringify(text)} as ${tree}`, () => {
                expect(renderTree(parsed(text))).to.equal(tree);
            });
        }
    });

    describe("source spans", () => {
        it("gives every node its own source text, parentheses included", () => {
            const text = "(accessRequest.operation == 'enroll') && !device.profile.managed";
            const expr = parsed(text);
            if (expr.kind !== "logical") throw new Error("expected &&");
            expect(text.slice(expr.start, expr.end)).to.equal(text);
            expect(text.slice(expr.left.start, expr.left.end)).to.equal(
                "(accessRequest.operation == 'enroll')",
            );
            expect(expr.left.parenthesized).to.equal(true);
            expect(text.slice(expr.right.start, expr.right.end)).to.equal("!device.profile.managed");
            if (expr.left.kind !== "comparison") throw new Error("expected ==");
            expect(text.slice(expr.left.left.start, expr.left.left.end)).to.equal("accessRequest.operation");
            expect(text.slice(expr.left.right.start, expr.left.right.end)).to.equal("'enroll'");
        });

        it("spans a call from its target to its closing parenthesis", () => {
            const text = "x && {'a'}.contains(y)";
            const expr = parsed(text);
            if (expr.kind !== "logical") throw new Error("expected &&");
            expect(text.slice(expr.right.start, expr.right.end)).to.equal("{'a'}.contains(y)");
        });
    });

    describe("syntax errors", () => {
        const cases: Array<[string, string, number]> = [
            [
                "(accessRequest.operation == 'enroll'",
                "expected ')' to close '(' at 0, found the end of the condition at 36",
                36,
            ],
            [
                "a == b == c",
                "comparisons cannot be chained: '==' at 7 follows the comparison that starts at 0",
                7,
            ],
            ["a == b != c", "comparisons cannot be chained: '!=' at 7", 7],
            [
                "accessRequest.operation = 'enroll'",
                "'=' at 24 assigns, which a condition cannot do: compare with '=='",
                24,
            ],
            ["a == 'x' & b == 'y'", "'&' at 9 is not an operator: write '&&'", 9],
            ["a == 'x' | b == 'y'", "'|' at 9 is not an operator: write '||'", 9],
            ["a == 'enroll", "unterminated string starting at 5: add the closing '", 5],
            ["a == \u2018enroll\u2019", "unexpected character '\u2018' at 5: it is a typographic quote", 5],
            ["a == 1; b", "unexpected character ';' at 6", 6],
            ["{'a': 1}.contains(x)", "inline maps ('{key: value}') at 0 are not supported", 4],
            ["#root == 1", "variable references ('#name') at 0 are not supported", 0],
            ["@bean == 1", "bean references ('@name') at 0 are not supported", 0],
            ["T(java.lang.Math).random() > 0", "type references ('T(...)') at 0 are not supported", 0],
            ["new Foo() == 1", "constructors ('new') at 0 are not supported", 0],
            ["a[0] == 'x'", "indexing with '[' at 1 is not supported", 1],
            ["a.?[b == 1]", "collection selection and projection ('.?[') at 1 are not supported", 2],
            ["a + 1 == 2", "arithmetic ('+' at 2) is not supported", 2],
            ["a == 2 * b", "arithmetic ('*' at 7) is not supported", 7],
            ["a matches 'x.*'", "'matches' at 2 is not supported by Okta Expression Language", 2],
            ["a instanceof T(String)", "'instanceof' at 2 is not supported", 2],
            ["a ?: b", "the Elvis operator '?:' at 2 is not supported", 2],
            ["", "the condition is empty", 0],
            ["   ", "the condition is empty", 0],
            ["a == 'x')", "unmatched ')' at 8: remove it or add the '(' it closes", 8],
            [
                "a == 'x' b",
                "unexpected 'b' at 9: expected &&, ||, a comparison or the end of the condition",
                9,
            ],
            ["{'a', 'b'", "expected ',' or '}' to close '{' at 0, found the end of the condition at 9", 9],
            [
                "f('a'",
                "expected ',' or ')' to close the arguments opened at 1, found the end of the condition at 5",
                5,
            ],
            ["a ? b", "expected ':' of the '?' at 2, found the end of the condition at 5", 5],
            ["a. == 1", "expected a property or method name after '.' at 1, found '==' at 3", 3],
            ["0x1F == a", "malformed number '0x1F' at 0: only decimal numbers", 0],
            ["a == 'x' && ", "the condition ends at 12 where a value or name is expected", 12],
            ["('a').length == 1", "property 'length' at 6 can only follow a name", 6],
            ["a && or", "expected a value or name at 5, found the operator 'or'", 5],
            ["- a", "unary '-' at 0 is only supported before a number", 0],
            ["a == )", "expected a value, a name or '(' at 5, found ')'", 5],
        ];
        for (const [text, message, start] of cases) {
            it(`refuses ${JSON.stringify(text)} at ${start}: ${message}`, () => {
                const result = parseExpression(text);
                expect(result.ok).to.equal(false);
                if (result.ok) return;
                expect(result.problems).to.have.length(1);
                const [problem] = result.problems;
                expect(problem.severity).to.equal("error");
                expect(problem.message).to.contain(message);
                expect(problem.start).to.equal(start);
                expect(problem.end).to.be.at.least(start);
            });
        }
    });
});
