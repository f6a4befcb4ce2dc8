/**
 * Tests of the policy in `policy.ts`: what users must present, written as sentences an admin would say, checked
 * offline with `evaluate` (no org needed). In a project of your own, import from "pulumi-okta-account-management".
 */
import { expect } from "chai";
import { evaluate, type AccessRequest } from "../../provider/evaluate";
import { guardAll } from "../../provider/guard";
import { declarePolicyRules } from "./policy";

const CONTRACTORS = "00g1contractors0000a";
const OFFICE = "nzo1office0000000000";
const HOME: string[] = [];
const rules = declarePolicyRules({ contractors: CONTRACTORS, office: OFFICE });

function recovery(groups: string[], zones: string[], enrolled: string[]): AccessRequest {
    return {
        operation: "recover",
        metadataType: null,
        authenticator: { key: "okta_password" },
        zones,
        risk: "LOW",
        user: { groups, enrolledAuthenticators: enrolled },
    };
}

describe("example: the policy's own tests", () => {
    it("a member of Contractors recovering from outside the office zone must present a phishing-resistant possession factor", () => {
        const result = evaluate(rules, recovery([CONTRACTORS], HOME, ["okta_password", "okta_email"]));
        expect(result.rule).to.equal("Contractors recover off-site");
        expect(result.outcome?.requirement.alternatives).to.deep.equal([
            ["possession factor", "phishing resistant"],
        ]);
        expect(result.outcome?.satisfaction?.status).to.equal("NOT_SATISFIED");
    });

    it("a contractor with a security key recovers from home", () => {
        const result = evaluate(rules, recovery([CONTRACTORS], HOME, ["okta_password", "webauthn"]));
        expect(result.outcome?.satisfaction?.status).to.equal("SATISFIED");
    });

    it("a contractor in the office recovers with email like everyone else", () => {
        const result = evaluate(rules, recovery([CONTRACTORS], [OFFICE], ["okta_password", "okta_email"]));
        expect(result.rule).to.equal("Recovery");
        expect(result.outcome?.satisfaction?.status).to.equal("SATISFIED");
    });

    it("the password alone never recovers an account", () => {
        const result = evaluate(rules, recovery([], HOME, ["okta_password"]));
        expect(result.rule).to.equal("Recovery");
        expect(result.outcome?.satisfaction?.status).to.equal("NOT_SATISFIED");
    });

    it("a first security key enrolled from the office at low risk needs two factor types, e.g. password and email", () => {
        const result = evaluate(rules, {
            operation: "enroll",
            authenticator: { key: "webauthn" },
            zones: [OFFICE],
            risk: "LOW",
            user: { groups: [], enrolledAuthenticators: ["okta_password", "okta_email"] },
        });
        expect(result.rule).to.equal("First phishing-resistant authenticator");
        expect(result.outcome?.requirement.factorMode).to.equal("2FA");
        expect(result.outcome?.satisfaction?.status).to.equal("SATISFIED");
    });

    it("without knowing where the user is, enrolling a security key could fire either enrollment rule", () => {
        const result = evaluate(rules, {
            operation: "enroll",
            authenticator: { key: "webauthn" },
            risk: "LOW",
            user: { groups: [] },
        });
        expect(result.status).to.equal("UNDETERMINED");
        expect(result.missingFacts).to.deep.equal(["zones"]);
        expect(result.candidates.map(c => c.rule)).to.deep.equal([
            "First phishing-resistant authenticator",
            "Phishing-resistant authenticator enrollment",
        ]);
    });

    it("the guard finds no lockout for users who start with a password and an email", () => {
        const findings = guardAll(rules, { newUserAuthenticators: ["okta_password", "okta_email"] });
        expect(findings.filter(f => f.severity === "error")).to.deep.equal([]);
        expect(findings.map(f => f.check)).to.deep.equal(["G13"]);
    });
});
