import { lintExpression } from "../el";
import { describeValue, type InputChecker, joinPath } from "./inputChecker";
import { isAbsent } from "./plainJson";
import type { OktaIdKind } from "./oktaIds";
import { isUnknown } from "./unknownValue";
import { NETWORK_CONNECTIONS, OS_TYPES, OS_VERSION_MATCH_TYPES, PLATFORM_TYPES, RISK_LEVELS } from "./types";

/** The condition keys of an account management policy rule, in Okta's schema order, e.g. `"network"`. */
export const CONDITION_KEYS = [
    "people",
    "network",
    "riskScore",
    "userType",
    "platform",
    "device",
    "elCondition",
] as const;

/**
 * Checks `conditions` of a rule, adding every problem to `checker`, e.g. for
 * `{ network: { connection: "ZONE" } }` it adds `conditions.network.include` with the reason
 * `"ZONE" needs at least one zone id in include or exclude; ...`.
 */
export function validateConditions(checker: InputChecker, path: string, value: unknown): void {
    const conditions = checker.record(path, value, {
        known: CONDITION_KEYS,
        misplaced: {
            actions: `"actions" sits inside conditions; move it up to the top level of the rule, next to conditions`,
        },
    });
    if (conditions === undefined) {
        return;
    }
    validatePeople(checker, joinPath(path, "people"), conditions.people);
    validateNetwork(checker, joinPath(path, "network"), conditions.network);
    validateRiskScore(checker, joinPath(path, "riskScore"), conditions.riskScore);
    validateIdSet(checker, joinPath(path, "userType"), conditions.userType, "userType");
    validatePlatform(checker, joinPath(path, "platform"), conditions.platform);
    validateDevice(checker, joinPath(path, "device"), conditions.device);
    validateElCondition(checker, joinPath(path, "elCondition"), conditions.elCondition);
}

function validatePeople(checker: InputChecker, path: string, value: unknown): void {
    const people = checker.record(path, value, { known: ["users", "groups"] });
    if (people !== undefined) {
        validateIdSet(checker, joinPath(path, "users"), people.users, "user");
        validateIdSet(checker, joinPath(path, "groups"), people.groups, "group");
    }
}

function validateIdSet(checker: InputChecker, path: string, value: unknown, kind: OktaIdKind): void {
    const set = checker.record(path, value, { known: ["include", "exclude"] });
    if (set === undefined) {
        return;
    }
    const include = checker.idList(joinPath(path, "include"), set.include, kind);
    const exclude = checker.idList(joinPath(path, "exclude"), set.exclude, kind);
    reportOverlap(checker, joinPath(path, "exclude"), include, exclude);
}

function reportOverlap(checker: InputChecker, path: string, include?: string[], exclude?: string[]): void {
    for (const id of exclude ?? []) {
        if (include?.includes(id)) {
            checker.fail(
                path,
                `"${id}" is both included and excluded, so the rule can never match it; keep it in one list`,
            );
        }
    }
}

function validateNetwork(checker: InputChecker, path: string, value: unknown): void {
    const network = checker.record(path, value, { known: ["connection", "include", "exclude"] });
    if (network === undefined) {
        return;
    }
    checker.requirePresent(
        joinPath(path, "connection"),
        network.connection,
        `set "ANYWHERE", or "ZONE" with zone ids in include or exclude`,
    );
    const connection = checker.choice(
        joinPath(path, "connection"),
        network.connection,
        NETWORK_CONNECTIONS,
        "network connection",
    );
    const include = checker.idList(joinPath(path, "include"), network.include, "networkZone", true);
    const exclude = checker.idList(joinPath(path, "exclude"), network.exclude, "networkZone");
    reportOverlap(checker, joinPath(path, "exclude"), include, exclude);
    if (connection === "ZONE" && isEmptyList(network.include) && isEmptyList(network.exclude)) {
        checker.fail(
            joinPath(path, "include"),
            `"ZONE" needs at least one zone id in include or exclude; add the ids of your network zones, or use connection "ANYWHERE"`,
        );
    }
    if (connection === "ANYWHERE") {
        for (const key of ["include", "exclude"]) {
            if (!isEmptyList(network[key])) {
                checker.fail(
                    joinPath(path, key),
                    `${describeValue(network[key])} has no effect with connection "ANYWHERE"; set connection "ZONE" to use these zones, or remove ${key}`,
                );
            }
        }
    }
}

/** True for an absent or empty list; a list not known yet counts as filled. */
function isEmptyList(value: unknown): boolean {
    return isAbsent(value) || (Array.isArray(value) && value.length === 0);
}

function validateRiskScore(checker: InputChecker, path: string, value: unknown): void {
    const riskScore = checker.record(path, value, { known: ["level"] });
    if (riskScore === undefined) {
        return;
    }
    checker.requirePresent(
        joinPath(path, "level"),
        riskScore.level,
        `set "ANY", "LOW", "MEDIUM" or "HIGH", or remove riskScore`,
    );
    checker.choice(joinPath(path, "level"), riskScore.level, RISK_LEVELS, "risk level");
}

function validatePlatform(checker: InputChecker, path: string, value: unknown): void {
    const platform = checker.record(path, value, { known: ["include", "exclude"] });
    if (platform === undefined) {
        return;
    }
    for (const key of ["include", "exclude"]) {
        const entries = checker.list(
            joinPath(path, key),
            platform[key],
            `[{ type: "MOBILE", os: { type: "IOS" } }]`,
        );
        for (const { item, path: entryPath } of entries ?? []) {
            validatePlatformEntry(checker, entryPath, item);
        }
    }
}

function validatePlatformEntry(checker: InputChecker, path: string, value: unknown): void {
    const entry = checker.record(path, value, { known: ["type", "os"] });
    if (entry === undefined) {
        return;
    }
    checker.requirePresent(
        joinPath(path, "type"),
        entry.type,
        `set one of "ANY", "DESKTOP", "MOBILE", "OTHER"`,
    );
    checker.choice(joinPath(path, "type"), entry.type, PLATFORM_TYPES, "platform type");
    const osPath = joinPath(path, "os");
    const os = checker.record(osPath, entry.os, { known: ["type", "expression", "version"] });
    if (os === undefined) {
        return;
    }
    checker.requirePresent(joinPath(osPath, "type"), os.type, `set e.g. "ANY", "IOS" or "WINDOWS"`);
    checker.choice(joinPath(osPath, "type"), os.type, OS_TYPES, "OS type");
    checker.string(joinPath(osPath, "expression"), os.expression, "device.platform.osVersion >= '14'");
    const versionPath = joinPath(osPath, "version");
    const version = checker.record(versionPath, os.version, { known: ["matchType", "value"] });
    if (version === undefined) {
        return;
    }
    checker.requirePresent(
        joinPath(versionPath, "matchType"),
        version.matchType,
        `set "SEMVER" or "EXPRESSION"`,
    );
    checker.choice(
        joinPath(versionPath, "matchType"),
        version.matchType,
        OS_VERSION_MATCH_TYPES,
        "OS version match type",
    );
    checker.requirePresent(
        joinPath(versionPath, "value"),
        version.value,
        `set the version to match, e.g. "14.0.0"`,
    );
    checker.string(joinPath(versionPath, "value"), version.value, "14.0.0");
}

function validateDevice(checker: InputChecker, path: string, value: unknown): void {
    const device = checker.record(path, value, { known: ["registered", "managed", "assurance"] });
    if (device === undefined) {
        return;
    }
    checker.boolean(joinPath(path, "registered"), device.registered);
    const managed = checker.boolean(joinPath(path, "managed"), device.managed);
    if (managed === true && device.registered !== true && !isUnknown(device.registered)) {
        checker.fail(
            joinPath(path, "managed"),
            `managed: true needs registered: true (only a registered device can be managed); add registered: true, or remove managed`,
        );
    }
    const assurance = checker.record(joinPath(path, "assurance"), device.assurance, { known: ["include"] });
    if (assurance !== undefined) {
        checker.idList(joinPath(path, "assurance.include"), assurance.include, "deviceAssurance");
    }
}

function validateElCondition(checker: InputChecker, path: string, value: unknown): void {
    const elCondition = checker.record(path, value, { known: ["condition"] });
    if (elCondition === undefined) {
        return;
    }
    const conditionPath = joinPath(path, "condition");
    checker.requirePresent(
        conditionPath,
        elCondition.condition,
        `write an expression such as "accessRequest.operation == 'enroll'", or remove elCondition (Okta refuses an empty one)`,
    );
    const text = checker.string(conditionPath, elCondition.condition, "accessRequest.operation == 'enroll'");
    if (text === undefined) {
        return;
    }
    for (const problem of lintExpression(text)) {
        if (problem.severity === "error") {
            checker.fail(
                conditionPath,
                `${describeValue(text)} is not a valid condition: ${problem.message}`,
            );
        }
    }
}
