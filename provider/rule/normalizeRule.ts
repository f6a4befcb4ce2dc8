import { isAbsent, isRecord, toCanonicalJson, type JsonRecord } from "./plainJson";
import type { RuleActions, RuleConditions, RuleStatus } from "./types";

/** What can be normalised: rule inputs, recorded outputs or Okta's rule JSON, e.g. `{ name: "Enroll" }`. */
export interface ComparableRule {
    name?: string;
    priority?: number;
    status?: RuleStatus;
    conditions?: RuleConditions | null;
    actions?: RuleActions;
}

/**
 * A rule reduced to its meaning, e.g. `{ name: "Enroll", status: "ACTIVE", conditions: {}, actions: {...} }`.
 * Two rules that Okta evaluates alike normalise to the same value, except for `elCondition` texts, which need
 * `expressionsEquivalent`. During preview a Pulumi unknown marker may stand in place of any value.
 */
export interface NormalizedRule {
    name?: string;
    priority?: number;
    status: RuleStatus;
    conditions: RuleConditions;
    actions?: RuleActions;
}

/** Okta's defaults of the possession characteristics (its API schema); knowledge has none. */
const POSSESSION_DEFAULTS: Record<string, string> = {
    deviceBound: "OPTIONAL",
    hardwareProtection: "OPTIONAL",
    phishingResistant: "OPTIONAL",
    userPresence: "REQUIRED",
    userVerification: "OPTIONAL",
};

/**
 * The rule reduced to what Okta evaluates, for comparison. Okta's defaults are filled in or, where a default
 * means "no restriction", the container is dropped: `status` defaults to `"ACTIVE"`; empty id lists,
 * `people`, `userType`, `platform`, `device` and `elCondition` are dropped; `network` `ANYWHERE` without
 * zones and `riskScore` `ANY` are dropped (they match everyone, as an absent condition does); id lists are
 * sorted and de-duplicated; constraint `types` and `methods` are upper-cased and sorted; `required` is filled
 * (true, false with `excludedAuthenticationMethods`), as are the possession characteristics (`userPresence`
 * `REQUIRED`, others `OPTIONAL`); constraints and platform entries are sorted; `verificationMethod.type`
 * defaults to `ASSURANCE`. Fields the model does not know (e.g. `keepMeSignedIn`, `_links`, `id`) are left
 * out. E.g. `{ name: "A", conditions: { network: { connection: "ANYWHERE" }, people: { users: { exclude: [] }
 * } } }` normalises to `{ name: "A", status: "ACTIVE", conditions: {} }`.
 */
export function normalizeRuleForComparison(rule: ComparableRule): NormalizedRule {
    return compact({
        name: rule.name,
        priority: rule.priority ?? undefined,
        status: rule.status ?? "ACTIVE",
        conditions: ifRecord(rule.conditions ?? {}, normalizeConditions),
        actions: isAbsent(rule.actions) ? undefined : normalizeActions(rule.actions),
    }) as unknown as NormalizedRule;
}

function normalizeConditions(conditions: JsonRecord): JsonRecord {
    const normalized = Object.keys(CONDITION_NORMALIZERS).map(key => [
        key,
        normalizeCondition(key, conditions[key]),
    ]);
    return Object.fromEntries(normalized.filter(([, value]) => value !== undefined));
}

/**
 * One condition reduced to its meaning, or `undefined` when it restricts nothing (the same as leaving it
 * out), e.g. `normalizeCondition("userType", { include: [], exclude: [] })` is `undefined` and
 * `normalizeCondition("people", { groups: { include: ["00g2", "00g1"] } })` is `{ groups: { include: ["00g1",
 * "00g2"] } }`. Keys the model does not know give `undefined`.
 */
export function normalizeCondition(key: string, value: unknown): unknown {
    const normalizer = CONDITION_NORMALIZERS[key];
    return normalizer === undefined ? undefined : normalizer(value);
}

const CONDITION_NORMALIZERS: Record<string, (value: unknown) => unknown> = {
    people: value =>
        ifRecord(value, people =>
            compact({ users: normalizeIdSet(people.users), groups: normalizeIdSet(people.groups) }),
        ),
    network: value =>
        ifRecord(value, network => {
            const include = normalizeIdList(network.include);
            const exclude = normalizeIdList(network.exclude);
            const connection = network.connection ?? "ANYWHERE";
            if (connection === "ANYWHERE" && include === undefined && exclude === undefined) {
                return undefined;
            }
            return compact({ connection, include, exclude });
        }),
    riskScore: value =>
        ifRecord(value, riskScore =>
            isAbsent(riskScore.level) || riskScore.level === "ANY" ? undefined : { level: riskScore.level },
        ),
    userType: normalizeIdSet,
    platform: value =>
        ifRecord(value, platform =>
            compact({
                include: normalizePlatformEntries(platform.include),
                exclude: normalizePlatformEntries(platform.exclude),
            }),
        ),
    device: value =>
        ifRecord(value, device =>
            compact({
                registered: device.registered ?? undefined,
                managed: device.managed ?? undefined,
                assurance: ifRecord(device.assurance, assurance =>
                    compact({ include: normalizeIdList(assurance.include) }),
                ),
            }),
        ),
    elCondition: value =>
        ifRecord(value, elCondition => {
            const condition = elCondition.condition;
            if (typeof condition !== "string") {
                return isAbsent(condition) ? undefined : { condition };
            }
            return condition.trim() === "" ? undefined : { condition: condition.trim() };
        }),
};

function normalizeActions(actions: unknown): unknown {
    return ifRecord(actions, given => ({
        appSignOn: ifRecord(given.appSignOn, appSignOn =>
            compact({
                access: appSignOn.access,
                verificationMethod: normalizeVerificationMethod(appSignOn.verificationMethod),
            }),
        ),
    }));
}

function normalizeVerificationMethod(value: unknown): unknown {
    return ifRecord(value ?? {}, method => {
        const type = method.type ?? "ASSURANCE";
        if (type === "ID_PROOFING") {
            return compact({ type, id: method.id });
        }
        if (type === "AUTH_METHOD_CHAIN") {
            return compact({ type, reauthenticateIn: method.reauthenticateIn, chains: method.chains });
        }
        return compact({
            type,
            factorMode: method.factorMode,
            reauthenticateIn: method.reauthenticateIn,
            inactivityPeriod: method.inactivityPeriod,
            constraints: sortByCanonicalJson(mapList(method.constraints, normalizeConstraint)),
        });
    });
}

function normalizeConstraint(value: unknown): unknown {
    return ifRecord(value, constraint =>
        compact({
            knowledge: normalizeFactor(constraint.knowledge, false),
            possession: normalizeFactor(constraint.possession, true),
        }),
    );
}

function normalizeFactor(value: unknown, isPossession: boolean): unknown {
    return ifRecord(value, factor => {
        const excluded = sortByCanonicalJson(
            mapList(factor.excludedAuthenticationMethods, normalizeAuthenticationMethod),
        );
        const normalized: JsonRecord = {
            types: normalizeNameList(factor.types),
            methods: normalizeNameList(factor.methods),
            authenticationMethods: sortByCanonicalJson(
                mapList(factor.authenticationMethods, normalizeAuthenticationMethod),
            ),
            excludedAuthenticationMethods: excluded,
            reauthenticateIn: factor.reauthenticateIn ?? undefined,
            required: factor.required ?? (Array.isArray(excluded) && excluded.length > 0 ? false : true),
        };
        if (isPossession) {
            for (const [key, fallback] of Object.entries(POSSESSION_DEFAULTS)) {
                normalized[key] = factor[key] ?? fallback;
            }
            normalized.userVerificationMethods = normalizeNameList(factor.userVerificationMethods);
        }
        return compact(normalized) ?? {};
    });
}

function normalizeAuthenticationMethod(value: unknown): unknown {
    return ifRecord(value, method =>
        compact({
            key: method.key,
            method:
                typeof method.method === "string"
                    ? method.method.toUpperCase()
                    : (method.method ?? undefined),
            id: method.id ?? undefined,
        }),
    );
}

function normalizeIdSet(value: unknown): unknown {
    return ifRecord(value, set =>
        compact({ include: normalizeIdList(set.include), exclude: normalizeIdList(set.exclude) }),
    );
}

function normalizePlatformEntries(value: unknown): unknown {
    return sortByCanonicalJson(
        mapList(value, entry =>
            ifRecord(entry, platform =>
                compact({
                    type: platform.type,
                    os: ifRecord(platform.os, os =>
                        compact({
                            type: os.type,
                            expression: os.expression ?? undefined,
                            version: ifRecord(os.version, version => compact({ ...version })),
                        }),
                    ),
                }),
            ),
        ),
    );
}

/** Sorted, de-duplicated, empty lists dropped; a value that is not a list (an unknown marker) is kept. */
function normalizeIdList(value: unknown): unknown {
    if (!Array.isArray(value)) {
        return value ?? undefined;
    }
    return value.length === 0 ? undefined : [...new Set(value)].sort();
}

/** As `normalizeIdList`, with names upper-cased: `["password"]` and `["PASSWORD"]` mean the same. */
function normalizeNameList(value: unknown): unknown {
    return normalizeIdList(
        Array.isArray(value)
            ? value.map(item => (typeof item === "string" ? item.toUpperCase() : item))
            : value,
    );
}

function mapList(value: unknown, map: (item: unknown) => unknown): unknown {
    return Array.isArray(value) ? value.map(map) : (value ?? undefined);
}

function sortByCanonicalJson(value: unknown): unknown {
    if (!Array.isArray(value)) {
        return value;
    }
    if (value.length === 0) {
        return undefined;
    }
    return [...value].sort((a, b) => compareText(toCanonicalJson(a), toCanonicalJson(b)));
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Applies `normalize` to an object; absent gives `undefined`; anything else (an unknown marker) is kept as
 * is.
 */
function ifRecord(value: unknown, normalize: (record: JsonRecord) => unknown): unknown {
    if (isRecord(value)) {
        return normalize(value);
    }
    return value ?? undefined;
}

/** The object without its `undefined` fields, or `undefined` when none is left. */
function compact(record: JsonRecord): JsonRecord | undefined {
    const entries = Object.entries(record).filter(([, value]) => value !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
