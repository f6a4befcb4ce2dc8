import { expect } from "chai";
import {
    assessSatisfaction,
    describeRequirement,
    findExpressionCoverage,
    orderRules,
    type AccessRequest,
    type EnrolledAuthenticator,
} from "../../provider/evaluate";
import type { Constraint, FactorMode, RuleActions } from "../../provider/rule/types";
import {
    allowWith,
    CATCH_ALL,
    DENY,
    GUIDE_DEFECTIVE_EXPRESSION,
    IDV_PROVIDER,
    PASSWORD_EXPIRY_RULE,
} from "./guidePolicy";

describe("describeRequirement", () => {
    const cases: Array<[string, RuleActions, string]> = [
        ["DENY as access denied", DENY, "access denied"],
        [
            "alternatives as OR and one object's properties as AND",
            allowWith(
                [
                    { possession: { phishingResistant: "REQUIRED", hardwareProtection: "REQUIRED" } },
                    { knowledge: { types: ["password"] }, possession: { deviceBound: "REQUIRED" } },
                ],
                "2FA",
            ),
            "any 2 factor types; one of: [possession factor, phishing resistant, hardware protected] or [knowledge " +
                "factor, type password, possession factor, device bound]; re-authenticate every time",
        ],
        [
            "allowed and excluded methods, and user verification",
            allowWith([
                {
                    possession: {
                        authenticationMethods: [
                            { key: "okta_verify", method: "SIGNED_NONCE" },
                            { key: "webauthn" },
                        ],
                        excludedAuthenticationMethods: [{ key: "phone_number" }],
                        userVerification: "REQUIRED",
                        userVerificationMethods: ["BIOMETRICS"],
                    },
                },
            ]),
            "1 factor type; one of: [possession factor, only okta_verify (SIGNED_NONCE), webauthn, not phone_number, " +
                "user verification (BIOMETRICS)]; re-authenticate every time",
        ],
        [
            "identity verification with its provider",
            { appSignOn: { access: "ALLOW", verificationMethod: { type: "ID_PROOFING", id: IDV_PROVIDER } } },
            `identity verification with ${IDV_PROVIDER}`,
        ],
        [
            "a re-authentication period other than every time",
            {
                appSignOn: {
                    access: "ALLOW",
                    verificationMethod: { type: "ASSURANCE", factorMode: "1FA", reauthenticateIn: "PT1H" },
                },
            },
            "1 factor type; re-authenticate after PT1H",
        ],
    ];
    for (const [title, actions, text] of cases) {
        it(`describes ${title}`, () => {
            expect(describeRequirement(actions).text).to.equal(text);
        });
    }

    it("explains the catch-all's 2FA_If_Possible as undocumented, with the inference it rests on", () => {
        const requirement = describeRequirement(CATCH_ALL.actions);
        expect(requirement.factorMode).to.equal("2FA_If_Possible");
        expect(requirement.text).to.equal(
            "2FA if the user has two factor types enrolled, otherwise 1 [inference]; re-authenticate every time",
        );
        expect(requirement.notes).to.deep.equal([
            "2FA_If_Possible is not documented by Okta; read as 2FA if the user has two factor types enrolled, otherwise 1 [inference]",
        ]);
    });
});

describe("assessSatisfaction", () => {
    const recover = (
        enrolled: EnrolledAuthenticator[],
        extra: Partial<AccessRequest> = {},
    ): AccessRequest => ({
        operation: "recover",
        metadataType: null,
        user: { groups: [], enrolledAuthenticators: enrolled },
        ...extra,
    });
    const cases: Array<[string, Constraint[], FactorMode, AccessRequest, string]> = [
        [
            "a phishing-resistant possession factor is met by webauthn",
            [{ possession: { phishingResistant: "REQUIRED" } }],
            "1FA",
            recover(["webauthn"]),
            "SATISFIED",
        ],
        [
            "a phishing-resistant possession factor is not met by email and SMS",
            [{ possession: { phishingResistant: "REQUIRED" } }],
            "1FA",
            recover(["okta_email", "phone_number"]),
            "NOT_SATISFIED",
        ],
        [
            "hardware protection is undetermined with FastPass (only in some configurations)",
            [{ possession: { hardwareProtection: "REQUIRED" } }],
            "1FA",
            recover([{ key: "okta_verify", methods: ["SIGNED_NONCE"] }]),
            "UNDETERMINED",
        ],
        [
            "two factor types are met by email and a security question",
            [],
            "2FA",
            recover(["okta_email", "security_question"]),
            "SATISFIED",
        ],
        [
            "two factor types with webauthn alone depend on user verification counting as inherence",
            [],
            "2FA",
            recover(["webauthn"]),
            "UNDETERMINED",
        ],
        [
            "two factor types are not met by email and SMS (both possession)",
            [],
            "2FA",
            recover(["okta_email", "phone_number"]),
            "NOT_SATISFIED",
        ],
        ["the password does not count on recovery", [], "1FA", recover(["okta_password"]), "NOT_SATISFIED"],
        [
            "the password counts on a password-expiry recovery",
            [],
            "1FA",
            recover(["okta_password"], { metadataType: "expiry" }),
            "SATISFIED",
        ],
        [
            "the password does not count to unlock an account",
            [],
            "1FA",
            { ...recover(["okta_password"]), operation: "unlockAccount" },
            "NOT_SATISFIED",
        ],
        [
            "an authenticator the table does not know leaves its part undetermined",
            [{ possession: {} }],
            "1FA",
            recover(["tac"]),
            "UNDETERMINED",
        ],
        [
            "a types filter in lower case is honoured",
            [{ knowledge: { types: ["security_question"] } }],
            "1FA",
            recover(["security_question"]),
            "SATISFIED",
        ],
        [
            "an excluded method does not count",
            [{ possession: { excludedAuthenticationMethods: [{ key: "okta_email" }] } }],
            "1FA",
            recover(["okta_email"]),
            "NOT_SATISFIED",
        ],
    ];
    for (const [title, constraints, factorMode, request, status] of cases) {
        it(title, () => {
            const satisfaction = assessSatisfaction(allowWith(constraints, factorMode), request);
            expect(satisfaction?.status, satisfaction?.reason).to.equal(status);
        });
    }

    it("is absent when the request does not list the user's authenticators", () => {
        expect(assessSatisfaction(DENY, { operation: "enroll", user: { groups: [] } })).to.equal(undefined);
    });

    it("names what the user can use and why it falls short", () => {
        const satisfaction = assessSatisfaction(
            allowWith([{ possession: { phishingResistant: "REQUIRED" } }]),
            {
                operation: "enroll",
                authenticator: { key: "webauthn" },
                user: { groups: [], enrolledAuthenticators: ["okta_password", "okta_email", "webauthn"] },
            },
        );
        expect(satisfaction).to.deep.equal({
            status: "NOT_SATISFIED",
            reason:
                "no usable authenticator meets the possession part of [possession factor, phishing resistant] " +
                "(usable: okta_password, okta_email)",
            usable: ["okta_password", "okta_email"],
        });
    });
});

describe("findExpressionCoverage", () => {
    const cases: Array<[string | undefined, string]> = [
        [undefined, "every operation and profile edits"],
        [
            "accessRequest.operation == 'recover' || accessRequest.operation == 'unlockAccount'",
            "recover: any authenticator; unlockAccount: any authenticator",
        ],
        [
            "accessRequest.operation == 'enroll' && (accessRequest.authenticator.key == 'webauthn' || accessRequest.authenticator.key == 'okta_verify')",
            "enroll: webauthn, okta_verify",
        ],
        [
            GUIDE_DEFECTIVE_EXPRESSION,
            "enroll: any authenticator; unenroll: okta_verify, webauthn, smart_card_idp, yubikey_token",
        ],
        [
            PASSWORD_EXPIRY_RULE.conditions?.elCondition?.condition,
            "recover: any authenticator (password expiry only)",
        ],
        [
            "accessRequest.operation == 'recover' && accessRequest.metadata.type != 'expiry'",
            "recover: any authenticator (not password expiry)",
        ],
        [
            "accessRequest.operation == 'enroll' && accessRequest.authenticator.key != 'okta_password'",
            "enroll: any authenticator except okta_password",
        ],
        [
            "accessRequest.operation == 'enroll' && device.profile.registered == true",
            "enroll: any authenticator (depends on other facts)",
        ],
        [
            "accessRequest.operation == 'enroll' && accessRequest.operation == 'recover'",
            "no request (the expression is never true)",
        ],
    ];
    for (const [condition, text] of cases) {
        it(`reads ${condition ?? "no expression"} as "${text}"`, () => {
            expect(findExpressionCoverage(condition).text).to.equal(text);
        });
    }
});

describe("orderRules", () => {
    it("puts prioritised rules first, then unprioritised ones in list order, then the catch-all", () => {
        const order = orderRules([
            CATCH_ALL,
            { name: "no priority", actions: DENY },
            { name: "second", priority: 5, actions: DENY },
            { name: "first", priority: 0, actions: DENY },
            { name: "inactive", priority: 1, status: "INACTIVE", actions: DENY },
        ]);
        expect(order.map(o => [o.rule.name, o.position, o.active, o.catchAll])).to.deep.equal([
            ["first", 0, true, false],
            ["inactive", 1, false, false],
            ["second", 2, true, false],
            ["no priority", 3, true, false],
            ["Catch-all Rule", 4, true, true],
        ]);
    });
});
