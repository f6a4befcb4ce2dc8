/**
 * How Okta fills in and trims an ACCESS_POLICY rule before it stores and returns it: default conditions added,
 * empty ones dropped, `required` set on constraints, Keep me signed in only on app sign-in policy rules, and the
 * Flexible Okta Verify rewrite. Fields Okta does not know are kept as sent. Pure.
 */
import { rewriteOktaVerifyComparisons } from "./flexibleOktaVerify";
import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from "./json";

/** Top-level fields a client cannot write, e.g. `"created"`; a body's values for them are ignored. */
export const READ_ONLY_RULE_FIELDS = [
    "id",
    "created",
    "lastUpdated",
    "status",
    "system",
    "_links",
    "_embedded",
];

/** How to normalise, e.g. `{ accountManagementPolicy: true, flexibleOktaVerify: false }`. */
export interface RuleNormalisationOptions {
    /** Rules of the account management policy carry no `keepMeSignedIn`; app sign-in rules get Okta's default. */
    accountManagementPolicy: boolean;
    /** Rewrite `accessRequest.authenticator.key == 'okta_verify'` as Okta does with Flexible Okta Verify on. */
    flexibleOktaVerify: boolean;
}

/**
 * The writable part of a rule body as Okta stores it: read-only fields and `priority` removed, `conditions` and
 * `actions` normalised. E.g. `{ name: "R", conditions: { platform: {} }, actions: {...} }` →
 * `{ name: "R", conditions: { people: { users: { exclude: [] } }, network: { connection: "ANYWHERE" },
 * userType: { include: [], exclude: [] } }, actions: {...} }`. A `conditions: null` stays null only on system rules.
 */
export function normaliseRuleBody(
    body: JsonObject,
    systemRule: boolean,
    options: RuleNormalisationOptions,
): JsonObject {
    const result: JsonObject = {};
    for (const [key, value] of Object.entries(cloneJson(body))) {
        if (!READ_ONLY_RULE_FIELDS.includes(key) && key !== "priority") {
            result[key] = value;
        }
    }
    result.conditions = systemRule
        ? null
        : normaliseConditions(result.conditions, options.flexibleOktaVerify);
    if (isJsonObject(result.actions)) {
        result.actions = normaliseActions(result.actions, options.accountManagementPolicy);
    }
    return result;
}

function normaliseConditions(value: JsonValue | undefined, flexibleOktaVerify: boolean): JsonObject {
    const sent = isJsonObject(value) ? value : {};
    const people = isJsonObject(sent.people) ? sent.people : {};
    const users = isJsonObject(people.users) ? people.users : {};
    const result: JsonObject = {
        people: { ...people, users: { ...users, exclude: users.exclude ?? [] } },
        network: sent.network ?? { connection: "ANYWHERE" },
    };
    for (const [key, condition] of Object.entries(sent)) {
        if (key === "people" || key === "network" || condition === null) {
            continue;
        }
        if (key === "platform" && isJsonObject(condition)) {
            const platform = normalisePlatform(condition);
            if (platform !== undefined) {
                result.platform = platform;
            }
        } else if (
            key === "elCondition" &&
            isJsonObject(condition) &&
            typeof condition.condition === "string"
        ) {
            const text = flexibleOktaVerify
                ? rewriteOktaVerifyComparisons(condition.condition)
                : condition.condition;
            result.elCondition = { ...condition, condition: text };
        } else {
            result[key] = condition;
        }
    }
    const userType = isJsonObject(result.userType) ? result.userType : {};
    result.userType = { ...userType, include: userType.include ?? [], exclude: userType.exclude ?? [] };
    return result;
}

function normalisePlatform(platform: JsonObject): JsonObject | undefined {
    const include = Array.isArray(platform.include) ? platform.include.map(dropNullExpression) : [];
    const exclude = Array.isArray(platform.exclude) ? platform.exclude.map(dropNullExpression) : [];
    if (include.length === 0 && exclude.length === 0) {
        return undefined;
    }
    return { ...platform, include, exclude };
}

function dropNullExpression(entry: JsonValue): JsonValue {
    if (!isJsonObject(entry) || !isJsonObject(entry.os) || entry.os.expression !== null) {
        return entry;
    }
    const { expression: _expression, ...os } = entry.os;
    return { ...entry, os };
}

function normaliseActions(actions: JsonObject, accountManagementPolicy: boolean): JsonObject {
    if (!isJsonObject(actions.appSignOn)) {
        return actions;
    }
    const { keepMeSignedIn, ...appSignOn } = actions.appSignOn;
    if (!accountManagementPolicy) {
        appSignOn.keepMeSignedIn = keepMeSignedIn ?? { postAuth: "NOT_ALLOWED" };
    }
    const method = appSignOn.verificationMethod;
    if (isJsonObject(method) && Array.isArray(method.constraints)) {
        appSignOn.verificationMethod = {
            ...method,
            constraints: method.constraints.map(normaliseConstraint),
        };
    }
    return { ...actions, appSignOn };
}

function normaliseConstraint(constraint: JsonValue): JsonValue {
    if (!isJsonObject(constraint)) {
        return constraint;
    }
    const result: JsonObject = { ...constraint };
    for (const kind of ["knowledge", "possession"]) {
        const part = constraint[kind];
        if (isJsonObject(part)) {
            const excluded =
                Array.isArray(part.excludedAuthenticationMethods) &&
                part.excludedAuthenticationMethods.length > 0;
            result[kind] = { ...part, required: part.required ?? !excluded };
        }
    }
    return result;
}
