import { expect } from "chai";
import type { JsonObject } from "../../emulator/json";
import { validateAccessRule, type AccessRuleContext } from "../../emulator/ruleValidation";

const GROUP = "00gAdmins00000000001";
const ZONE = "nzoOffice00000000001";

const context: AccessRuleContext = {
    references: { groupIds: new Set([GROUP]), zoneIds: new Set([ZONE]) },
    systemRule: false,
    otherRuleNames: new Set(["Catch-all Rule", "Taken"]),
};

function validRule(): JsonObject {
    return {
        name: "Enroll",
        type: "ACCESS_POLICY",
        priority: 0,
        conditions: {
            people: { groups: { include: [GROUP] } },
            network: { connection: "ZONE", include: [ZONE] },
            riskScore: { level: "LOW" },
            platform: { include: [{ type: "MOBILE", os: { type: "IOS" } }] },
            device: { registered: true, managed: true },
            elCondition: { condition: "accessRequest.operation == 'enroll'" },
        },
        actions: {
            appSignOn: {
                access: "ALLOW",
                verificationMethod: {
                    type: "ASSURANCE",
                    factorMode: "2FA",
                    reauthenticateIn: "PT0S",
                    inactivityPeriod: "PT1H",
                    constraints: [
                        { knowledge: { types: ["password"] }, possession: { phishingResistant: "REQUIRED" } },
                    ],
                },
            },
        },
    };
}

/** `validRule()` with the value at a dotted path replaced (or removed when `value` is undefined). */
function withValue(path: string, value: JsonObject[string] | undefined): JsonObject {
    const rule = validRule();
    const keys = path.split(".");
    let node = rule;
    for (const key of keys.slice(0, -1)) {
        node = node[key] as JsonObject;
    }
    if (value === undefined) {
        delete node[keys[keys.length - 1]];
    } else {
        node[keys[keys.length - 1]] = value;
    }
    return rule;
}

const METHOD = "actions.appSignOn.verificationMethod";

describe("validateAccessRule", () => {
    it("accepts a rule that uses every condition correctly", () => {
        expect(validateAccessRule(validRule(), context)).to.deep.equal([]);
    });

    const refusals: Array<{ name: string; rule: JsonObject; field: string; mentions: string }> = [
        {
            name: "a missing name",
            rule: withValue("name", undefined),
            field: "name",
            mentions: "cannot be left blank",
        },
        {
            name: "a blank name",
            rule: withValue("name", "  "),
            field: "name",
            mentions: "cannot be left blank",
        },
        {
            name: "a name another rule of the policy has",
            rule: withValue("name", "Taken"),
            field: "name",
            mentions: "'Taken'",
        },
        { name: "a priority above 98", rule: withValue("priority", 99), field: "priority", mentions: "99" },
        { name: "a negative priority", rule: withValue("priority", -1), field: "priority", mentions: "-1" },
        {
            name: "a status outside ACTIVE/INACTIVE",
            rule: withValue("status", "ENABLED"),
            field: "status",
            mentions: "'ENABLED'",
        },
        {
            name: "an unknown rule type",
            rule: withValue("type", "MAGIC"),
            field: "type",
            mentions: "not a rule type Okta knows",
        },
        {
            name: "a rule type of another policy type",
            rule: withValue("type", "PASSWORD"),
            field: "type",
            mentions: "ACCESS_POLICY",
        },
        {
            name: "a ZONE network condition without include or exclude",
            rule: withValue("conditions.network", { connection: "ZONE" }),
            field: "conditions.network",
            mentions: "either include or exclude",
        },
        {
            name: "a bad network connection",
            rule: withValue("conditions.network", { connection: "ZONES", include: [ZONE] }),
            field: "conditions.network.connection",
            mentions: "'ZONES'",
        },
        {
            name: "an unknown zone id",
            rule: withValue("conditions.network.include", ["nzoMissing0000000001"]),
            field: "conditions.network.include",
            mentions: "nzoMissing0000000001",
        },
        {
            name: "an unknown group id",
            rule: withValue("conditions.people.groups.include", ["00gMissing0000000001"]),
            field: "conditions.people.groups.include",
            mentions: "00gMissing0000000001",
        },
        {
            name: "riskScore without level",
            rule: withValue("conditions.riskScore", {}),
            field: "conditions.riskScore.level",
            mentions: "blank",
        },
        {
            name: "a bad risk level",
            rule: withValue("conditions.riskScore", { level: "EXTREME" }),
            field: "conditions.riskScore.level",
            mentions: "'EXTREME'",
        },
        {
            name: "an elCondition without condition",
            rule: withValue("conditions.elCondition", {}),
            field: "conditions.elCondition.condition",
            mentions: "blank",
        },
        {
            name: "an expression with an unclosed quote",
            rule: withValue("conditions.elCondition", { condition: "accessRequest.operation == 'enroll" }),
            field: "conditions.elCondition.condition",
            mentions: "never closed",
        },
        {
            name: "an expression with unbalanced parentheses",
            rule: withValue("conditions.elCondition", { condition: "(accessRequest.operation == 'enroll'" }),
            field: "conditions.elCondition.condition",
            mentions: "never closed",
        },
        {
            name: "device.managed without registered: true",
            rule: withValue("conditions.device", { managed: true }),
            field: "conditions.device.registered",
            mentions: "registered must be true",
        },
        {
            name: "a bad platform type",
            rule: withValue("conditions.platform", { include: [{ type: "TABLET" }] }),
            field: "conditions.platform.include[0].type",
            mentions: "'TABLET'",
        },
        {
            name: "a bad OS type",
            rule: withValue("conditions.platform", {
                include: [{ type: "MOBILE", os: { type: "SYMBIAN" } }],
            }),
            field: "conditions.platform.include[0].os.type",
            mentions: "'SYMBIAN'",
        },
        {
            name: "a bad access",
            rule: withValue("actions.appSignOn.access", "MAYBE"),
            field: "actions.appSignOn.access",
            mentions: "'MAYBE'",
        },
        {
            name: "a verificationMethod without type",
            rule: withValue(`${METHOD}.type`, undefined),
            field: `${METHOD}.type`,
            mentions: "blank",
        },
        {
            name: "a bad factorMode",
            rule: withValue(`${METHOD}.factorMode`, "3FA"),
            field: `${METHOD}.factorMode`,
            mentions: "'3FA'",
        },
        {
            name: "the catch-all's factorMode on an ordinary rule",
            rule: withValue(`${METHOD}.factorMode`, "2FA_If_Possible"),
            field: `${METHOD}.factorMode`,
            mentions: "'2FA_If_Possible'",
        },
        {
            name: "a reauthenticateIn that is not an ISO-8601 duration",
            rule: withValue(`${METHOD}.reauthenticateIn`, "2 hours"),
            field: `${METHOD}.reauthenticateIn`,
            mentions: "ISO-8601",
        },
        {
            name: "an inactivityPeriod of just P",
            rule: withValue(`${METHOD}.inactivityPeriod`, "P"),
            field: `${METHOD}.inactivityPeriod`,
            mentions: "ISO-8601",
        },
        {
            name: "a bad phishingResistant value",
            rule: withValue(`${METHOD}.constraints`, [{ possession: { phishingResistant: "ALWAYS" } }]),
            field: `${METHOD}.constraints[0].possession.phishingResistant`,
            mentions: "'ALWAYS'",
        },
        {
            name: "a bad userPresence value",
            rule: withValue(`${METHOD}.constraints`, [{ possession: { userPresence: "yes" } }]),
            field: `${METHOD}.constraints[0].possession.userPresence`,
            mentions: "'yes'",
        },
        {
            name: "a bad authenticator type",
            rule: withValue(`${METHOD}.constraints`, [{ knowledge: { types: ["PIGEON"] } }]),
            field: `${METHOD}.constraints[0].knowledge.types[0]`,
            mentions: "'PIGEON'",
        },
        {
            name: "a bad authenticator method",
            rule: withValue(`${METHOD}.constraints`, [{ possession: { methods: ["FAX"] } }]),
            field: `${METHOD}.constraints[0].possession.methods[0]`,
            mentions: "'FAX'",
        },
        {
            name: "a possession characteristic on a knowledge constraint",
            rule: withValue(`${METHOD}.constraints`, [{ knowledge: { phishingResistant: "REQUIRED" } }]),
            field: `${METHOD}.constraints[0].knowledge.phishingResistant`,
            mentions: "move it to possession",
        },
        {
            name: "missing actions",
            rule: withValue("actions", undefined),
            field: "actions",
            mentions: "blank",
        },
    ];
    for (const { name, rule, field, mentions } of refusals) {
        it(`refuses ${name}, naming ${field}`, () => {
            const causes = validateAccessRule(rule, context);
            expect(causes.map(cause => cause.field)).to.deep.equal([field]);
            expect(causes[0].message).to.include(mentions);
        });
    }

    it("accepts lower-case authenticator types, as Okta echoes them", () => {
        const rule = withValue(`${METHOD}.constraints`, [
            { knowledge: { types: ["password", "SECURITY_QUESTION"] } },
        ]);
        expect(validateAccessRule(rule, context)).to.deep.equal([]);
    });

    it("accepts ALL_ZONES as an included zone", () => {
        expect(
            validateAccessRule(withValue("conditions.network.include", ["ALL_ZONES"]), context),
        ).to.deep.equal([]);
    });

    it("accepts the catch-all's factorMode on a system rule", () => {
        const rule = withValue(`${METHOD}.factorMode`, "2FA_If_Possible");
        expect(validateAccessRule(rule, { ...context, systemRule: true })).to.deep.equal([]);
    });

    it("reports every problem of a body together, in field order", () => {
        const rule = validRule();
        rule.name = "";
        rule.conditions = { network: { connection: "ZONE" }, riskScore: { level: "NONE" }, elCondition: {} };
        rule.actions = { appSignOn: { access: "ALLOW", verificationMethod: { factorMode: "1FA" } } };
        expect(validateAccessRule(rule, context).map(cause => cause.field)).to.deep.equal([
            "name",
            "conditions.network",
            "conditions.riskScore.level",
            "conditions.elCondition.condition",
            `${METHOD}.type`,
        ]);
    });
});
