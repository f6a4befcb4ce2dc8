import { expect } from "chai";
import { FLEXIBLE_OKTA_VERIFY_DISJUNCTION } from "../../emulator/flexibleOktaVerify";
import type { JsonObject } from "../../emulator/json";
import { normaliseRuleBody } from "../../emulator/ruleNormalisation";

const ACCOUNT_MANAGEMENT = { accountManagementPolicy: true, flexibleOktaVerify: false };
const APP_SIGN_ON = { accountManagementPolicy: false, flexibleOktaVerify: false };

describe("normaliseRuleBody", () => {
    it("fills in Okta's defaults and drops an empty platform, as recorded from real Okta", () => {
        const body: JsonObject = {
            name: "R",
            type: "ACCESS_POLICY",
            conditions: { network: { connection: "ANYWHERE" }, platform: {} },
            actions: {
                appSignOn: {
                    access: "ALLOW",
                    verificationMethod: { factorMode: "2FA", reauthenticateIn: "PT2H", type: "ASSURANCE" },
                },
            },
        };
        expect(normaliseRuleBody(body, false, APP_SIGN_ON).conditions).to.deep.equal({
            people: { users: { exclude: [] } },
            network: { connection: "ANYWHERE" },
            userType: { include: [], exclude: [] },
        });
    });

    it("answers the identity verification guide's request with the guide's response conditions", () => {
        const body: JsonObject = {
            name: "Require IDV for authenticator enrollment",
            conditions: {
                people: { groups: { include: ["00gGroup000000000001"] } },
                network: { connection: "ANYWHERE" },
                riskScore: { level: "ANY" },
                elCondition: { condition: "accessRequest.operation == 'enroll'" },
                userType: { include: [], exclude: [] },
            },
            actions: {
                appSignOn: { access: "ALLOW", verificationMethod: { id: "0oaIdv", type: "ID_PROOFING" } },
            },
        };
        const normalised = normaliseRuleBody(body, false, ACCOUNT_MANAGEMENT);
        expect(normalised.conditions).to.deep.equal({
            people: { users: { exclude: [] }, groups: { include: ["00gGroup000000000001"] } },
            network: { connection: "ANYWHERE" },
            riskScore: { level: "ANY" },
            elCondition: { condition: "accessRequest.operation == 'enroll'" },
            userType: { include: [], exclude: [] },
        });
        expect(normalised.actions).to.deep.equal(body.actions);
    });

    it("leaves riskScore out when it was not sent", () => {
        expect(normaliseRuleBody({ name: "R" }, false, ACCOUNT_MANAGEMENT).conditions).to.not.have.property(
            "riskScore",
        );
    });

    it("adds platform.exclude when include is non-empty and drops a null os.expression", () => {
        const body: JsonObject = {
            conditions: {
                platform: { include: [{ type: "MOBILE", os: { type: "IOS", expression: null } }] },
            },
        };
        expect(normaliseRuleBody(body, false, ACCOUNT_MANAGEMENT).conditions).to.have.deep.property(
            "platform",
            {
                include: [{ type: "MOBILE", os: { type: "IOS" } }],
                exclude: [],
            },
        );
    });

    it("sets required on each constraint: true by default, false with excluded methods, as sent otherwise", () => {
        const body: JsonObject = {
            actions: {
                appSignOn: {
                    access: "ALLOW",
                    verificationMethod: {
                        type: "ASSURANCE",
                        constraints: [
                            { possession: { phishingResistant: "REQUIRED" } },
                            { knowledge: { excludedAuthenticationMethods: [{ key: "okta_password" }] } },
                            { possession: { required: false } },
                        ],
                    },
                },
            },
        };
        const method = (normaliseRuleBody(body, false, ACCOUNT_MANAGEMENT).actions as JsonObject)
            .appSignOn as JsonObject;
        expect((method.verificationMethod as JsonObject).constraints).to.deep.equal([
            { possession: { phishingResistant: "REQUIRED", required: true } },
            { knowledge: { excludedAuthenticationMethods: [{ key: "okta_password" }], required: false } },
            { possession: { required: false } },
        ]);
    });

    it("removes keepMeSignedIn from account management rules and adds Okta's default to app sign-in rules", () => {
        const body: JsonObject = {
            actions: {
                appSignOn: {
                    access: "ALLOW",
                    keepMeSignedIn: { postAuth: "ALLOWED" },
                    verificationMethod: { type: "ASSURANCE" },
                },
            },
        };
        expect(normaliseRuleBody(body, false, ACCOUNT_MANAGEMENT).actions).to.deep.equal({
            appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE" } },
        });
        const withoutKmsi: JsonObject = {
            actions: { appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE" } } },
        };
        expect(normaliseRuleBody(withoutKmsi, false, APP_SIGN_ON).actions).to.deep.nested.include({
            "appSignOn.keepMeSignedIn": { postAuth: "NOT_ALLOWED" },
        });
    });

    it("keeps fields Okta's schema does not name, at every level", () => {
        const body: JsonObject = {
            name: "R",
            futureField: { a: 1 },
            conditions: { authContext: { authType: "ANY" } },
            actions: {
                appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", unknownVM: "y" } },
                other: true,
            },
        };
        const normalised = normaliseRuleBody(body, false, ACCOUNT_MANAGEMENT);
        expect(normalised.futureField).to.deep.equal({ a: 1 });
        expect(normalised.conditions).to.have.deep.property("authContext", { authType: "ANY" });
        expect(normalised.actions).to.have.nested.property("appSignOn.verificationMethod.unknownVM", "y");
        expect(normalised.actions).to.have.property("other", true);
    });

    it("drops read-only fields and priority, which the store sets itself", () => {
        const body: JsonObject = {
            id: "x",
            created: "c",
            lastUpdated: "l",
            status: "INACTIVE",
            system: true,
            _links: {},
            priority: 3,
            name: "R",
        };
        expect(Object.keys(normaliseRuleBody(body, false, ACCOUNT_MANAGEMENT))).to.deep.equal([
            "name",
            "conditions",
        ]);
    });

    it("keeps conditions null on a system rule", () => {
        expect(normaliseRuleBody({ conditions: null }, true, ACCOUNT_MANAGEMENT).conditions).to.equal(null);
    });

    it("rewrites okta_verify comparisons only when Flexible Okta Verify is on", () => {
        const body: JsonObject = {
            conditions: { elCondition: { condition: "accessRequest.authenticator.key == 'okta_verify'" } },
        };
        const on = normaliseRuleBody(body, false, { ...ACCOUNT_MANAGEMENT, flexibleOktaVerify: true });
        const off = normaliseRuleBody(body, false, ACCOUNT_MANAGEMENT);
        expect(on.conditions).to.have.nested.property(
            "elCondition.condition",
            FLEXIBLE_OKTA_VERIFY_DISJUNCTION,
        );
        expect(off.conditions).to.have.nested.property(
            "elCondition.condition",
            "accessRequest.authenticator.key == 'okta_verify'",
        );
    });
});
