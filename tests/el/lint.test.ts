import { expect } from "chai";
import { lintExpression, type ExpressionProblem, type LintOptions } from "../../provider/el";
import { GUIDE_MIXED_EXAMPLE, OKTA_EXAMPLES } from "./oktaExamples";

interface Expected {
    severity: "error" | "warning";
    /** The text the problem points at; its first occurrence gives the expected start and end. */
    at: string;
    message: string;
}

function expectProblems(text: string, expected: Expected[], options?: LintOptions): ExpressionProblem[] {
    const problems = lintExpression(text, options);
    expect(
        problems.map(p => ({ severity: p.severity, start: p.start, end: p.end })),
        JSON.stringify(problems, null, 2),
    ).to.deep.equal(
        expected.map(e => ({
            severity: e.severity,
            start: text.indexOf(e.at),
            end: text.indexOf(e.at) + e.at.length,
        })),
    );
    problems.forEach((problem, i) => expect(problem.message).to.contain(expected[i].message));
    return problems;
}

describe("lintExpression", () => {
    describe("Okta's own conditions", () => {
        for (const { source, text } of OKTA_EXAMPLES.filter(e => e.text !== GUIDE_MIXED_EXAMPLE)) {
            it(`finds nothing wrong with the ${source} condition`, () => {
                expect(lintExpression(text)).to.deep.equal([]);
            });
        }

        it("warns that the guide's condition means enroll || (unenroll && keys) and shows the form meant", () => {
            const [problem] = expectProblems(GUIDE_MIXED_EXAMPLE, [
                { severity: "warning", at: GUIDE_MIXED_EXAMPLE, message: "'&&' binds tighter than '||'" },
            ]);
            const keys =
                "(accessRequest.authenticator.key == 'okta_verify' || accessRequest.authenticator.key == 'webauthn' || " +
                "accessRequest.authenticator.key == 'smart_card_idp' || accessRequest.authenticator.key == 'yubikey_token')";
            expect(problem.message).to.equal(
                "'&&' binds tighter than '||', so the condition at 0 means accessRequest.operation == 'enroll' || " +
                    `(accessRequest.operation == 'unenroll' && ${keys}). If that is intended, write it with those ` +
                    "parentheses; if you meant (accessRequest.operation == 'enroll' || accessRequest.operation == " +
                    `'unenroll') && ${keys}, write that instead`,
            );
        });
    });

    describe("syntax", () => {
        it("reports a syntax error alone, with its position and what was expected", () => {
            expect(lintExpression("(accessRequest.operation == 'enrol'")).to.deep.equal([
                {
                    severity: "error",
                    message: "expected ')' to close '(' at 0, found the end of the condition at 35",
                    start: 35,
                    end: 35,
                },
            ]);
        });
    });

    describe("attributes", () => {
        it("refuses an attribute outside this policy, names the allowed ones and the closest", () => {
            const text = "accessRequest.operations == 'enroll'";
            const [problem] = expectProblems(text, [
                {
                    severity: "error",
                    at: "accessRequest.operations",
                    message: "Did you mean accessRequest.operation?",
                },
            ]);
            expect(problem.message).to.equal(
                "accessRequest.operations (at 0) is not available in account management policy conditions. " +
                    "Did you mean accessRequest.operation? Available: accessRequest.operation, " +
                    "accessRequest.authenticator.key, accessRequest.authenticator.id, accessRequest.metadata.type, " +
                    "device.profile.<property>",
            );
        });

        const refused: Array<[string, string]> = [
            ["user.profile.login == 'a' && accessRequest.operation == 'enroll'", "user.profile.login"],
            ["accessRequest.authenticator == null", "accessRequest.authenticator"],
            ["device.profile == null", "device.profile"],
            ["device.profile.a.b == true", "device.profile.a.b"],
            ["security.risk.level == 'HIGH'", "security.risk.level"],
        ];
        for (const [text, at] of refused) {
            it(`refuses ${at} in ${JSON.stringify(text)}`, () => {
                expectProblems(text, [
                    { severity: "error", at, message: `${at} (at ${text.indexOf(at)}) is not available` },
                ]);
            });
        }

        it("accepts device profile properties and safe navigation", () => {
            expect(
                lintExpression(
                    "device.profile.registered == true && accessRequest.authenticator?.key == 'webauthn' && accessRequest.authenticator.id == 'aut1abc'",
                ),
            ).to.deep.equal([]);
        });

        it("refuses a function call and warns about an undocumented method", () => {
            const text = "user.isMemberOf('x') || {'a'}.size() == 1 || isMemberOfGroupName('Admins')";
            expectProblems(text, [
                { severity: "error", at: "user", message: "user (at 0) is not available" },
                {
                    severity: "warning",
                    at: "user.isMemberOf('x')",
                    message: ".isMemberOf(...) (at 0) is not documented",
                },
                { severity: "warning", at: "{'a'}.size()", message: ".size(...) (at 24) is not documented" },
                {
                    severity: "error",
                    at: "isMemberOfGroupName('Admins')",
                    message: "the function isMemberOfGroupName(...) (at 45)",
                },
            ]);
        });

        it("accepts contains on a text attribute", () => {
            expect(lintExpression("accessRequest.authenticator.key.contains('okta_verify')")).to.deep.equal(
                [],
            );
        });
    });

    describe("values", () => {
        const cases: Array<[string, string, string]> = [
            ["accessRequest.operation == 'unlock'", "'unlock'", "Did you mean 'unlockAccount'?"],
            ["accessRequest.operation == 'Enroll'", "'Enroll'", "Did you mean 'enroll'?"],
            ["accessRequest.operation == 'recovery'", "'recovery'", "Did you mean 'recover'?"],
            [
                "'unlock_account' == accessRequest.operation",
                "'unlock_account'",
                "Did you mean 'unlockAccount'?",
            ],
            [
                "{'enroll', 'reset'}.contains(accessRequest.operation)",
                "'reset'",
                "is not an operation Okta sends",
            ],
            [
                "accessRequest.authenticator.key == 'okta_verfy'",
                "'okta_verfy'",
                "Did you mean 'okta_verify'?",
            ],
            ["accessRequest.authenticator.key == 'password'", "'password'", "Did you mean 'okta_password'?"],
            ["accessRequest.authenticator.key == 'WebAuthn'", "'WebAuthn'", "Did you mean 'webauthn'?"],
            [
                "accessRequest.authenticator.key != 'fido2'",
                "'fido2'",
                "is not an authenticator key Okta knows. Keys:",
            ],
            [
                "accessRequest.operation == 1",
                "1",
                "accessRequest.operation is text, so comparing it with 1 (at 27)",
            ],
            [
                "accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expired'",
                "'expired'",
                "accessRequest.metadata.type is compared with 'expired' (at 71), but its only value is 'expiry'",
            ],
        ];
        for (const [text, at, message] of cases) {
            it(`refuses ${at} in ${JSON.stringify(text)}: ${message}`, () => {
                expectProblems(text, [{ severity: "error", at, message }]);
            });
        }

        it("gives the full message for an unknown operation", () => {
            expect(lintExpression("accessRequest.operation == 'unlock'")[0].message).to.equal(
                "'unlock' (at 27) is not an operation Okta sends in accessRequest.operation. Did you mean " +
                    "'unlockAccount'? Operations: enroll, unenroll, recover, unlockAccount",
            );
        });

        it("accepts null and any authenticator id", () => {
            expect(
                lintExpression(
                    "accessRequest.authenticator?.key != null && accessRequest.authenticator.id == 'anything'",
                ),
            ).to.deep.equal([]);
        });
    });

    describe("Flexible Okta Verify", () => {
        const text =
            "accessRequest.operation == 'enroll' && {'okta_verify', 'webauthn'}.contains(accessRequest.authenticator.key)";

        it("refuses okta_verify when Flexible Okta Verify is on and names the three keys", () => {
            const [problem] = expectProblems(
                text,
                [
                    {
                        severity: "error",
                        at: "'okta_verify'",
                        message: "with Flexible Okta Verify on, Okta rejects",
                    },
                ],
                { flexibleOktaVerify: true },
            );
            expect(problem.message).to.contain(
                "use okta_verify_totp, okta_verify_push or okta_verify_fastpass",
            );
        });

        it("accepts okta_verify when Flexible Okta Verify is off or unknown", () => {
            expect(lintExpression(text, { flexibleOktaVerify: false })).to.deep.equal([]);
            expect(lintExpression(text)).to.deep.equal([]);
        });

        it("warns that a per-method key never matches when Flexible Okta Verify is off", () => {
            const perMethod = "accessRequest.authenticator.key == 'okta_verify_fastpass'";
            expectProblems(
                perMethod,
                [
                    {
                        severity: "warning",
                        at: "'okta_verify_fastpass'",
                        message: "exists only with Flexible Okta Verify",
                    },
                ],
                { flexibleOktaVerify: false },
            );
            expect(lintExpression(perMethod, { flexibleOktaVerify: true })).to.deep.equal([]);
        });
    });

    describe("booleans", () => {
        it("refuses !operation == 'enroll' and gives both fixes", () => {
            const text = "!accessRequest.operation == 'enroll'";
            const [problem] = expectProblems(text, [
                { severity: "error", at: text, message: "'!' binds tighter than '=='" },
            ]);
            expect(problem.message).to.equal(
                "'!' binds tighter than '==': !accessRequest.operation == 'enroll' (at 0) negates " +
                    "accessRequest.operation, a string that is not true or false, and compares the result. Write " +
                    "accessRequest.operation != 'enroll' or !(accessRequest.operation == 'enroll')",
            );
        });

        it("gives the negated operator for != in the same trap", () => {
            const text = "accessRequest.operation == 'recover' && !accessRequest.metadata.type != 'expiry'";
            const [problem] = expectProblems(text, [
                {
                    severity: "error",
                    at: "!accessRequest.metadata.type != 'expiry'",
                    message: "Write accessRequest.metadata.type == 'expiry'",
                },
            ]);
            expect(problem.message).to.contain("or !(accessRequest.metadata.type != 'expiry')");
        });

        const cases: Array<[string, string, string]> = [
            [
                "accessRequest.operation",
                "accessRequest.operation",
                "is a string, but the condition must be true or false",
            ],
            ["'enroll'", "'enroll'", "'enroll' (at 0) is a string, but the condition must be true or false"],
            [
                "accessRequest.operation == 'enroll' && accessRequest.authenticator.key",
                "accessRequest.authenticator.key",
                "is a string, but each side of '&&' must be true or false",
            ],
            [
                "!'x' || accessRequest.operation == 'enroll'",
                "'x'",
                "is a string, but the operand of '!' must be",
            ],
            ["1 ? true : false", "1", "is a number, but the test of '?' must be true or false"],
            ["{'a'}", "{'a'}", "is a list, but the condition must be true or false"],
        ];
        for (const [text, at, message] of cases) {
            it(`refuses ${JSON.stringify(text)}: ${message}`, () => {
                expectProblems(text, [{ severity: "error", at, message }]);
            });
        }

        it("accepts booleans from device properties and ternaries", () => {
            expect(
                lintExpression(
                    "device.profile.managed ? accessRequest.operation == 'enroll' : !device.profile.registered",
                ),
            ).to.deep.equal([]);
        });
    });

    describe("logic", () => {
        it("warns about a && b || c and suggests a && (b || c)", () => {
            const text =
                "accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'webauthn' || accessRequest.authenticator.key == 'okta_verify'";
            const [problem] = expectProblems(text, [
                { severity: "warning", at: text, message: "if you meant" },
            ]);
            expect(problem.message).to.contain(
                "if you meant accessRequest.operation == 'enroll' && (accessRequest.authenticator.key == 'webauthn' || accessRequest.authenticator.key == 'okta_verify')",
            );
        });

        it("does not warn when parentheses make the grouping explicit", () => {
            expect(
                lintExpression(
                    "accessRequest.operation == 'enroll' || (accessRequest.operation == 'unenroll' && accessRequest.authenticator.key == 'webauthn')",
                ),
            ).to.deep.equal([]);
        });

        it("warns once per unparenthesised group, inside parentheses too", () => {
            const inner =
                "accessRequest.operation == 'recover' || accessRequest.operation == 'unlockAccount' && device.profile.managed";
            const text = `device.profile.registered == true && (${inner})`;
            expectProblems(text, [
                { severity: "warning", at: `(${inner})`, message: "'&&' binds tighter than '||'" },
            ]);
        });

        it("warns that an attribute cannot equal two values under &&", () => {
            const text =
                "accessRequest.operation == 'enroll' && (accessRequest.operation == 'recover' && device.profile.managed)";
            const [problem] = expectProblems(text, [
                { severity: "warning", at: text, message: "can never be true" },
            ]);
            expect(problem.message).to.equal(
                "this '&&' at 0 can never be true: accessRequest.operation cannot be 'enroll' (at 0) and 'recover' " +
                    "(at 40) at once. Did you mean '||'?",
            );
        });

        it("warns about a list that excludes the other conjunct's value, and not about overlapping ones", () => {
            const text =
                "{'recover', 'unlockAccount'}.contains(accessRequest.operation) && accessRequest.operation == 'enroll'";
            expectProblems(text, [
                {
                    severity: "warning",
                    at: text,
                    message: "cannot be 'recover' or 'unlockAccount' (at 0) and 'enroll' (at 66)",
                },
            ]);
            expect(
                lintExpression(
                    "{'recover', 'unlockAccount'}.contains(accessRequest.operation) && accessRequest.operation == 'recover'",
                ),
            ).to.deep.equal([]);
        });

        const metadataCases: Array<[string, boolean]> = [
            ["accessRequest.metadata.type == 'expiry'", true],
            ["accessRequest.operation != 'enroll' && accessRequest.metadata.type == 'expiry'", true],
            ["accessRequest.operation == 'recover' || accessRequest.metadata.type == 'expiry'", true],
            ["accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expiry'", false],
            ["accessRequest.operation == 'recover' && accessRequest.metadata.type != 'expiry'", false],
            [
                "accessRequest.operation == 'enroll' || (accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expiry')",
                false,
            ],
            [
                "{'recover'}.contains(accessRequest.operation) && accessRequest.metadata.type == 'expiry'",
                false,
            ],
            ["accessRequest.operation >= 'r' && accessRequest.metadata.type == 'expiry'", true],
            ["accessRequest.operation == 'recover' && accessRequest.metadata.type >= 'e'", false],
        ];
        for (const [text, warns] of metadataCases) {
            it(`${warns ? "warns" : "does not warn"} that metadata.type is read outside recover in ${JSON.stringify(text)}`, () => {
                expectProblems(
                    text,
                    warns
                        ? [
                              {
                                  severity: "warning",
                                  at: "accessRequest.metadata.type",
                                  message: "Okta sets metadata only on recover requests",
                              },
                          ]
                        : [],
                );
            });
        }
    });

    it("reports every problem together, ordered by position", () => {
        const text =
            "accessRequest.operation == 'unlock' && accessRequest.authenticator.key == 'okta_verfy' || user.id == 'x'";
        expectProblems(text, [
            { severity: "warning", at: text, message: "'&&' binds tighter than '||'" },
            { severity: "error", at: "'unlock'", message: "Did you mean 'unlockAccount'?" },
            { severity: "error", at: "'okta_verfy'", message: "Did you mean 'okta_verify'?" },
            { severity: "error", at: "user.id", message: "user.id (at 90) is not available" },
        ]);
    });
});
