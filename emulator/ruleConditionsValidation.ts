/**
 * Validation of an ACCESS_POLICY rule's `conditions`, with Okta's field paths (`conditions.network.include`, ...).
 * Pure: the ids of existing groups and zones come in as sets.
 */
import {
    NETWORK_CONNECTIONS,
    OS_TYPES,
    OS_VERSION_MATCH_TYPES,
    PLATFORM_TYPES,
    RISK_LEVELS,
} from "../provider/rule/types";
import { findExpressionSyntaxError } from "./expression";
import { CauseCollector, describe } from "./fieldChecks";
import { isJsonObject, type JsonObject, type JsonValue } from "./json";

/** The org objects a rule may point at, e.g. `{ groupIds: new Set(["00g1..."]), zoneIds: new Set(["nzo1..."]) }`. */
export interface RuleReferences {
    groupIds: ReadonlySet<string>;
    zoneIds: ReadonlySet<string>;
}

/** The value of `network.include` that means every zone of the org. */
export const ALL_ZONES = "ALL_ZONES";

/**
 * Records every problem of `conditions` in `collector`, e.g. a ZONE network without zones gives the cause
 * `conditions.network: You should either include or exclude network zones when you use zones in the policy rule.`
 */
export function checkRuleConditions(
    conditions: JsonObject,
    references: RuleReferences,
    collector: CauseCollector,
): void {
    checkPeople(collector.object(conditions.people, "conditions.people"), references, collector);
    checkNetwork(collector.object(conditions.network, "conditions.network"), references, collector);
    checkRiskScore(conditions.riskScore, collector);
    const userType = collector.object(conditions.userType, "conditions.userType");
    collector.stringList(userType?.include, "conditions.userType.include");
    collector.stringList(userType?.exclude, "conditions.userType.exclude");
    checkPlatform(collector.object(conditions.platform, "conditions.platform"), collector);
    checkDevice(collector.object(conditions.device, "conditions.device"), collector);
    checkElCondition(conditions.elCondition, collector);
}

function checkPeople(
    people: JsonObject | undefined,
    references: RuleReferences,
    collector: CauseCollector,
): void {
    const users = collector.object(people?.users, "conditions.people.users");
    collector.stringList(users?.include, "conditions.people.users.include");
    collector.stringList(users?.exclude, "conditions.people.users.exclude");
    const groups = collector.object(people?.groups, "conditions.people.groups");
    for (const side of ["include", "exclude"]) {
        const field = `conditions.people.groups.${side}`;
        for (const id of collector.stringList(groups?.[side], field)) {
            if (!references.groupIds.has(id)) {
                collector.add(
                    field,
                    `group '${id}' does not exist in this org; create the group first or remove its id.`,
                );
            }
        }
    }
}

function checkNetwork(
    network: JsonObject | undefined,
    references: RuleReferences,
    collector: CauseCollector,
): void {
    if (network === undefined) {
        return;
    }
    if (network.connection === undefined) {
        collector.add(
            "conditions.network.connection",
            "The field cannot be left blank; use ANYWHERE or ZONE.",
        );
    }
    collector.oneOf(network.connection, "conditions.network.connection", NETWORK_CONNECTIONS);
    const lists = { include: [] as string[], exclude: [] as string[] };
    for (const side of ["include", "exclude"] as const) {
        const field = `conditions.network.${side}`;
        lists[side] = collector.stringList(network[side], field);
        for (const id of lists[side]) {
            if (!references.zoneIds.has(id) && !(side === "include" && id === ALL_ZONES)) {
                collector.add(
                    field,
                    `network zone '${id}' does not exist in this org; create the zone first or remove its id.`,
                );
            }
        }
    }
    const zoneCount = lists.include.length + lists.exclude.length;
    if (network.connection === "ZONE" && zoneCount === 0) {
        collector.add(
            "conditions.network",
            "You should either include or exclude network zones when you use zones in the policy rule.",
        );
    }
    if (network.connection === "ANYWHERE" && zoneCount > 0) {
        collector.add(
            "conditions.network.connection",
            "'ANYWHERE' does not take include or exclude zones; set connection to ZONE or remove the zone lists.",
        );
    }
}

function checkRiskScore(value: JsonValue | undefined, collector: CauseCollector): void {
    const riskScore = collector.object(value, "conditions.riskScore");
    if (riskScore !== undefined && riskScore.level === undefined) {
        collector.add(
            "conditions.riskScore.level",
            `The field cannot be left blank; use one of ${RISK_LEVELS.join(", ")}.`,
        );
        return;
    }
    collector.oneOf(riskScore?.level, "conditions.riskScore.level", RISK_LEVELS);
}

function checkPlatform(platform: JsonObject | undefined, collector: CauseCollector): void {
    for (const side of ["include", "exclude"]) {
        const entries = platform?.[side];
        const field = `conditions.platform.${side}`;
        if (entries === undefined || entries === null) {
            continue;
        }
        if (!Array.isArray(entries)) {
            collector.add(field, `${describe(entries)} is not a list; send [{ "type": "MOBILE" }].`);
            continue;
        }
        entries.forEach((entry, index) => checkPlatformEntry(entry, `${field}[${index}]`, collector));
    }
}

function checkPlatformEntry(entry: JsonValue, field: string, collector: CauseCollector): void {
    if (!isJsonObject(entry)) {
        collector.add(
            field,
            `${describe(entry)} is not an object; send { "type": "MOBILE", "os": { "type": "IOS" } }.`,
        );
        return;
    }
    if (entry.type === undefined) {
        collector.add(
            `${field}.type`,
            `The field cannot be left blank; use one of ${PLATFORM_TYPES.join(", ")}.`,
        );
    }
    collector.oneOf(entry.type, `${field}.type`, PLATFORM_TYPES);
    const os = collector.object(entry.os, `${field}.os`);
    collector.oneOf(os?.type, `${field}.os.type`, OS_TYPES);
    const version = collector.object(os?.version, `${field}.os.version`);
    collector.oneOf(version?.matchType, `${field}.os.version.matchType`, OS_VERSION_MATCH_TYPES);
}

function checkDevice(device: JsonObject | undefined, collector: CauseCollector): void {
    collector.flag(device?.registered, "conditions.device.registered");
    collector.flag(device?.managed, "conditions.device.managed");
    if (device?.managed !== undefined && device.registered !== true) {
        collector.add(
            "conditions.device.registered",
            `is ${describe(device.registered)}, but managed is set: when managed is passed, registered must be true; set registered to true.`,
        );
    }
    const assurance = collector.object(device?.assurance, "conditions.device.assurance");
    collector.stringList(assurance?.include, "conditions.device.assurance.include");
}

function checkElCondition(value: JsonValue | undefined, collector: CauseCollector): void {
    const elCondition = collector.object(value, "conditions.elCondition");
    if (elCondition === undefined) {
        return;
    }
    const condition = elCondition.condition;
    if (typeof condition !== "string" || condition.trim() === "") {
        collector.add(
            "conditions.elCondition.condition",
            `The field cannot be left blank (got ${describe(condition)}); send an expression such as accessRequest.operation == 'enroll', or remove elCondition.`,
        );
        return;
    }
    const syntaxError = findExpressionSyntaxError(condition);
    if (syntaxError !== undefined) {
        collector.add(
            "conditions.elCondition.condition",
            `${describe(condition)} is not a valid expression: ${syntaxError}.`,
        );
    }
}
