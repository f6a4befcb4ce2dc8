/**
 * Whether each condition of a rule matches one request, in three values: a condition needing a fact the request
 * leaves out, or depending on behaviour Okta does not document, is UNDETERMINED, with the reason. Pure.
 */
import { evaluateExpression, parseExpression, type ExpressionFacts, type Truth } from "../el";
import type {
    DeviceCondition,
    IdSet,
    NetworkCondition,
    PlatformCondition,
    PlatformEntry,
    RiskScoreCondition,
    RuleConditions,
    UserTypeCondition,
} from "../rule/types";
import type { AccessRequest } from "./request";
import { allOf, anyOf } from "./truth";

/** The conditions reported on, in the order they are reported, e.g. `"people.groups"`. */
export const CONDITION_NAMES = [
    "people.users",
    "people.groups",
    "userType",
    "network",
    "riskScore",
    "platform",
    "device",
    "elCondition",
] as const;
/** One condition of a rule, e.g. `"network"`. */
export type ConditionName = (typeof CONDITION_NAMES)[number];

/** Whether a condition matched, e.g. `"NOT_MATCH"`. */
export type MatchStatus = "MATCH" | "NOT_MATCH" | "UNDETERMINED";

/**
 * The verdict on one condition, e.g. `{ condition: "network", status: "UNDETERMINED", reason: "the request's
 * zones are not known; the rule needs the IP in zone nzo1", missingFacts: ["zones"] }`. `missingFacts` names the
 * request fields that would decide an UNDETERMINED verdict.
 */
export interface ConditionResult {
    condition: ConditionName;
    status: MatchStatus;
    reason: string;
    missingFacts: string[];
}

/** The marker in `network.include`/`exclude` that stands for every zone defined in the org. */
export const ALL_ZONES = "ALL_ZONES";

const STATUS_OF: Record<Truth, MatchStatus> = {
    TRUE: "MATCH",
    FALSE: "NOT_MATCH",
    UNDETERMINED: "UNDETERMINED",
};

function result(
    condition: ConditionName,
    truth: Truth,
    reason: string,
    missingFacts: string[] = [],
): ConditionResult {
    return {
        condition,
        status: STATUS_OF[truth],
        reason,
        missingFacts: truth === "UNDETERMINED" ? missingFacts : [],
    };
}

function list(values: readonly string[]): string {
    return values.join(", ");
}

function matchIdSet(
    condition: ConditionName,
    set: IdSet | UserTypeCondition | undefined,
    value: string | undefined,
    what: { fact: string; noun: string },
): ConditionResult {
    const include = set?.include ?? [];
    const exclude = set?.exclude ?? [];
    if (include.length === 0 && exclude.length === 0)
        return result(condition, "TRUE", `not set: any ${what.noun}`);
    if (value === undefined) {
        return result(
            condition,
            "UNDETERMINED",
            `the request's ${what.fact} is not known; the rule includes [${list(include)}] and excludes [${list(exclude)}]`,
            [what.fact],
        );
    }
    if (exclude.includes(value)) return result(condition, "FALSE", `${what.noun} ${value} is excluded`);
    if (include.length > 0 && !include.includes(value)) {
        return result(condition, "FALSE", `${what.noun} ${value} is not among [${list(include)}]`);
    }
    return result(
        condition,
        "TRUE",
        include.length > 0 ? `${what.noun} ${value} is included` : `${what.noun} ${value} is not excluded`,
    );
}

function matchGroups(set: IdSet | undefined, groups: readonly string[]): ConditionResult {
    const include = set?.include ?? [];
    const exclude = set?.exclude ?? [];
    if (include.length === 0 && exclude.length === 0)
        return result("people.groups", "TRUE", "not set: any group");
    const excluded = groups.filter(g => exclude.includes(g));
    if (excluded.length > 0)
        return result("people.groups", "FALSE", `the user is in excluded group ${list(excluded)}`);
    const included = groups.filter(g => include.includes(g));
    if (include.length > 0 && included.length === 0) {
        return result("people.groups", "FALSE", `the user is in none of the groups [${list(include)}]`);
    }
    return result(
        "people.groups",
        "TRUE",
        include.length > 0 ? `the user is in group ${list(included)}` : "the user is in no excluded group",
    );
}

function zoneTest(listed: readonly string[], zones: readonly string[]): boolean {
    return listed.includes(ALL_ZONES) ? zones.length > 0 : zones.some(zone => listed.includes(zone));
}

function matchNetwork(
    network: NetworkCondition | undefined,
    zones: readonly string[] | undefined,
): ConditionResult {
    if (network === undefined || network.connection === "ANYWHERE") {
        return result("network", "TRUE", "from anywhere");
    }
    if (network.connection !== "ZONE") {
        return result(
            "network",
            "UNDETERMINED",
            `connection ${String(network.connection)} is not documented for this policy`,
        );
    }
    const include = network.include ?? [];
    const exclude = network.exclude ?? [];
    if (include.length === 0 && exclude.length === 0) {
        return result(
            "network",
            "UNDETERMINED",
            "a ZONE condition without include or exclude, which Okta refuses",
        );
    }
    if (zones === undefined) {
        return result(
            "network",
            "UNDETERMINED",
            `the request's zones are not known; the rule includes [${list(include)}] and excludes [${list(exclude)}]`,
            ["zones"],
        );
    }
    const where = zones.length > 0 ? `the IP is in [${list(zones)}]` : "the IP is in no zone";
    if (exclude.length > 0 && zoneTest(exclude, zones)) {
        return result("network", "FALSE", `${where}, which the rule excludes ([${list(exclude)}])`);
    }
    if (include.length > 0 && !zoneTest(include, zones)) {
        return result("network", "FALSE", `${where}, none of the included zones [${list(include)}]`);
    }
    const both =
        include.length > 0 && exclude.length > 0 ? " (include and exclude both hold, as inferred)" : "";
    return result("network", "TRUE", `${where}${both}`);
}

function matchRisk(risk: RiskScoreCondition | undefined, level: AccessRequest["risk"]): ConditionResult {
    if (risk === undefined || risk.level === "ANY") return result("riskScore", "TRUE", "any risk");
    if (level === undefined) {
        return result(
            "riskScore",
            "UNDETERMINED",
            `the request's risk is not known; the rule needs ${risk.level}`,
            ["risk"],
        );
    }
    return level === risk.level
        ? result("riskScore", "TRUE", `risk ${level}`)
        : result("riskScore", "FALSE", `risk ${level}; the rule matches ${risk.level} only`);
}

function describeEntry(entry: PlatformEntry): string {
    return `${entry.type}/${entry.os?.type ?? "ANY"}`;
}

function matchPlatformEntry(entry: PlatformEntry, platform: NonNullable<AccessRequest["platform"]>): Truth {
    if (entry.type !== "ANY" && entry.type !== platform.type) return "FALSE";
    const os = entry.os;
    if (os === undefined) return "TRUE";
    if (os.type !== "ANY" && os.type !== platform.os) return "FALSE";
    return os.expression !== undefined || os.version !== undefined ? "UNDETERMINED" : "TRUE";
}

function matchPlatform(
    condition: PlatformCondition | undefined,
    platform: AccessRequest["platform"],
): ConditionResult {
    const include = condition?.include ?? [];
    const exclude = condition?.exclude ?? [];
    if (include.length === 0 && exclude.length === 0) return result("platform", "TRUE", "any platform");
    const wanted = `includes [${list(include.map(describeEntry))}] and excludes [${list(exclude.map(describeEntry))}]`;
    if (platform === undefined) {
        return result("platform", "UNDETERMINED", `the request's platform is not known; the rule ${wanted}`, [
            "platform",
        ]);
    }
    const excluded = anyOf(exclude.map(entry => matchPlatformEntry(entry, platform)));
    const included =
        include.length === 0 ? "TRUE" : anyOf(include.map(entry => matchPlatformEntry(entry, platform)));
    const truth = allOf([
        included,
        excluded === "TRUE" ? "FALSE" : excluded === "FALSE" ? "TRUE" : "UNDETERMINED",
    ]);
    const reason =
        truth === "UNDETERMINED"
            ? `${platform.type}/${platform.os} against an OS expression or version, which the evaluator does not model; the rule ${wanted}`
            : `${platform.type}/${platform.os}; the rule ${wanted}`;
    return result("platform", truth, reason);
}

function matchDevice(
    condition: DeviceCondition | undefined,
    device: AccessRequest["device"],
): ConditionResult {
    const assurance = condition?.assurance?.include ?? [];
    if (
        condition === undefined ||
        (condition.registered !== true && condition.managed === undefined && assurance.length === 0)
    ) {
        return result("device", "TRUE", "any device");
    }
    const parts: Array<{ truth: Truth; reason: string; fact?: string }> = [];
    if (condition.registered === true) {
        const registered = device?.registered;
        parts.push(
            registered === undefined
                ? {
                      truth: "UNDETERMINED",
                      reason: "whether the device is registered is not known",
                      fact: "device.registered",
                  }
                : {
                      truth: registered ? "TRUE" : "FALSE",
                      reason: `the device is ${registered ? "" : "not "}registered`,
                  },
        );
    }
    if (condition.managed !== undefined) {
        const managed = device?.managed;
        if (condition.registered !== true) {
            parts.push({
                truth: "UNDETERMINED",
                reason: "managed without registered: true, which Okta refuses",
            });
        } else if (managed === undefined) {
            parts.push({
                truth: "UNDETERMINED",
                reason: "whether the device is managed is not known",
                fact: "device.managed",
            });
        } else {
            parts.push({
                truth: managed === condition.managed ? "TRUE" : "FALSE",
                reason: `the device is ${managed ? "" : "not "}managed; the rule needs ${condition.managed ? "" : "un"}managed`,
            });
        }
    }
    if (assurance.length > 0) {
        const passed = device?.assurance;
        if (passed === undefined) {
            parts.push({
                truth: "UNDETERMINED",
                reason: `which device assurance policies the device passes is not known; the rule names [${list(assurance)}]`,
                fact: "device.assurance",
            });
        } else {
            const met = assurance.filter(id => passed.includes(id));
            parts.push(
                met.length === assurance.length
                    ? { truth: "TRUE", reason: `the device passes [${list(assurance)}]` }
                    : met.length === 0
                      ? { truth: "FALSE", reason: `the device passes none of [${list(assurance)}]` }
                      : {
                            truth: "UNDETERMINED",
                            reason: `the device passes ${list(met)} of [${list(assurance)}]; whether one suffices is not documented`,
                        },
            );
        }
    }
    const truth = allOf(parts.map(p => p.truth));
    const decisive = parts.filter(p => truth === "TRUE" || p.truth === truth);
    return result(
        "device",
        truth,
        decisive.map(p => p.reason).join("; "),
        decisive.flatMap(p => (p.fact ? [p.fact] : [])),
    );
}

const FACT_NAMES: Record<string, string> = {
    operation: "operation",
    authenticatorKey: "authenticator",
    authenticatorId: "authenticator.id",
    metadataType: "metadataType",
};

/**
 * The facts a request gives the Expression Language evaluator, e.g. `{ operation: "enroll", authenticator: { key:
 * "webauthn" }, user: { groups: [] } }` → `{ operation: "enroll", authenticatorKey: "webauthn", metadataType: null }`
 * (Okta sets metadata on `recover` only, so other operations read it as null).
 */
export function toExpressionFacts(request: AccessRequest): ExpressionFacts {
    const authenticator = request.authenticator;
    const deviceProfile: Record<string, boolean> = {};
    if (request.device?.registered !== undefined) deviceProfile.registered = request.device.registered;
    if (request.device?.managed !== undefined) deviceProfile.managed = request.device.managed;
    return {
        operation: request.operation,
        authenticatorKey: authenticator === undefined ? undefined : (authenticator?.key ?? null),
        authenticatorId:
            authenticator === undefined ? undefined : authenticator === null ? null : authenticator.id,
        metadataType: request.operation === "recover" ? request.metadataType : (request.metadataType ?? null),
        deviceProfile,
    };
}

function matchExpression(text: string | undefined, request: AccessRequest): ConditionResult {
    if (text === undefined || text.trim() === "") return result("elCondition", "TRUE", "no expression");
    const parsed = parseExpression(text);
    if (!parsed.ok) {
        return result(
            "elCondition",
            "UNDETERMINED",
            `the expression does not parse (${parsed.problems[0].message}); Okta documents only that such a rule "may not match any users"`,
        );
    }
    const outcome = evaluateExpression(parsed.expr, toExpressionFacts(request));
    const missing = outcome.missingFacts.map(fact =>
        fact.startsWith("deviceProfile.")
            ? `device.${fact.slice("deviceProfile.".length)}`
            : (FACT_NAMES[fact] ?? fact),
    );
    const reason =
        outcome.value === "UNDETERMINED"
            ? [
                  ...outcome.reasons,
                  ...(missing.length > 0 ? [`the request's ${list(missing)} is not known`] : []),
              ].join("; ")
            : `${text} is ${outcome.value.toLowerCase()}`;
    return result("elCondition", outcome.value, reason, missing);
}

/**
 * The verdict on each of a rule's eight conditions for one request, in `CONDITION_NAMES` order; a condition the
 * rule does not set matches. E.g. a rule with `riskScore: { level: "LOW" }` and a request with `risk: "HIGH"` gives
 * `{ condition: "riskScore", status: "NOT_MATCH", reason: "risk HIGH; the rule matches LOW only", missingFacts: [] }`
 * among MATCHes. Users and groups must both match (an inference); exclusion beats inclusion.
 */
export function matchConditions(
    conditions: RuleConditions | null | undefined,
    request: AccessRequest,
): ConditionResult[] {
    const c = conditions ?? {};
    return [
        matchIdSet("people.users", c.people?.users, request.user.id, { fact: "user.id", noun: "user" }),
        matchGroups(c.people?.groups, request.user.groups),
        matchIdSet("userType", c.userType, request.user.userType, {
            fact: "user.userType",
            noun: "user type",
        }),
        matchNetwork(c.network, request.zones),
        matchRisk(c.riskScore, request.risk),
        matchPlatform(c.platform, request.platform),
        matchDevice(c.device, request.device),
        matchExpression(c.elCondition?.condition, request),
    ];
}

/** MATCH when every verdict is MATCH, NOT_MATCH when any is NOT_MATCH, else UNDETERMINED, e.g. `[MATCH, UNDETERMINED]` → UNDETERMINED. */
export function combineVerdicts(results: readonly ConditionResult[]): MatchStatus {
    const truths = results.map(r =>
        r.status === "MATCH" ? "TRUE" : r.status === "NOT_MATCH" ? "FALSE" : "UNDETERMINED",
    );
    return STATUS_OF[allOf(truths as Truth[])];
}
