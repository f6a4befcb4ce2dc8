import { expect } from "chai";
import type { RuleDefinition } from "../../provider/evaluate";
import {
    conditionsCover,
    findWitness,
    guardAll,
    guardPolicy,
    type GuardCheckId,
    type GuardOptions,
    type GuardSeverity,
} from "../../provider/guard";
import {
    allowWith,
    CATCH_ALL,
    CONTRACTORS,
    DENY,
    EMPLOYEES,
    FIRST_PHISHING_RESISTANT,
    GUIDE_POLICY,
    OFFICE_ZONE,
    PASSWORD_EXPIRY_RULE,
    PHISHING_RESISTANT_ENROLLMENT,
    RECOVERY_AND_UNLOCK,
    ruleWith,
} from "../evaluate/guidePolicy";

interface Case {
    check: GuardCheckId;
    title: string;
    failing: RuleDefinition[];
    passing: RuleDefinition[];
    options?: GuardOptions;
    severity: GuardSeverity;
    rule: string;
    population: string;
    says: RegExp;
}

const ENROLL = "accessRequest.operation == 'enroll'";
const RECOVER = "accessRequest.operation == 'recover'";
const ONE_FACTOR = allowWith([]);
const EMAIL_WITH_PASSWORD = ruleWith(
    "Enroll email with the password",
    `${ENROLL} && accessRequest.authenticator.key == 'okta_email'`,
    ONE_FACTOR,
    { priority: 0 },
);
const MOVED_EXPIRY = { ...PASSWORD_EXPIRY_RULE, priority: 10 };

const CASES: Case[] = [
    {
        check: "G01",
        title: "new users with only a password cannot enroll anything under Okta's use cases 1 and 2",
        failing: [FIRST_PHISHING_RESISTANT, PHISHING_RESISTANT_ENROLLMENT, CATCH_ALL],
        passing: [EMAIL_WITH_PASSWORD, FIRST_PHISHING_RESISTANT, PHISHING_RESISTANT_ENROLLMENT, CATCH_ALL],
        severity: "error",
        rule: "Phishing-resistant authenticator enrollment",
        population: "everyone, when new (holding nothing or only okta_password)",
        says: /they cannot enroll any first authenticator: .*\(e\.g\. enrolling okta_email fires "Phishing-resistant authenticator enrollment"\)/,
    },
    {
        check: "G01",
        title: "a DENY on enrollment for one group locks out that group only",
        failing: [
            ruleWith("Contractors may not enroll", ENROLL, DENY, {
                conditions: { people: { groups: { include: [CONTRACTORS] } } },
            }),
        ],
        passing: [
            ruleWith("Contractors enroll with one factor", ENROLL, ONE_FACTOR, {
                conditions: { people: { groups: { include: [CONTRACTORS] } } },
            }),
        ],
        severity: "error",
        rule: "Contractors may not enroll",
        population: `members of ${CONTRACTORS}, when new (holding nothing or only okta_password)`,
        says: /cannot enroll any first authenticator/,
    },
    {
        check: "G02",
        title: "a phishing-resistant enrollment requirement without the first-authenticator rule above it",
        failing: [PHISHING_RESISTANT_ENROLLMENT, CATCH_ALL],
        passing: [FIRST_PHISHING_RESISTANT, PHISHING_RESISTANT_ENROLLMENT, CATCH_ALL],
        options: { newUserAuthenticators: ["okta_password", "okta_email"] },
        severity: "error",
        rule: "Phishing-resistant authenticator enrollment",
        population: "everyone without a phishing-resistant authenticator",
        says: /requires a phishing-resistant authenticator for enroll, and no rule reached first lets these users enroll their first one/,
    },
    {
        check: "G02",
        title: "a phishing-resistant recovery requirement when enrollment of one needs one too",
        failing: [RECOVERY_AND_UNLOCK, { ...PHISHING_RESISTANT_ENROLLMENT, priority: 4 }],
        passing: [RECOVERY_AND_UNLOCK, CATCH_ALL],
        options: { newUserAuthenticators: ["okta_password", "okta_email"] },
        severity: "error",
        rule: "Phishing-resistant recovery and unlock",
        population: "everyone without a phishing-resistant authenticator",
        says: /for recover, unlockAccount/,
    },
    {
        check: "G04",
        title: "a recovery rule placed above the Password Expiry Rule",
        failing: [MOVED_EXPIRY, RECOVERY_AND_UNLOCK, CATCH_ALL],
        passing: [PASSWORD_EXPIRY_RULE, RECOVERY_AND_UNLOCK, CATCH_ALL],
        severity: "error",
        rule: "Phishing-resistant recovery and unlock",
        population: "everyone whose password expired",
        says: /sits above "Password Expiry Rule" and takes password-expiry requests, so those users must meet "1 factor type; one of: \[possession factor, phishing resistant\]/,
    },
    {
        check: "G04",
        title: "a rule above the Password Expiry Rule that takes expiry requests only for the password key",
        failing: [
            MOVED_EXPIRY,
            ruleWith(
                "Password recovery",
                `accessRequest.authenticator.key == 'okta_password' && ${RECOVER}`,
                allowWith([{ possession: {} }]),
                { priority: 1 },
            ),
        ],
        passing: [
            MOVED_EXPIRY,
            ruleWith(
                "Password recovery",
                `${RECOVER} && accessRequest.metadata.type != 'expiry'`,
                allowWith([{ possession: {} }]),
                { priority: 1 },
            ),
        ],
        severity: "error",
        rule: "Password recovery",
        population: "everyone whose password expired",
        says: /takes password-expiry requests/,
    },
    {
        check: "G04",
        title: "the Password Expiry Rule removed when it was present",
        failing: [RECOVERY_AND_UNLOCK, CATCH_ALL],
        passing: [
            {
                ...PASSWORD_EXPIRY_RULE,
                conditions: {
                    elCondition: {
                        condition:
                            "accessRequest.metadata.type == 'expiry' && accessRequest.operation == 'recover'",
                    },
                },
            },
            RECOVERY_AND_UNLOCK,
            CATCH_ALL,
        ],
        options: { previousRules: [PASSWORD_EXPIRY_RULE, RECOVERY_AND_UNLOCK, CATCH_ALL] },
        severity: "error",
        rule: "Password Expiry Rule",
        population: "users whose password expired",
        says: /was in the policy and is gone/,
    },
    {
        check: "G04",
        title: "the Password Expiry Rule's expression changed",
        failing: [
            { ...PASSWORD_EXPIRY_RULE, conditions: { elCondition: { condition: RECOVER } } },
            CATCH_ALL,
        ],
        passing: [PASSWORD_EXPIRY_RULE, CATCH_ALL],
        options: { previousRules: [PASSWORD_EXPIRY_RULE, CATCH_ALL] },
        severity: "error",
        rule: "Password Expiry Rule",
        population: "users whose password expired",
        says: /its expression changed from accessRequest.operation=='recover' && accessRequest.metadata.type=='expiry' to accessRequest.operation == 'recover'/,
    },
    {
        check: "G04",
        title: "the Password Expiry Rule deactivated",
        failing: [{ ...PASSWORD_EXPIRY_RULE, status: "INACTIVE" }, CATCH_ALL],
        passing: [PASSWORD_EXPIRY_RULE, CATCH_ALL],
        severity: "warning",
        rule: "Password Expiry Rule",
        population: "users whose password expired",
        says: /it is inactive, so expiry flows fall to the other recover rules/,
    },
    {
        check: "G06",
        title: "a rule without an operation condition above operation rules",
        failing: [
            ruleWith("Contractors", undefined, allowWith([{ possession: {} }]), {
                priority: 0,
                conditions: { people: { groups: { include: [CONTRACTORS] } } },
            }),
            { ...RECOVERY_AND_UNLOCK, priority: 1 },
        ],
        passing: [
            { ...RECOVERY_AND_UNLOCK, priority: 0 },
            ruleWith("Contractors", undefined, allowWith([{ possession: {} }]), {
                priority: 1,
                conditions: { people: { groups: { include: [CONTRACTORS] } } },
            }),
        ],
        severity: "warning",
        rule: "Contractors",
        population: `members of ${CONTRACTORS}`,
        says: /no accessRequest.operation condition, so it governs profile edits and every operation, and the operation rules below it \("Phishing-resistant recovery and unlock"\) never see/,
    },
    {
        check: "G07",
        title: "a narrower rule below a broader one",
        failing: [
            ruleWith("All enrollment", ENROLL, allowWith([{ possession: {} }]), { priority: 0 }),
            ruleWith(
                "Contractors enroll webauthn",
                `${ENROLL} && accessRequest.authenticator.key == 'webauthn'`,
                allowWith([{ possession: {} }]),
                {
                    priority: 1,
                    conditions: {
                        people: { groups: { include: [CONTRACTORS] } },
                        network: { connection: "ZONE", include: [OFFICE_ZONE] },
                    },
                },
            ),
        ],
        passing: [
            ruleWith(
                "Contractors enroll webauthn",
                `${ENROLL} && accessRequest.authenticator.key == 'webauthn'`,
                allowWith([{ possession: {} }]),
                {
                    priority: 0,
                    conditions: {
                        people: { groups: { include: [CONTRACTORS] } },
                        network: { connection: "ZONE", include: [OFFICE_ZONE] },
                    },
                },
            ),
            ruleWith("All enrollment", ENROLL, allowWith([{ possession: {} }]), { priority: 1 }),
        ],
        severity: "warning",
        rule: "Contractors enroll webauthn",
        population: `members of ${CONTRACTORS} in zone ${OFFICE_ZONE}`,
        says: new RegExp(
            `can never fire: every request it matches is taken earlier by "All enrollment" \\(e\\.g\\. enroll of webauthn by a member of ${CONTRACTORS}, in zone ${OFFICE_ZONE}, LOW risk, on DESKTOP/WINDOWS fires "All enrollment"\\)`,
        ),
    },
    {
        check: "G07",
        title: "a rule covered only by two earlier rules together",
        failing: [
            ruleWith("Enroll", ENROLL, ONE_FACTOR, { priority: 0 }),
            ruleWith("Unenroll", "accessRequest.operation == 'unenroll'", ONE_FACTOR, { priority: 1 }),
            ruleWith("Enroll or unenroll", `${ENROLL} || accessRequest.operation == 'unenroll'`, DENY, {
                priority: 2,
                conditions: { people: { groups: { include: [EMPLOYEES] } } },
            }),
        ],
        passing: [
            ruleWith("Enroll", ENROLL, ONE_FACTOR, { priority: 0 }),
            ruleWith("Unenroll", "accessRequest.operation == 'unenroll'", ONE_FACTOR, {
                priority: 1,
                conditions: { riskScore: { level: "LOW" } },
            }),
            ruleWith("Enroll or unenroll", `${ENROLL} || accessRequest.operation == 'unenroll'`, DENY, {
                priority: 2,
                conditions: { people: { groups: { include: [EMPLOYEES] } } },
            }),
        ],
        severity: "warning",
        rule: "Enroll or unenroll",
        population: `members of ${EMPLOYEES}`,
        says: /taken earlier by "Enroll" and "Unenroll"/,
    },
];

describe("guardPolicy", () => {
    for (const c of CASES) {
        describe(`${c.check}: ${c.title}`, () => {
            it("reports the failing configuration, naming the rule, the population and the fix", () => {
                const all = guardPolicy(c.failing, c.options);
                const findings = all.filter(f => f.check === c.check && f.rule === c.rule);
                expect(findings, JSON.stringify(all, null, 1)).to.have.length(1);
                const [finding] = findings;
                expect(finding).to.deep.include({
                    severity: c.severity,
                    rule: c.rule,
                    population: c.population,
                });
                expect(finding.message).to.match(c.says);
                expect(finding.message).to.include(`[${c.check}] Rule "${c.rule}" (${c.population}): `);
                expect(finding.message).to.include(`Fix: ${finding.fix}.`);
            });

            it("is silent on the passing configuration", () => {
                expect(guardPolicy(c.passing, c.options).filter(f => f.check === c.check)).to.deep.equal([]);
            });
        });
    }

    it("finds nothing in a fresh org's policy, nor in the guide's policy for users who hold a password and an email", () => {
        expect(guardPolicy([CATCH_ALL])).to.deep.equal([]);
        expect(guardPolicy([PASSWORD_EXPIRY_RULE, CATCH_ALL])).to.deep.equal([]);
        expect(
            guardPolicy(GUIDE_POLICY, { newUserAuthenticators: ["okta_password", "okta_email"] }),
        ).to.deep.equal([]);
    });

    it("drops a policy finding silenced on the rule it names", () => {
        const rules = [{ ...PHISHING_RESISTANT_ENROLLMENT, suppressChecks: ["G01", "G02"] }, CATCH_ALL];
        expect(guardPolicy([PHISHING_RESISTANT_ENROLLMENT, CATCH_ALL]).map(f => f.check)).to.deep.equal([
            "G01",
            "G02",
        ]);
        expect(guardPolicy(rules)).to.deep.equal([]);
    });

    it("runs the one-rule checks and the policy checks together in guardAll", () => {
        const findings = guardAll([FIRST_PHISHING_RESISTANT, PHISHING_RESISTANT_ENROLLMENT, CATCH_ALL]);
        expect(findings.map(f => `${f.check} ${f.rule}`)).to.deep.equal([
            "G13 First phishing-resistant authenticator",
            "G01 Phishing-resistant authenticator enrollment",
        ]);
    });
});

describe("conditionsCover", () => {
    const cases: Array<[string, RuleDefinition["conditions"], RuleDefinition["conditions"], boolean]> = [
        ["no conditions cover any", undefined, { people: { groups: { include: [CONTRACTORS] } } }, true],
        [
            "a group include covers a subset of its groups",
            { people: { groups: { include: [CONTRACTORS, EMPLOYEES] } } },
            { people: { groups: { include: [CONTRACTORS] } } },
            true,
        ],
        [
            "a group include does not cover everyone",
            { people: { groups: { include: [CONTRACTORS] } } },
            {},
            false,
        ],
        [
            "a group exclusion must be excluded below too",
            { people: { groups: { exclude: [CONTRACTORS] } } },
            { people: { groups: { include: [EMPLOYEES] } } },
            false,
        ],
        [
            "a user exclusion is covered by a narrower user include",
            { people: { users: { exclude: ["00u1"] } } },
            { people: { users: { include: ["00u2"] } } },
            true,
        ],
        [
            "ALL_ZONES covers a listed zone",
            { network: { connection: "ZONE", include: ["ALL_ZONES"] } },
            { network: { connection: "ZONE", include: [OFFICE_ZONE] } },
            true,
        ],
        [
            "a zone does not cover anywhere",
            { network: { connection: "ZONE", include: [OFFICE_ZONE] } },
            { network: { connection: "ANYWHERE" } },
            false,
        ],
        [
            "risk ANY covers LOW, LOW does not cover ANY",
            { riskScore: { level: "ANY" } },
            { riskScore: { level: "LOW" } },
            true,
        ],
        [
            "LOW does not cover any risk",
            { riskScore: { level: "LOW" } },
            { riskScore: { level: "ANY" } },
            false,
        ],
        [
            "a registered device covers a managed one",
            { device: { registered: true } },
            { device: { registered: true, managed: true } },
            true,
        ],
        [
            "a platform type covers its OSes",
            { platform: { include: [{ type: "MOBILE" }] } },
            { platform: { include: [{ type: "MOBILE", os: { type: "IOS" } }] } },
            true,
        ],
    ];
    for (const [title, a, b, covers] of cases) {
        it(title, () => {
            expect(conditionsCover(a, b)).to.equal(covers);
        });
    }
});

describe("findWitness", () => {
    it("builds a request the rule matches, with every fact known", () => {
        const rule = ruleWith("Contractors recover", RECOVER, DENY, {
            conditions: {
                people: { groups: { include: [CONTRACTORS] } },
                riskScore: { level: "HIGH" },
                platform: { exclude: [{ type: "DESKTOP" }] },
            },
        });
        expect(findWitness(rule)).to.deep.include({
            operation: "recover",
            authenticator: { key: "okta_password" },
            metadataType: null,
            risk: "HIGH",
            platform: { type: "MOBILE", os: "IOS" },
            zones: [],
        });
    });

    it("finds none for an expression that is never true", () => {
        expect(findWitness(ruleWith("Never", `${ENROLL} && ${RECOVER}`, DENY))).to.equal(undefined);
    });
});
