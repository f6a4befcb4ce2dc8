import { expect } from "chai";
import { evaluate, type AccessRequest, type RuleDefinition } from "../../provider/evaluate";
import {
    allowWith,
    CATCH_ALL,
    CONTRACTORS,
    DENY,
    EMPLOYEES,
    FIRST_PHISHING_RESISTANT,
    GUIDE_DEFECTIVE_EXPRESSION,
    GUIDE_POLICY,
    IDV_PROVIDER,
    OFFICE_ZONE,
    PASSWORD_EXPIRY_RULE,
    PHISHING_RESISTANT_ENROLLMENT,
    RECOVERY_AND_UNLOCK,
    ruleWith,
} from "./guidePolicy";

const PR_POSSESSION =
    "1 factor type; one of: [possession factor, phishing resistant]; re-authenticate every time";
const CATCH_ALL_TEXT =
    "2FA if the user has two factor types enrolled, otherwise 1 [inference]; re-authenticate every time";

function request(operation: AccessRequest["operation"], extra: Partial<AccessRequest> = {}): AccessRequest {
    return { operation, metadataType: null, zones: [], risk: "LOW", user: { groups: [] }, ...extra };
}

interface Case {
    title: string;
    rules: RuleDefinition[];
    request: AccessRequest;
    rule: string;
    requirement: string;
    satisfaction?: "SATISFIED" | "NOT_SATISFIED" | "UNDETERMINED";
}

const CASES: Case[] = [
    {
        title: "use case 1: enrolling webauthn from the office at low risk fires the first-authenticator rule",
        rules: GUIDE_POLICY,
        request: request("enroll", {
            authenticator: { key: "webauthn" },
            zones: [OFFICE_ZONE],
            user: { groups: [], enrolledAuthenticators: ["okta_password", "okta_email"] },
        }),
        rule: "First phishing-resistant authenticator",
        requirement: "any 2 factor types; one of: [possession factor]; re-authenticate every time",
        satisfaction: "SATISFIED",
    },
    {
        title: "use case 1 does not apply outside the office zone, so use case 2 asks for a phishing-resistant factor",
        rules: GUIDE_POLICY,
        request: request("enroll", {
            authenticator: { key: "webauthn" },
            user: { groups: [], enrolledAuthenticators: ["okta_password", "okta_email"] },
        }),
        rule: "Phishing-resistant authenticator enrollment",
        requirement: PR_POSSESSION,
        satisfaction: "NOT_SATISFIED",
    },
    {
        title: "use case 1 does not apply at HIGH risk even in the office (risk levels match exactly)",
        rules: GUIDE_POLICY,
        request: request("enroll", {
            authenticator: { key: "webauthn" },
            zones: [OFFICE_ZONE],
            risk: "HIGH",
        }),
        rule: "Phishing-resistant authenticator enrollment",
        requirement: PR_POSSESSION,
    },
    {
        title: "use case 2: enrolling email with Okta Verify FastPass satisfies the phishing-resistant requirement",
        rules: GUIDE_POLICY,
        request: request("enroll", {
            authenticator: { key: "okta_email" },
            zones: [OFFICE_ZONE],
            user: { groups: [], enrolledAuthenticators: [{ key: "okta_verify", methods: ["SIGNED_NONCE"] }] },
        }),
        rule: "Phishing-resistant authenticator enrollment",
        requirement: PR_POSSESSION,
        satisfaction: "SATISFIED",
    },
    {
        title: "use case 2: Okta Verify push alone is not phishing resistant",
        rules: GUIDE_POLICY,
        request: request("enroll", {
            authenticator: { key: "okta_email" },
            user: { groups: [], enrolledAuthenticators: [{ key: "okta_verify", methods: ["PUSH"] }] },
        }),
        rule: "Phishing-resistant authenticator enrollment",
        requirement: PR_POSSESSION,
        satisfaction: "NOT_SATISFIED",
    },
    {
        title: "use case 3: a recovery that is not a password expiry needs a phishing-resistant factor",
        rules: GUIDE_POLICY,
        request: request("recover", {
            authenticator: { key: "okta_password" },
            user: { groups: [], enrolledAuthenticators: ["okta_password", "webauthn"] },
        }),
        rule: "Phishing-resistant recovery and unlock",
        requirement: PR_POSSESSION,
        satisfaction: "SATISFIED",
    },
    {
        title: "use case 3: unlocking an account goes to the same rule",
        rules: GUIDE_POLICY,
        request: request("unlockAccount", {
            user: { groups: [], enrolledAuthenticators: ["okta_password"] },
        }),
        rule: "Phishing-resistant recovery and unlock",
        requirement: PR_POSSESSION,
        satisfaction: "NOT_SATISFIED",
    },
    {
        title: "the Password Expiry Rule takes an expiry recovery, and there the password counts",
        rules: GUIDE_POLICY,
        request: request("recover", {
            authenticator: { key: "okta_password" },
            metadataType: "expiry",
            user: { groups: [], enrolledAuthenticators: ["okta_password"] },
        }),
        rule: "Password Expiry Rule",
        requirement: "1 factor type; one of: [knowledge factor, type password]; re-authenticate every time",
        satisfaction: "SATISFIED",
    },
    {
        title: "the catch-all takes unenrollment, which no use case names, with its undocumented 2FA_If_Possible",
        rules: GUIDE_POLICY,
        request: request("unenroll", {
            authenticator: { key: "okta_email" },
            user: { groups: [], enrolledAuthenticators: ["okta_password", "okta_email"] },
        }),
        rule: "Catch-all Rule",
        requirement: CATCH_ALL_TEXT,
        satisfaction: "SATISFIED",
    },
    {
        title: "the catch-all with one factor type is undetermined: 2FA_If_Possible is not documented",
        rules: GUIDE_POLICY,
        request: request("unenroll", {
            authenticator: { key: "okta_email" },
            user: { groups: [], enrolledAuthenticators: ["okta_password"] },
        }),
        rule: "Catch-all Rule",
        requirement: CATCH_ALL_TEXT,
        satisfaction: "UNDETERMINED",
    },
    {
        title: "hazard: the guide's precedence defect lets every enrollment through its first rule",
        rules: [
            {
                ...FIRST_PHISHING_RESISTANT,
                conditions: {
                    ...FIRST_PHISHING_RESISTANT.conditions,
                    elCondition: { condition: GUIDE_DEFECTIVE_EXPRESSION },
                },
            },
            PHISHING_RESISTANT_ENROLLMENT,
        ],
        request: request("enroll", { authenticator: { key: "okta_email" }, zones: [OFFICE_ZONE] }),
        rule: "First phishing-resistant authenticator",
        requirement: "any 2 factor types; one of: [possession factor]; re-authenticate every time",
    },
    {
        title: "hazard: a user with only a password cannot enroll a first authenticator under use case 2 (deny, no fall-through)",
        rules: GUIDE_POLICY,
        request: request("enroll", {
            authenticator: { key: "okta_email" },
            user: { groups: [], enrolledAuthenticators: ["okta_password"] },
        }),
        rule: "Phishing-resistant authenticator enrollment",
        requirement: PR_POSSESSION,
        satisfaction: "NOT_SATISFIED",
    },
    {
        title: "hazard: the authenticator being enrolled does not count towards its own enrollment",
        rules: GUIDE_POLICY,
        request: request("enroll", {
            authenticator: { key: "webauthn" },
            user: { groups: [], enrolledAuthenticators: ["okta_password", "webauthn"] },
        }),
        rule: "Phishing-resistant authenticator enrollment",
        requirement: PR_POSSESSION,
        satisfaction: "NOT_SATISFIED",
    },
    {
        title: "hazard: constraint objects are alternatives, so a security question alone satisfies [possession] or [security question]",
        rules: [
            ruleWith(
                "Recover",
                "accessRequest.operation == 'recover'",
                allowWith([{ possession: {} }, { knowledge: { types: ["security_question"] } }]),
            ),
        ],
        request: request("recover", {
            user: { groups: [], enrolledAuthenticators: ["okta_password", "security_question"] },
        }),
        rule: "Recover",
        requirement:
            "1 factor type; one of: [possession factor] or [knowledge factor, type security_question]; re-authenticate every time",
        satisfaction: "SATISFIED",
    },
    {
        title: "hazard: a recovery rule that requires the password cannot be satisfied by a user recovering it",
        rules: [
            ruleWith(
                "Recover",
                "accessRequest.operation == 'recover'",
                allowWith([{ knowledge: { types: ["password"] } }]),
            ),
        ],
        request: request("recover", {
            user: { groups: [], enrolledAuthenticators: ["okta_password", "okta_email"] },
        }),
        rule: "Recover",
        requirement: "1 factor type; one of: [knowledge factor, type password]; re-authenticate every time",
        satisfaction: "NOT_SATISFIED",
    },
    {
        title: "hazard: a device-bound recovery rule does not match a user on an unregistered device, who falls through",
        rules: [
            ruleWith(
                "Recover on a registered device",
                "accessRequest.operation == 'recover'",
                allowWith([{ possession: {} }]),
                {
                    conditions: { device: { registered: true, managed: true } },
                },
            ),
            ruleWith("Recover otherwise", "accessRequest.operation == 'recover'", DENY),
        ],
        request: request("recover", {
            device: { registered: false },
            user: { groups: [], enrolledAuthenticators: ["okta_email"] },
        }),
        rule: "Recover otherwise",
        requirement: "access denied",
        satisfaction: "NOT_SATISFIED",
    },
    {
        title: "an inactive rule never fires",
        rules: [{ ...RECOVERY_AND_UNLOCK, status: "INACTIVE" }, CATCH_ALL],
        request: request("recover"),
        rule: "Catch-all Rule",
        requirement: CATCH_ALL_TEXT,
    },
    {
        title: "an identity verification rule asks for the provider, whatever the user has enrolled",
        rules: [
            ruleWith("Verify identity", "accessRequest.operation == 'enroll'", {
                appSignOn: { access: "ALLOW", verificationMethod: { type: "ID_PROOFING", id: IDV_PROVIDER } },
            }),
        ],
        request: request("enroll", {
            authenticator: { key: "webauthn" },
            user: { groups: [], enrolledAuthenticators: [] },
        }),
        rule: "Verify identity",
        requirement: `identity verification with ${IDV_PROVIDER}`,
        satisfaction: "UNDETERMINED",
    },
    {
        title: "a group exclusion beats the inclusion",
        rules: [
            ruleWith("Contractors", undefined, DENY, {
                conditions: { people: { groups: { include: [CONTRACTORS], exclude: [EMPLOYEES] } } },
            }),
        ],
        request: request("enroll", {
            authenticator: { key: "okta_email" },
            user: { groups: [CONTRACTORS, EMPLOYEES] },
        }),
        rule: "Catch-all Rule",
        requirement: CATCH_ALL_TEXT,
    },
    {
        title: "users and groups must both match",
        rules: [
            ruleWith("One contractor", undefined, DENY, {
                conditions: {
                    people: { groups: { include: [CONTRACTORS] }, users: { include: ["00u1alice"] } },
                },
            }),
        ],
        request: request("enroll", {
            authenticator: { key: "okta_email" },
            user: { id: "00u2bob", groups: [CONTRACTORS] },
        }),
        rule: "Catch-all Rule",
        requirement: CATCH_ALL_TEXT,
    },
    {
        title: "ALL_ZONES excluded matches a request from no zone",
        rules: [
            ruleWith("Off network", undefined, DENY, {
                conditions: { network: { connection: "ZONE", exclude: ["ALL_ZONES"] } },
            }),
        ],
        request: request("recover", { zones: [] }),
        rule: "Off network",
        requirement: "access denied",
    },
    {
        title: "a platform entry with OS ANY matches every OS of its type, and the exclusion beats it",
        rules: [
            ruleWith("Mobile but not Android", undefined, DENY, {
                conditions: {
                    platform: {
                        include: [{ type: "MOBILE", os: { type: "ANY" } }],
                        exclude: [{ type: "MOBILE", os: { type: "ANDROID" } }],
                    },
                },
            }),
        ],
        request: request("recover", { platform: { type: "MOBILE", os: "ANDROID" } }),
        rule: "Catch-all Rule",
        requirement: CATCH_ALL_TEXT,
    },
];

describe("evaluate", () => {
    describe("which rule fires and what the user must present", () => {
        for (const c of CASES) {
            it(c.title, () => {
                const result = evaluate(c.rules, c.request);
                expect(result.status, result.summary).to.equal("DETERMINED");
                expect(result.rule).to.equal(c.rule);
                expect(result.outcome?.requirement.text).to.equal(c.requirement);
                expect(result.outcome?.satisfaction?.status).to.equal(c.satisfaction);
            });
        }
    });

    it("says why each earlier rule did not match, per condition", () => {
        const result = evaluate(
            GUIDE_POLICY,
            request("enroll", { authenticator: { key: "webauthn" }, risk: "HIGH" }),
        );
        expect(result.trace.map(t => [t.rule, t.status])).to.deep.equal([
            ["Password Expiry Rule", "NOT_MATCH"],
            ["First phishing-resistant authenticator", "NOT_MATCH"],
            ["Phishing-resistant authenticator enrollment", "MATCH"],
        ]);
        const first = result.trace[1].conditions;
        expect(first.find(c => c.condition === "network")).to.deep.include({ status: "NOT_MATCH" });
        expect(first.find(c => c.condition === "riskScore")).to.deep.equal({
            condition: "riskScore",
            status: "NOT_MATCH",
            reason: "risk HIGH; the rule matches LOW only",
            missingFacts: [],
        });
        expect(first.find(c => c.condition === "elCondition")?.status).to.equal("MATCH");
        expect(result.trace[0].reason).to.match(/^elCondition: .* is false$/);
    });

    it("is undetermined when a rule before the first match needs an unknown fact, and lists the rules that could fire", () => {
        const result = evaluate(GUIDE_POLICY, {
            operation: "enroll",
            authenticator: { key: "webauthn" },
            user: { groups: [], enrolledAuthenticators: ["okta_password", "okta_email"] },
        });
        expect(result.status).to.equal("UNDETERMINED");
        expect(result.rule).to.equal(undefined);
        expect(result.missingFacts).to.deep.equal(["zones", "risk"]);
        expect(result.candidates.map(c => [c.rule, c.satisfaction?.status])).to.deep.equal([
            ["First phishing-resistant authenticator", "SATISFIED"],
            ["Phishing-resistant authenticator enrollment", "NOT_SATISFIED"],
        ]);
        expect(result.summary).to.match(
            /^undetermined \(unknown: zones, risk\): "First phishing-resistant authenticator" or "Phishing-resistant authenticator enrollment" may fire/,
        );
    });

    it("reads an unknown metadata type on recover as undetermined between the expiry rule and the recovery rule", () => {
        const result = evaluate(GUIDE_POLICY, { operation: "recover", user: { groups: [] } });
        expect(result.status).to.equal("UNDETERMINED");
        expect(result.missingFacts).to.include("metadataType");
        expect(result.candidates.map(c => c.rule)).to.deep.equal([
            "Password Expiry Rule",
            "Phishing-resistant recovery and unlock",
        ]);
    });

    it("takes rules by priority whatever their list order, and a list without priorities in list order", () => {
        const shuffled = [CATCH_ALL, RECOVERY_AND_UNLOCK, PASSWORD_EXPIRY_RULE];
        expect(evaluate(shuffled, request("recover", { metadataType: "expiry" })).rule).to.equal(
            "Password Expiry Rule",
        );
        const unprioritised = [
            ruleWith("First", "accessRequest.operation == 'recover'", DENY),
            ruleWith("Second", "accessRequest.operation == 'recover'", allowWith([])),
        ];
        expect(evaluate(unprioritised, request("recover")).rule).to.equal("First");
        expect(evaluate([...unprioritised].reverse(), request("recover")).rule).to.equal("Second");
    });

    it("assumes Okta's default catch-all when the rules have none", () => {
        const result = evaluate([PHISHING_RESISTANT_ENROLLMENT], request("recover"));
        expect(result.rule).to.equal("Catch-all Rule");
        expect(result.trace.at(-1)?.reason).to.equal("Okta's catch-all (assumed) matches every request");
        expect(result.outcome?.requirement.notes[0]).to.match(/2FA_If_Possible is not documented by Okta/);
    });

    it("leaves a request without an authenticator undetermined where Okta does not document the key it reads", () => {
        const rules = [
            ruleWith(
                "Unlock with webauthn",
                "accessRequest.operation == 'unlockAccount' && accessRequest.authenticator.key == 'webauthn'",
                DENY,
            ),
        ];
        const result = evaluate(rules, request("unlockAccount", { authenticator: null }));
        expect(result.status).to.equal("UNDETERMINED");
        expect(result.trace[0].reason).to.match(
            /the request has no authenticator, and Okta does not document/,
        );
    });

    it("answers an undetermined satisfaction when it depends on whether the password expired", () => {
        const rules = [
            ruleWith(
                "Recover",
                "accessRequest.operation == 'recover'",
                allowWith([{ knowledge: { types: ["password"] } }]),
            ),
        ];
        const result = evaluate(rules, {
            operation: "recover",
            user: { groups: [], enrolledAuthenticators: ["okta_password"] },
        });
        expect(result.outcome?.satisfaction).to.deep.include({ status: "UNDETERMINED" });
        expect(result.outcome?.satisfaction?.reason).to.match(
            /not satisfied if this is not a password expiry .*; satisfied if the password expired/,
        );
    });
});
