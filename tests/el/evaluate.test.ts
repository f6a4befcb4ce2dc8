import { expect } from "chai";
import {
    evaluateExpression,
    parseExpression,
    type EvaluationOutcome,
    type ExpressionFacts,
    type Expr,
    type Truth,
} from "../../provider/el";
import { OKTA_EXAMPLES } from "./oktaExamples";

function parsed(text: string): Expr {
    const result = parseExpression(text);
    if (!result.ok) throw new Error(`expected ${text} to parse: ${result.problems[0].message}`);
    return result.expr;
}

function evaluate(text: string, facts: ExpressionFacts): EvaluationOutcome {
    return evaluateExpression(parsed(text), facts);
}

const DECIDED = { missingFacts: [], reasons: [] };

describe("evaluateExpression", () => {
    describe("Kleene's three-valued logic", () => {
        const facts = (value: Truth, name: string): Record<string, boolean> =>
            value === "UNDETERMINED" ? {} : { [name]: value === "TRUE" };
        const values: Truth[] = ["TRUE", "FALSE", "UNDETERMINED"];
        const and: Record<Truth, Record<Truth, Truth>> = {
            TRUE: { TRUE: "TRUE", FALSE: "FALSE", UNDETERMINED: "UNDETERMINED" },
            FALSE: { TRUE: "FALSE", FALSE: "FALSE", UNDETERMINED: "FALSE" },
            UNDETERMINED: { TRUE: "UNDETERMINED", FALSE: "FALSE", UNDETERMINED: "UNDETERMINED" },
        };
        const or: Record<Truth, Record<Truth, Truth>> = {
            TRUE: { TRUE: "TRUE", FALSE: "TRUE", UNDETERMINED: "TRUE" },
            FALSE: { TRUE: "TRUE", FALSE: "FALSE", UNDETERMINED: "UNDETERMINED" },
            UNDETERMINED: { TRUE: "TRUE", FALSE: "UNDETERMINED", UNDETERMINED: "UNDETERMINED" },
        };
        for (const a of values) {
            for (const b of values) {
                const deviceProfile = { ...facts(a, "a"), ...facts(b, "b") };
                it(`gives ${a} && ${b} = ${and[a][b]} and ${a} || ${b} = ${or[a][b]}`, () => {
                    expect(
                        evaluate("device.profile.a && device.profile.b", { deviceProfile }).value,
                    ).to.equal(and[a][b]);
                    expect(
                        evaluate("device.profile.a || device.profile.b", { deviceProfile }).value,
                    ).to.equal(or[a][b]);
                });
            }
            it(`gives !${a} = ${{ TRUE: "FALSE", FALSE: "TRUE", UNDETERMINED: "UNDETERMINED" }[a]}`, () => {
                expect(evaluate("!device.profile.a", { deviceProfile: facts(a, "a") }).value).to.equal(
                    { TRUE: "FALSE", FALSE: "TRUE", UNDETERMINED: "UNDETERMINED" }[a],
                );
            });
        }

        it("names the unknown facts that would decide an undetermined result", () => {
            expect(evaluate("device.profile.a && device.profile.b", {})).to.deep.equal({
                value: "UNDETERMINED",
                missingFacts: ["deviceProfile.a", "deviceProfile.b"],
                reasons: [],
            });
        });

        it("leaves out the facts of a side that did not matter", () => {
            expect(
                evaluate("device.profile.a && device.profile.b", { deviceProfile: { b: false } }),
            ).to.deep.equal({
                value: "FALSE",
                ...DECIDED,
            });
        });
    });

    describe("Okta's conditions on requests", () => {
        const table: Array<[string, ExpressionFacts, Truth, string[]]> = [
            [OKTA_EXAMPLES[0].text, { operation: "enroll" }, "TRUE", []],
            [OKTA_EXAMPLES[0].text, { operation: "unenroll", authenticatorKey: "okta_email" }, "FALSE", []],
            [OKTA_EXAMPLES[0].text, { operation: "unenroll", authenticatorKey: "webauthn" }, "TRUE", []],
            [OKTA_EXAMPLES[0].text, { operation: "unenroll" }, "UNDETERMINED", ["authenticatorKey"]],
            [OKTA_EXAMPLES[0].text, {}, "UNDETERMINED", ["operation", "authenticatorKey"]],
            [OKTA_EXAMPLES[1].text, { operation: "enroll", authenticatorKey: "okta_email" }, "FALSE", []],
            [OKTA_EXAMPLES[1].text, { operation: "enroll", authenticatorKey: "yubikey_token" }, "TRUE", []],
            [OKTA_EXAMPLES[1].text, { operation: "recover" }, "FALSE", []],
            [OKTA_EXAMPLES[4].text, { operation: "enroll", authenticatorKey: "smart_card_idp" }, "TRUE", []],
            [
                OKTA_EXAMPLES[4].text,
                { operation: "enroll", authenticatorKey: "okta_verify_push" },
                "FALSE",
                [],
            ],
            [OKTA_EXAMPLES[4].text, { authenticatorKey: "google_otp" }, "FALSE", []],
            [OKTA_EXAMPLES[4].text, { authenticatorKey: "webauthn" }, "UNDETERMINED", ["operation"]],
            [OKTA_EXAMPLES[5].text, { operation: "unlockAccount", authenticatorKey: null }, "TRUE", []],
            [OKTA_EXAMPLES[5].text, { operation: "enroll" }, "FALSE", []],
            [OKTA_EXAMPLES[6].text, { operation: "recover", metadataType: "expiry" }, "TRUE", []],
            [OKTA_EXAMPLES[6].text, { operation: "recover", metadataType: null }, "FALSE", []],
            [OKTA_EXAMPLES[6].text, { operation: "recover" }, "UNDETERMINED", ["metadataType"]],
            [OKTA_EXAMPLES[6].text, { operation: "unlockAccount" }, "FALSE", []],
            [OKTA_EXAMPLES[9].text, { authenticatorKey: "okta_verify_fastpass" }, "TRUE", []],
            [OKTA_EXAMPLES[9].text, { authenticatorKey: "okta_verify" }, "FALSE", []],
        ];
        for (const [text, facts, value, missingFacts] of table) {
            it(`gives ${value} for ${JSON.stringify(facts)} on ${text}`, () => {
                expect(evaluate(text, facts)).to.deep.equal({ value, missingFacts, reasons: [] });
            });
        }
    });

    describe("behaviour Okta does not document", () => {
        it("does not guess what the key of a missing authenticator reads", () => {
            const outcome = evaluate("accessRequest.authenticator.key == 'webauthn'", {
                authenticatorKey: null,
            });
            expect(outcome.value).to.equal("UNDETERMINED");
            expect(outcome.missingFacts).to.deep.equal([]);
            expect(outcome.reasons).to.deep.equal([
                "the request has no authenticator, and Okta does not document what accessRequest.authenticator.key " +
                    "reads then (null, or an evaluation error); write accessRequest.authenticator?.key to read null",
            ]);
        });

        it("reads null through safe navigation on a request without an authenticator", () => {
            const facts = { authenticatorKey: null, authenticatorId: null };
            expect(evaluate("accessRequest.authenticator?.key == 'webauthn'", facts)).to.deep.equal({
                value: "FALSE",
                ...DECIDED,
            });
            expect(evaluate("accessRequest.authenticator?.key == null", facts)).to.deep.equal({
                value: "TRUE",
                ...DECIDED,
            });
            expect(evaluate("accessRequest.authenticator?.id == null", facts)).to.deep.equal({
                value: "TRUE",
                ...DECIDED,
            });
            expect(evaluate("accessRequest.authenticator.id == null", facts).value).to.equal("UNDETERMINED");
        });

        it("decides an authenticator id when the authenticator is there", () => {
            expect(
                evaluate("accessRequest.authenticator.id == 'aut1'", {
                    authenticatorKey: "custom_app",
                    authenticatorId: "aut1",
                }).value,
            ).to.equal("TRUE");
            expect(
                evaluate("accessRequest.authenticator.id == null", {
                    authenticatorKey: "webauthn",
                    authenticatorId: null,
                }).value,
            ).to.equal("TRUE");
            expect(
                evaluate("accessRequest.authenticator.id == null", { authenticatorId: null }),
            ).to.deep.equal({
                value: "UNDETERMINED",
                missingFacts: ["authenticatorKey"],
                reasons: [],
            });
            expect(
                evaluate("accessRequest.authenticator.id == 'aut1'", { authenticatorKey: "webauthn" }),
            ).to.deep.equal({
                value: "UNDETERMINED",
                missingFacts: ["authenticatorId"],
                reasons: [],
            });
        });

        it("still decides when the undocumented part does not matter", () => {
            const text =
                "accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'webauthn'";
            expect(evaluate(text, { operation: "unlockAccount", authenticatorKey: null })).to.deep.equal({
                value: "FALSE",
                ...DECIDED,
            });
        });

        const reasons: Array<[string, ExpressionFacts, string]> = [
            [
                "user.profile.department == 'IT'",
                {},
                "user.profile.department is not available in account management policy conditions",
            ],
            [
                "isMemberOf('x')",
                {},
                "isMemberOf(...) is not documented for account management policy conditions",
            ],
            ["{'a'}.size() == 1", {}, "size(...) is not documented"],
            [
                "accessRequest.operation",
                { operation: "enroll" },
                "accessRequest.operation is 'enroll', not true or false",
            ],
            [
                "accessRequest.operation < 3",
                { operation: "enroll" },
                "'enroll' < 3 orders values of different kinds",
            ],
            ["{'a'} == {'a'}", {}, "comparing a list with '==' is not supported"],
            ["{{'a'}}.contains('a')", {}, "nested lists are not supported"],
            [
                "accessRequest.metadata.type.contains('x')",
                { metadataType: null },
                ".contains(...) is called on null with 'x'",
            ],
        ];
        for (const [text, facts, reason] of reasons) {
            it(`gives UNDETERMINED for ${JSON.stringify(text)}: ${reason}`, () => {
                const outcome = evaluate(text, facts);
                expect(outcome.value).to.equal("UNDETERMINED");
                expect(outcome.reasons.join(" ")).to.contain(reason);
            });
        }
    });

    describe("values and operators", () => {
        const table: Array<[string, ExpressionFacts, Truth]> = [
            ["device.profile.registered == true", { deviceProfile: { registered: true } }, "TRUE"],
            ["device.profile.registered == 'true'", { deviceProfile: { registered: true } }, "FALSE"],
            ["device.profile.osVersion >= 17", { deviceProfile: { osVersion: 17 } }, "TRUE"],
            ["device.profile.osVersion < 17", { deviceProfile: { osVersion: 17 } }, "FALSE"],
            ["device.profile.osVersion > 16.5", { deviceProfile: { osVersion: 17 } }, "TRUE"],
            ["device.profile.osVersion <= -1", { deviceProfile: { osVersion: 17 } }, "FALSE"],
            ["accessRequest.operation > 'enroll'", { operation: "recover" }, "TRUE"],
            ["accessRequest.operation != 'enroll'", { operation: "Enroll" }, "TRUE"],
            [
                "accessRequest.authenticator.key.contains('okta_verify')",
                { authenticatorKey: "okta_verify_push" },
                "TRUE",
            ],
            [
                "accessRequest.authenticator.key.contains('Okta')",
                { authenticatorKey: "okta_verify" },
                "FALSE",
            ],
            ["{}.contains(accessRequest.operation)", { operation: "enroll" }, "FALSE"],
            ["{'a', null}.contains(accessRequest.metadata.type)", { metadataType: null }, "TRUE"],
            ["accessRequest.metadata?.type?.contains('x')", { metadataType: null }, "UNDETERMINED"],
            [
                "device.profile.managed ? accessRequest.operation == 'enroll' : true",
                { deviceProfile: { managed: false } },
                "TRUE",
            ],
            ["device.profile.managed ? true : true", {}, "TRUE"],
            ["device.profile.managed ? true : false", {}, "UNDETERMINED"],
            ["!!device.profile.managed", { deviceProfile: { managed: true } }, "TRUE"],
            ["device.profile.constructor == null", { deviceProfile: {} }, "UNDETERMINED"],
        ];
        for (const [text, facts, value] of table) {
            it(`gives ${value} for ${text} on ${JSON.stringify(facts)}`, () => {
                expect(evaluate(text, facts).value).to.equal(value);
            });
        }
    });
});
