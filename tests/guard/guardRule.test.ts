import { expect } from "chai";
import type { RuleDefinition } from "../../provider/evaluate";
import { guardRule, type GuardCheckId, type GuardOptions, type GuardSeverity } from "../../provider/guard";
import {
    allowWith,
    CONTRACTORS,
    DENY,
    FIRST_PHISHING_RESISTANT,
    GUIDE_DEFECTIVE_EXPRESSION,
    OFFICE_ZONE,
    PASSWORD_EXPIRY_RULE,
    RECOVERY_AND_UNLOCK,
    ruleWith,
} from "../evaluate/guidePolicy";

interface Case {
    check: GuardCheckId;
    severity: GuardSeverity;
    title: string;
    failing: RuleDefinition;
    passing: RuleDefinition;
    options?: GuardOptions;
    /** Words the failing finding's message must hold besides the rule's name and the fix. */
    says: RegExp;
    property?: string;
}

const RECOVER = "accessRequest.operation == 'recover'";
const PASSWORD_ONLY = allowWith([{ knowledge: { types: ["password"] } }]);

const CASES: Case[] = [
    {
        check: "G03",
        severity: "error",
        title: "a recovery rule every alternative of which needs the password",
        failing: ruleWith("Recover with password", RECOVER, PASSWORD_ONLY),
        passing: ruleWith(
            "Recover with password or email",
            RECOVER,
            allowWith([{ knowledge: { types: ["password"] } }, { possession: {} }]),
        ),
        says: /governs recover, and every constraint alternative needs the password/,
        property: "actions.appSignOn.verificationMethod.constraints",
    },
    {
        check: "G03",
        severity: "error",
        title: "an unlock rule that accepts only the password, but not the Password Expiry Rule",
        failing: ruleWith(
            "Unlock with password",
            "accessRequest.operation == 'unlockAccount'",
            allowWith([{ knowledge: { authenticationMethods: [{ key: "okta_password" }] } }]),
        ),
        passing: PASSWORD_EXPIRY_RULE,
        says: /governs unlockAccount/,
    },
    {
        check: "G08",
        severity: "warning",
        title: "Okta's guide expression with && and || mixed without parentheses",
        failing: {
            ...FIRST_PHISHING_RESISTANT,
            name: "Guide example",
            conditions: { elCondition: { condition: GUIDE_DEFECTIVE_EXPRESSION } },
        },
        passing: FIRST_PHISHING_RESISTANT,
        says: /'&&' binds tighter than '\|\|', so the condition at 0 means accessRequest.operation == 'enroll' \|\| \(accessRequest.operation == 'unenroll' && /,
        property: "conditions.elCondition.condition",
    },
    {
        check: "G09",
        severity: "error",
        title: "okta_verify named in an org with Flexible Okta Verify",
        failing: ruleWith(
            "Enroll Okta Verify",
            "accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'okta_verify'",
            allowWith([]),
        ),
        passing: ruleWith(
            "Enroll Okta Verify",
            "accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'okta_verify_push'",
            allowWith([]),
        ),
        options: { flexibleOktaVerify: true },
        says: /names okta_verify, which Okta refuses in policy writes once Flexible Okta Verify is on/,
        property: "conditions.elCondition.condition",
    },
    {
        check: "G09",
        severity: "error",
        title: "okta_verify in allowed methods with Flexible Okta Verify",
        failing: ruleWith(
            "Recover",
            RECOVER,
            allowWith([
                { possession: { authenticationMethods: [{ key: "okta_verify", method: "SIGNED_NONCE" }] } },
            ]),
        ),
        passing: ruleWith(
            "Recover",
            RECOVER,
            allowWith([{ possession: { authenticationMethods: [{ key: "okta_verify_fastpass" }] } }]),
        ),
        options: { flexibleOktaVerify: true },
        says: /actions.appSignOn.verificationMethod.constraints names okta_verify/,
    },
    {
        check: "G09",
        severity: "warning",
        title: "per-method Okta Verify keys in an org without Flexible Okta Verify",
        failing: ruleWith(
            "Enroll push",
            "accessRequest.authenticator.key == 'okta_verify_push' && accessRequest.operation == 'enroll'",
            allowWith([]),
        ),
        passing: ruleWith(
            "Enroll push",
            "accessRequest.authenticator.key == 'okta_verify' && accessRequest.operation == 'enroll'",
            allowWith([]),
        ),
        options: { flexibleOktaVerify: false },
        says: /names okta_verify_push, keys that exist only with Flexible Okta Verify/,
    },
    {
        check: "G10",
        severity: "warning",
        title: "a DENY on recovery that names no group, user or zone",
        failing: ruleWith("No recovery", RECOVER, DENY, {
            conditions: { people: { groups: { exclude: [CONTRACTORS] } } },
        }),
        passing: ruleWith("No recovery for contractors", RECOVER, DENY, {
            conditions: { people: { groups: { include: [CONTRACTORS] } } },
        }),
        says: /denies recover without naming who or where/,
        property: "actions.appSignOn.access",
    },
    {
        check: "G12",
        severity: "warning",
        title: "a device condition on recovery (Okta's guide device example)",
        failing: ruleWith(
            "Require registered device for password recovery",
            "accessRequest.authenticator.key == 'okta_password' && accessRequest.operation == 'recover'",
            allowWith([{ possession: {} }]),
            {
                conditions: { device: { registered: true, managed: true, assurance: { include: [] } } },
            },
        ),
        passing: ruleWith(
            "Require registered device to enroll",
            "accessRequest.operation == 'enroll'",
            allowWith([{ possession: {} }]),
            {
                conditions: { device: { registered: true, managed: true } },
            },
        ),
        says: /governs recover on a registered or managed device only; users who lost that device fall to the rules below/,
    },
    {
        check: "G12",
        severity: "warning",
        title: "a device profile read in an unlock expression",
        failing: ruleWith(
            "Unlock on managed devices",
            "accessRequest.operation == 'unlockAccount' && device.profile.managed == true",
            allowWith([{ possession: {} }]),
        ),
        passing: ruleWith(
            "Unlock",
            "accessRequest.operation == 'unlockAccount'",
            allowWith([{ possession: {} }]),
        ),
        says: /governs unlockAccount/,
    },
    {
        check: "G13",
        severity: "warning",
        title: "two factor types required to enroll (Okta's first-authenticator example)",
        failing: FIRST_PHISHING_RESISTANT,
        passing: { ...FIRST_PHISHING_RESISTANT, actions: allowWith([{ possession: {} }], "1FA") },
        says: /governs enroll and asks for two factor types/,
        property: "actions.appSignOn.verificationMethod.factorMode",
    },
    {
        check: "G16",
        severity: "warning",
        title: "a possession-only and a knowledge-only constraint object side by side",
        failing: ruleWith(
            "Recover",
            RECOVER,
            allowWith([{ possession: {} }, { knowledge: { types: ["security_question"] } }]),
        ),
        passing: ruleWith(
            "Recover",
            RECOVER,
            allowWith([{ possession: {}, knowledge: { types: ["security_question"] } }], "2FA"),
        ),
        says: /users need only one of \[possession factor\] or \[knowledge factor, type security_question\], not both/,
    },
];

describe("guardRule", () => {
    for (const c of CASES) {
        describe(`${c.check}: ${c.title}`, () => {
            it("reports the failing configuration, naming the rule, the population and the fix", () => {
                const findings = guardRule(c.failing, c.options).filter(f => f.check === c.check);
                expect(findings).to.have.length(1);
                const [finding] = findings;
                expect(finding.severity).to.equal(c.severity);
                expect(finding.rule).to.equal(c.failing.name);
                expect(finding.message).to.match(c.says);
                expect(finding.message).to.include(`Rule "${c.failing.name}" (${finding.population}): `);
                expect(finding.message).to.include(`Fix: ${finding.fix}.`);
                if (c.property !== undefined) expect(finding.property).to.equal(c.property);
            });

            it("is silent on the passing configuration", () => {
                expect(guardRule(c.passing, c.options).filter(f => f.check === c.check)).to.deep.equal([]);
            });
        });
    }

    it("names the population from the rule's conditions", () => {
        const rule = ruleWith("Contractors recover", RECOVER, PASSWORD_ONLY, {
            conditions: {
                people: { groups: { include: [CONTRACTORS] } },
                network: { connection: "ZONE", exclude: [OFFICE_ZONE] },
            },
        });
        expect(guardRule(rule)[0].population).to.equal(
            `members of ${CONTRACTORS} outside zone ${OFFICE_ZONE}`,
        );
    });

    it("drops the findings of the checks the rule silences, and keeps the others", () => {
        const noisy = {
            ...FIRST_PHISHING_RESISTANT,
            conditions: { elCondition: { condition: GUIDE_DEFECTIVE_EXPRESSION } },
        };
        expect(guardRule(noisy).map(f => f.check)).to.deep.equal(["G08", "G13"]);
        expect(guardRule({ ...noisy, suppressChecks: ["G08"] }).map(f => f.check)).to.deep.equal(["G13"]);
    });

    it("ignores inactive rules, which never fire", () => {
        expect(
            guardRule({ ...ruleWith("Recover with password", RECOVER, PASSWORD_ONLY), status: "INACTIVE" }),
        ).to.deep.equal([]);
    });

    it("has nothing to say about Okta's recovery use case", () => {
        expect(guardRule(RECOVERY_AND_UNLOCK)).to.deep.equal([]);
    });
});
