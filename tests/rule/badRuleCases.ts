/**
 * Invalid rule definitions, each with the property paths and a fragment of the reason that validation must
 * give: used by the pure validation tests and, through the real dynamic-provider host, by the reliability suite.
 */
import { withPaths } from "./editPaths";
import { GROUP_ID, ZONE_ID } from "./ruleExamples";

export const METHOD = "actions.appSignOn.verificationMethod";
export const POSSESSION = `${METHOD}.constraints[0].possession`;

/** A valid rule touching every part of the model; each bad case below breaks it in a few places. */
export const BASE = {
    name: "Enroll with a phishing-resistant authenticator",
    priority: 1,
    status: "ACTIVE",
    conditions: {
        people: { groups: { include: [GROUP_ID], exclude: [] }, users: { exclude: [] } },
        network: { connection: "ZONE", include: [ZONE_ID] },
        riskScore: { level: "LOW" },
        userType: { include: [], exclude: [] },
        platform: {
            include: [
                { type: "MOBILE", os: { type: "IOS", version: { matchType: "SEMVER", value: "17.0.0" } } },
            ],
        },
        device: { registered: true, managed: false, assurance: { include: ["dae1f42iavrXPlAtG0g5"] } },
        elCondition: { condition: "accessRequest.operation == 'enroll'" },
    },
    actions: {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                type: "ASSURANCE",
                factorMode: "2FA",
                reauthenticateIn: "PT0S",
                constraints: [
                    {
                        knowledge: { types: ["password"], reauthenticateIn: "PT2H" },
                        possession: {
                            phishingResistant: "REQUIRED",
                            userVerification: "REQUIRED",
                            userVerificationMethods: ["BIOMETRICS"],
                            authenticationMethods: [{ key: "okta_verify", method: "SIGNED_NONCE" }],
                        },
                    },
                ],
            },
        },
    },
};

/** `BASE` with the value at each dotted path set, or removed when the value is `undefined`. */
export function withValues(values: Record<string, unknown>): Record<string, unknown> {
    return withPaths(BASE as Record<string, unknown>, values);
}

/** One invalid definition, e.g. `{ values: { priority: 99 }, properties: ["priority"], reason: "catch-all" }`. */
export interface BadCase {
    behaviour: string;
    values: Record<string, unknown>;
    properties: string[];
    reason: string;
}

/** The invalid definitions: unknown keys, types, enums, ranges, durations, expressions, conflicts, ids. */
export const BAD_CASES: BadCase[] = [
    // Unknown and read-only keys.
    {
        behaviour: "refuses a misspelt top-level key and suggests the known one",
        values: { condition: { network: { connection: "ANYWHERE" } } },
        properties: ["condition"],
        reason: 'did you mean "conditions"?',
    },
    {
        behaviour: "refuses a misspelt condition key and suggests elCondition",
        values: { "conditions.elConditon": { condition: "accessRequest.operation == 'enroll'" } },
        properties: ["conditions.elConditon"],
        reason: 'did you mean "elCondition"?',
    },
    {
        behaviour: "refuses a misspelt key deep inside a constraint",
        values: { [`${POSSESSION}.phishingResistent`]: "REQUIRED" },
        properties: [`${POSSESSION}.phishingResistent`],
        reason: 'did you mean "phishingResistant"?',
    },
    {
        behaviour: "refuses an unknown key with no close match and says to remove it",
        values: { "conditions.people.roles": { include: ["admin"] } },
        properties: ["conditions.people.roles"],
        reason: "remove it",
    },
    {
        behaviour: "refuses the read-only id that a copied response carries",
        values: { id: "rul2p9xACRTDf9qZV0g4" },
        properties: ["id"],
        reason: "assigned by Okta",
    },
    {
        behaviour: "refuses actions nested inside conditions as the device guide prints them",
        values: { "conditions.actions": BASE.actions, actions: undefined },
        properties: ["conditions.actions", "actions"],
        reason: "move it up to the top level",
    },
    // Name.
    {
        behaviour: "refuses a name that is not a string",
        values: { name: 42 },
        properties: ["name"],
        reason: "42 is not a string",
    },
    { behaviour: "refuses a blank name", values: { name: "   " }, properties: ["name"], reason: "is blank" },
    {
        behaviour: "refuses a name longer than Okta's 255 characters",
        values: { name: "x".repeat(256) },
        properties: ["name"],
        reason: "has 256 characters but Okta allows 255",
    },
    {
        behaviour: "refuses the catch-all rule's name",
        values: { name: "Catch-all Rule" },
        properties: ["name"],
        reason: "reserved for Okta's system catch-all rule",
    },
    {
        behaviour: "refuses a rule without a name",
        values: { name: undefined },
        properties: ["name"],
        reason: "name is missing",
    },
    // Priority and status.
    {
        behaviour: "refuses priority 99 and points to the catch-all resource",
        values: { priority: 99 },
        properties: ["priority"],
        reason: "AccountManagementPolicyCatchAllRule",
    },
    {
        behaviour: "refuses a fractional priority",
        values: { priority: 1.5 },
        properties: ["priority"],
        reason: "1.5 is not a whole number",
    },
    {
        behaviour: "refuses a priority given as text",
        values: { priority: "1" },
        properties: ["priority"],
        reason: "is not a whole number",
    },
    {
        behaviour: "refuses a negative priority",
        values: { priority: -1 },
        properties: ["priority"],
        reason: "-1 is outside 0..98",
    },
    {
        behaviour: "refuses a priority above the catch-all",
        values: { priority: 120 },
        properties: ["priority"],
        reason: "120 is outside 0..98",
    },
    {
        behaviour: "refuses an unknown status",
        values: { status: "ENABLED" },
        properties: ["status"],
        reason: 'use one of "ACTIVE", "INACTIVE"',
    },
    // Policy id and provider fields.
    {
        behaviour: "refuses a blank policyId",
        values: { policyId: "" },
        properties: ["policyId"],
        reason: "is blank",
    },
    {
        behaviour: "refuses a group id as policyId",
        values: { policyId: GROUP_ID },
        properties: ["policyId"],
        reason: "is a group id, not a policy id",
    },
    {
        behaviour: "refuses adopt given as text",
        values: { adopt: "yes" },
        properties: ["adopt"],
        reason: "is not a boolean",
    },
    {
        behaviour: "refuses a check named twice in suppressChecks",
        values: { suppressChecks: ["G07", "G07"] },
        properties: ["suppressChecks[1]"],
        reason: "listed twice",
    },
    // Network.
    {
        behaviour: "refuses conditions that are not an object",
        values: { conditions: "ANYWHERE" },
        properties: ["conditions"],
        reason: "is not an object",
    },
    {
        behaviour: "refuses an unknown network connection and suggests the closest",
        values: { "conditions.network.connection": "ZONES" },
        properties: ["conditions.network.connection"],
        reason: 'did you mean "ZONE"?',
    },
    {
        behaviour: "refuses a ZONE network condition without include or exclude",
        values: { "conditions.network": { connection: "ZONE" } },
        properties: ["conditions.network.include"],
        reason: '"ZONE" needs at least one zone id in include or exclude',
    },
    {
        behaviour: "refuses a ZONE network condition whose lists are empty",
        values: { "conditions.network": { connection: "ZONE", include: [], exclude: [] } },
        properties: ["conditions.network.include"],
        reason: 'use connection "ANYWHERE"',
    },
    {
        behaviour: "refuses zone ids with connection ANYWHERE",
        values: { "conditions.network": { connection: "ANYWHERE", exclude: [ZONE_ID] } },
        properties: ["conditions.network.exclude"],
        reason: 'has no effect with connection "ANYWHERE"',
    },
    {
        behaviour: "refuses a network condition without a connection",
        values: { "conditions.network": { include: [ZONE_ID] } },
        properties: ["conditions.network.connection"],
        reason: "connection is missing",
    },
    {
        behaviour: "refuses ALL_ZONES in network exclude",
        values: { "conditions.network.exclude": ["ALL_ZONES"] },
        properties: ["conditions.network.exclude[0]"],
        reason: "allowed only in conditions.network.include",
    },
    {
        behaviour: "refuses ALL_ZONES next to other zone ids",
        values: { "conditions.network.include": ["ALL_ZONES", ZONE_ID] },
        properties: ["conditions.network.include[0]"],
        reason: "must be the only entry",
    },
    {
        behaviour: "refuses a group id in the network zones",
        values: { "conditions.network.include": [GROUP_ID] },
        properties: ["conditions.network.include[0]"],
        reason: "is a group id, not a network zone id",
    },
    // People and user types.
    {
        behaviour: "refuses a network zone id among the groups and says what it is",
        values: { "conditions.people.groups.include": [ZONE_ID] },
        properties: ["conditions.people.groups.include[0]"],
        reason: "is a network zone id, not a group id",
    },
    {
        behaviour: "refuses a group id among the users and says where it belongs",
        values: { "conditions.people.users.exclude": [GROUP_ID] },
        properties: ["conditions.people.users.exclude[0]"],
        reason: "move it to conditions.people.groups",
    },
    {
        behaviour: "refuses a group's name in place of its id",
        values: { "conditions.people.groups.include": ["Admins"] },
        properties: ["conditions.people.groups.include[0]"],
        reason: "not its name",
    },
    {
        behaviour: "refuses a duplicate id in a list",
        values: { "conditions.people.groups.include": [GROUP_ID, GROUP_ID] },
        properties: ["conditions.people.groups.include[1]"],
        reason: "listed twice (first at conditions.people.groups.include[0])",
    },
    {
        behaviour: "refuses an id both included and excluded",
        values: { "conditions.people.groups.exclude": [GROUP_ID] },
        properties: ["conditions.people.groups.exclude"],
        reason: "both included and excluded",
    },
    {
        behaviour: "refuses a single id where a list is expected",
        values: { "conditions.people.groups.include": GROUP_ID },
        properties: ["conditions.people.groups.include"],
        reason: "is not a list",
    },
    {
        behaviour: "refuses a group id among the user types",
        values: { "conditions.userType.include": [GROUP_ID] },
        properties: ["conditions.userType.include[0]"],
        reason: "is a group id, not a user type id",
    },
    // Risk, platform, device.
    {
        behaviour: "refuses a riskScore without a level",
        values: { "conditions.riskScore": {} },
        properties: ["conditions.riskScore.level"],
        reason: "level is missing",
    },
    {
        behaviour: "refuses an unknown risk level",
        values: { "conditions.riskScore.level": "SEVERE" },
        properties: ["conditions.riskScore.level"],
        reason: 'use one of "ANY", "LOW", "MEDIUM", "HIGH"',
    },
    {
        behaviour: "refuses an unknown platform type",
        values: { "conditions.platform.include[0].type": "PHONE" },
        properties: ["conditions.platform.include[0].type"],
        reason: "is not a valid platform type",
    },
    {
        behaviour: "refuses an unknown OS type",
        values: { "conditions.platform.include[0].os.type": "IPADOS" },
        properties: ["conditions.platform.include[0].os.type"],
        reason: "is not a valid OS type",
    },
    {
        behaviour: "refuses an unknown OS version match type",
        values: { "conditions.platform.include[0].os.version.matchType": "REGEX" },
        properties: ["conditions.platform.include[0].os.version.matchType"],
        reason: 'use one of "EXPRESSION", "SEMVER"',
    },
    {
        behaviour: "refuses a managed device condition without a registered device",
        values: { "conditions.device": { managed: true } },
        properties: ["conditions.device.managed"],
        reason: "managed: true needs registered: true",
    },
    {
        behaviour: "refuses registered given as text",
        values: { "conditions.device.registered": "yes" },
        properties: ["conditions.device.registered"],
        reason: "is not a boolean",
    },
    {
        behaviour: "refuses a network zone id as a device assurance policy",
        values: { "conditions.device.assurance.include": [ZONE_ID] },
        properties: ["conditions.device.assurance.include[0]"],
        reason: "is a network zone id, not a device assurance policy id",
    },
    // Expressions.
    {
        behaviour: "refuses an elCondition without a condition",
        values: { "conditions.elCondition": {} },
        properties: ["conditions.elCondition.condition"],
        reason: "Okta refuses an empty one",
    },
    {
        behaviour: "refuses a blank elCondition",
        values: { "conditions.elCondition.condition": "  " },
        properties: ["conditions.elCondition.condition"],
        reason: "is blank",
    },
    {
        behaviour: "refuses an expression that does not parse",
        values: { "conditions.elCondition.condition": "accessRequest.operation == 'enroll' &&" },
        properties: ["conditions.elCondition.condition"],
        reason: "is not a valid condition",
    },
    {
        behaviour: "refuses an expression testing an operation Okta never sends",
        values: { "conditions.elCondition.condition": "accessRequest.operation == 'enrol'" },
        properties: ["conditions.elCondition.condition"],
        reason: "'enrol'",
    },
    // Actions.
    {
        behaviour: "refuses a rule without actions",
        values: { actions: undefined },
        properties: ["actions"],
        reason: "actions is missing",
    },
    {
        behaviour: "refuses actions without appSignOn",
        values: { actions: {} },
        properties: ["actions.appSignOn"],
        reason: "appSignOn is missing",
    },
    {
        behaviour: "refuses appSignOn without access",
        values: { "actions.appSignOn.access": undefined },
        properties: ["actions.appSignOn.access"],
        reason: "access is missing",
    },
    {
        behaviour: "refuses an unknown access decision",
        values: { "actions.appSignOn.access": "PERMIT" },
        properties: ["actions.appSignOn.access"],
        reason: 'use one of "ALLOW", "DENY"',
    },
    {
        behaviour: "refuses keepMeSignedIn, which this policy's rules do not have",
        values: { "actions.appSignOn.keepMeSignedIn": { postAuth: "ALLOWED" } },
        properties: ["actions.appSignOn.keepMeSignedIn"],
        reason: "does not apply to account management policy rules",
    },
    {
        behaviour: "refuses an unknown verification method type",
        values: { [`${METHOD}.type`]: "PASSWORDLESS" },
        properties: [`${METHOD}.type`],
        reason: '"ASSURANCE", "AUTH_METHOD_CHAIN", "ID_PROOFING"',
    },
    {
        behaviour: "refuses factorMode 2FA_If_Possible, which only Okta's catch-all carries",
        values: { [`${METHOD}.factorMode`]: "2FA_If_Possible", [`${METHOD}.constraints`]: undefined },
        properties: [`${METHOD}.factorMode`],
        reason: "only by Okta's own catch-all rule",
    },
    {
        behaviour: "refuses an unknown factorMode",
        values: { [`${METHOD}.factorMode`]: "3FA" },
        properties: [`${METHOD}.factorMode`],
        reason: 'use one of "1FA", "2FA"',
    },
    {
        behaviour: "refuses a reauthenticateIn that is not an ISO-8601 duration",
        values: { [`${METHOD}.reauthenticateIn`]: "2h" },
        properties: [`${METHOD}.reauthenticateIn`],
        reason: '"2h" is not an ISO-8601 duration',
    },
    {
        behaviour: "refuses an inactivityPeriod of PT without a time",
        values: { [`${METHOD}.inactivityPeriod`]: "PT" },
        properties: [`${METHOD}.inactivityPeriod`],
        reason: "is not an ISO-8601 duration",
    },
    {
        behaviour: "refuses a constraint reauthenticateIn that is not an ISO-8601 duration",
        values: { [`${METHOD}.constraints[0].knowledge.reauthenticateIn`]: "1 hour" },
        properties: [`${METHOD}.constraints[0].knowledge.reauthenticateIn`],
        reason: '"1 hour" is not an ISO-8601 duration',
    },
    {
        behaviour: "refuses constraints given as one object instead of a list",
        values: { [`${METHOD}.constraints`]: { possession: { phishingResistant: "REQUIRED" } } },
        properties: [`${METHOD}.constraints`],
        reason: "is not a list",
    },
    {
        behaviour: "refuses a constraint object with neither knowledge nor possession",
        values: { [`${METHOD}.constraints`]: [{}] },
        properties: [`${METHOD}.constraints[0]`],
        reason: "has neither knowledge nor possession",
    },
    {
        behaviour: "refuses knowledge and possession in one constraint object with factorMode 1FA",
        values: { [`${METHOD}.factorMode`]: "1FA" },
        properties: [`${METHOD}.constraints[0]`],
        reason: 'factorMode "1FA" allows one',
    },
    {
        behaviour: "refuses an inherence constraint, which Okta does not let a rule configure",
        values: { [`${METHOD}.constraints[0].inherence`]: { required: true } },
        properties: [`${METHOD}.constraints[0].inherence`],
        reason: "inherence",
    },
    {
        behaviour: "refuses a possession characteristic under knowledge",
        values: { [`${METHOD}.constraints[0].knowledge.phishingResistant`]: "REQUIRED" },
        properties: [`${METHOD}.constraints[0].knowledge.phishingResistant`],
        reason: "move it under possession",
    },
    {
        behaviour: "refuses userVerificationMethods without userVerification REQUIRED",
        values: { [`${POSSESSION}.userVerification`]: "OPTIONAL" },
        properties: [`${POSSESSION}.userVerificationMethods`],
        reason: 'applies only when userVerification is "REQUIRED"',
    },
    {
        behaviour: "refuses an unknown user verification method",
        values: { [`${POSSESSION}.userVerificationMethods`]: ["FACE"] },
        properties: [`${POSSESSION}.userVerificationMethods[0]`],
        reason: 'use one of "BIOMETRICS", "PIN"',
    },
    {
        behaviour: "refuses an unknown requirement level",
        values: { [`${POSSESSION}.phishingResistant`]: "MANDATORY" },
        properties: [`${POSSESSION}.phishingResistant`],
        reason: 'use one of "OPTIONAL", "REQUIRED"',
    },
    {
        behaviour: "refuses an unknown constraint type",
        values: { [`${METHOD}.constraints[0].knowledge.types`]: ["PASSKEY"] },
        properties: [`${METHOD}.constraints[0].knowledge.types[0]`],
        reason: "is not a valid authenticator type",
    },
    {
        behaviour: "refuses a constraint method in lower case and suggests the exact spelling",
        values: { [`${POSSESSION}.methods`]: ["signed_nonce"] },
        properties: [`${POSSESSION}.methods[0]`],
        reason: 'did you mean "SIGNED_NONCE"?',
    },
    {
        behaviour: "refuses a misspelt authenticator key and suggests the closest",
        values: { [`${POSSESSION}.authenticationMethods`]: [{ key: "okta_verfy" }] },
        properties: [`${POSSESSION}.authenticationMethods[0].key`],
        reason: 'did you mean "okta_verify"?',
    },
    {
        behaviour: "refuses an authentication method without a key",
        values: { [`${POSSESSION}.authenticationMethods`]: [{ method: "WEBAUTHN" }] },
        properties: [`${POSSESSION}.authenticationMethods[0].key`],
        reason: "key is missing",
    },
    {
        behaviour: "refuses required given as text",
        values: { [`${POSSESSION}.required`]: "true" },
        properties: [`${POSSESSION}.required`],
        reason: "is not a boolean",
    },
    // Identity verification.
    {
        behaviour: "refuses ID_PROOFING without the identity verification provider's id",
        values: { [`${METHOD}`]: { type: "ID_PROOFING" } },
        properties: [`${METHOD}.id`],
        reason: "id is missing",
    },
    {
        behaviour: "refuses factorMode and constraints on ID_PROOFING",
        values: { [`${METHOD}.type`]: "ID_PROOFING", [`${METHOD}.id`]: "0oa62bfdiumsUndnZ0h7" },
        properties: [`${METHOD}.factorMode`, `${METHOD}.reauthenticateIn`, `${METHOD}.constraints`],
        reason: 'applies only to type "ASSURANCE"',
    },
    {
        behaviour: "refuses a group id as the identity verification provider",
        values: { [`${METHOD}`]: { type: "ID_PROOFING", id: GROUP_ID } },
        properties: [`${METHOD}.id`],
        reason: "is a group id, not an identity provider or app id",
    },
    // Several problems at once.
    {
        behaviour: "reports every problem together, not only the first",
        values: {
            status: "ON",
            priority: 99,
            "conditions.network": { connection: "ZONE" },
            [`${METHOD}.factorMode`]: "3FA",
        },
        properties: ["priority", "status", "conditions.network.include", `${METHOD}.factorMode`],
        reason: "",
    },
];
