import { expect } from "chai";
import {
    evaluateExpression,
    expressionsEquivalent,
    parseExpression,
    printExpression,
} from "../../provider/el";
import type { ExpressionFacts } from "../../provider/el";
import type { PresetOptions } from "../../provider/presets/presetParts";
import { useCases } from "../../provider/presets/useCases";
import type { AccountManagementPolicyRuleArgs } from "../../provider/resources/accountManagementPolicyRule";
import { buildCreateBody } from "../../provider/rule/requestBody";
import { applyInputDefaults, validateRuleInputs } from "../../provider/rule/validate";
import {
    ADMIN_CONSOLE_FIRST_PHISHING_RESISTANT_CONDITION,
    AUTHENTICATOR_ENROLLMENT_BODY,
    GUIDE_FIRST_PHISHING_RESISTANT_REQUEST,
    PASSWORD_RECOVERY_AND_UNLOCK_CONDITION,
} from "./referenceBodies";

const OFFICE_ZONE = "nzo5dtwhzly9mXvlN0g7";
const ADMINS_GROUP = "00g1emaKYZTWRYYRRTSK";

/** The request body the provider sends to create a rule declared with `args` (check's defaults, then the body). */
function requestBodyOf(args: AccountManagementPolicyRuleArgs): Record<string, unknown> {
    return buildCreateBody(applyInputDefaults(args as unknown as Record<string, unknown>)) as Record<
        string,
        unknown
    >;
}

/** `text` as the canonical printer writes it, e.g. the Admin Console's `( a || b )` → `(a || b)`. */
function canonical(text: string): string {
    const parsed = parseExpression(text);
    if (!parsed.ok) throw new Error(`reference expression does not parse: ${text}`);
    return printExpression(parsed.expr);
}

function conditionOf(args: AccountManagementPolicyRuleArgs): string {
    return (args.conditions as { elCondition: { condition: string } }).elCondition.condition;
}

function matches(condition: string, facts: ExpressionFacts): string {
    const parsed = parseExpression(condition);
    if (!parsed.ok) throw new Error(`does not parse: ${condition}`);
    return evaluateExpression(parsed.expr, facts).value;
}

const READ_ONLY_FIELDS = ["id", "system", "status", "created", "lastUpdated", "_links", "initialMode"];

function withoutReadOnlyFields(rule: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(rule).filter(([key]) => !READ_ONLY_FIELDS.includes(key)));
}

describe("useCases presets", () => {
    describe("firstPhishingResistantAuthenticator", () => {
        it("sends the guide's request without its read-only fields, with the Admin Console's condition", () => {
            const args = useCases.firstPhishingResistantAuthenticator({
                zones: [OFFICE_ZONE],
                name: "Test rule",
                userPresence: "OPTIONAL",
            });
            const guide = withoutReadOnlyFields(GUIDE_FIRST_PHISHING_RESISTANT_REQUEST);
            expect(requestBodyOf(args)).to.deep.equal({
                ...guide,
                conditions: {
                    ...GUIDE_FIRST_PHISHING_RESISTANT_REQUEST.conditions,
                    elCondition: { condition: canonical(ADMIN_CONSOLE_FIRST_PHISHING_RESISTANT_CONDITION) },
                },
            });
        });

        it("requires user interaction on the possession factor by default, as the Admin Console does", () => {
            const body = requestBodyOf(
                useCases.firstPhishingResistantAuthenticator({ zones: [OFFICE_ZONE] }),
            );
            expect(body).to.deep.nested.include({
                "actions.appSignOn.verificationMethod.constraints": [
                    { possession: { userPresence: "REQUIRED" } },
                ],
                name: "First phishing-resistant authenticator",
                priority: 1,
            });
        });

        it("means the Admin Console's condition, not the guide's JSON condition", () => {
            const condition = conditionOf(
                useCases.firstPhishingResistantAuthenticator({ zones: [OFFICE_ZONE] }),
            );
            const guideCondition = GUIDE_FIRST_PHISHING_RESISTANT_REQUEST.conditions.elCondition.condition;
            expect(
                expressionsEquivalent(condition, ADMIN_CONSOLE_FIRST_PHISHING_RESISTANT_CONDITION),
            ).to.equal(true);
            expect(expressionsEquivalent(condition, guideCondition)).to.equal(false);
        });

        const requests: { facts: ExpressionFacts; preset: string; guide: string }[] = [
            { facts: { operation: "enroll", authenticatorKey: "webauthn" }, preset: "TRUE", guide: "TRUE" },
            {
                facts: { operation: "enroll", authenticatorKey: "okta_email" },
                preset: "FALSE",
                guide: "TRUE",
            },
            {
                facts: { operation: "enroll", authenticatorKey: "phone_number" },
                preset: "FALSE",
                guide: "TRUE",
            },
            {
                facts: { operation: "unenroll", authenticatorKey: "webauthn" },
                preset: "FALSE",
                guide: "TRUE",
            },
            {
                facts: { operation: "recover", authenticatorKey: "okta_password" },
                preset: "FALSE",
                guide: "FALSE",
            },
        ];
        for (const { facts, preset, guide } of requests) {
            it(`evaluates ${facts.operation} of ${facts.authenticatorKey} to ${preset} (the guide's JSON: ${guide})`, () => {
                const condition = conditionOf(
                    useCases.firstPhishingResistantAuthenticator({ zones: [OFFICE_ZONE] }),
                );
                expect(matches(condition, facts)).to.equal(preset);
                expect(
                    matches(GUIDE_FIRST_PHISHING_RESISTANT_REQUEST.conditions.elCondition.condition, facts),
                ).to.equal(guide);
            });
        }

        it("refuses an empty list of zones, naming the option and the fix", () => {
            expect(() => useCases.firstPhishingResistantAuthenticator({ zones: [] })).to.throw(
                /firstPhishingResistantAuthenticator: zones is empty; pass the ids of the trusted IP network zones/,
            );
        });
    });

    describe("authenticatorEnrollment", () => {
        it("sends the body mapped from the Admin Console's settings", () => {
            expect(requestBodyOf(useCases.authenticatorEnrollment())).to.deep.equal(
                AUTHENTICATOR_ENROLLMENT_BODY,
            );
        });
    });

    describe("passwordRecoveryAndUnlock", () => {
        it("sends the enrollment body with the Admin Console's recovery and unlock condition, at priority 3", () => {
            expect(requestBodyOf(useCases.passwordRecoveryAndUnlock())).to.deep.equal({
                ...AUTHENTICATOR_ENROLLMENT_BODY,
                name: "Phishing-resistant password recovery and unlock",
                priority: 3,
                conditions: {
                    ...AUTHENTICATOR_ENROLLMENT_BODY.conditions,
                    elCondition: { condition: canonical(PASSWORD_RECOVERY_AND_UNLOCK_CONDITION) },
                },
            });
        });

        const operations: { operation: string; expected: string }[] = [
            { operation: "recover", expected: "TRUE" },
            { operation: "unlockAccount", expected: "TRUE" },
            { operation: "enroll", expected: "FALSE" },
            { operation: "unenroll", expected: "FALSE" },
        ];
        for (const { operation, expected } of operations) {
            it(`evaluates ${operation} to ${expected}`, () => {
                expect(matches(conditionOf(useCases.passwordRecoveryAndUnlock()), { operation })).to.equal(
                    expected,
                );
            });
        }
    });

    const presets: { name: string; build: (options?: PresetOptions) => AccountManagementPolicyRuleArgs }[] = [
        {
            name: "firstPhishingResistantAuthenticator",
            build: options =>
                useCases.firstPhishingResistantAuthenticator({ zones: [OFFICE_ZONE], ...options }),
        },
        { name: "authenticatorEnrollment", build: options => useCases.authenticatorEnrollment(options) },
        { name: "passwordRecoveryAndUnlock", build: options => useCases.passwordRecoveryAndUnlock(options) },
    ];

    for (const { name, build } of presets) {
        it(`${name} passes the provider's check`, () => {
            expect(validateRuleInputs(build() as unknown as Record<string, unknown>)).to.deep.equal([]);
        });

        it(`${name} limits the rule to the given groups`, () => {
            expect(requestBodyOf(build({ groups: [ADMINS_GROUP] }))).to.deep.nested.include({
                "conditions.people.groups": { include: [ADMINS_GROUP], exclude: [] },
            });
        });

        it(`${name} takes the name and priority it is given`, () => {
            expect(requestBodyOf(build({ name: "custom", priority: 7 }))).to.include({
                name: "custom",
                priority: 7,
            });
        });
    }

    it("orders the three rules as Okta recommends, leaving priority 0 to the Password Expiry Rule", () => {
        const priorities = [
            useCases.firstPhishingResistantAuthenticator({ zones: [OFFICE_ZONE] }),
            useCases.authenticatorEnrollment(),
            useCases.passwordRecoveryAndUnlock(),
        ].map(args => args.priority as number);
        expect(priorities[0]).to.be.greaterThan(0);
        expect([...priorities].sort((a, b) => a - b)).to.deep.equal(priorities);
        expect(new Set(priorities).size).to.equal(3);
    });
});
