/**
 * A concrete request a rule matches, to show in a finding ("e.g. enroll of webauthn by a member of 00g1"). Pure.
 */
import {
    ALL_ZONES,
    combineVerdicts,
    matchConditions,
    type AccessRequest,
    type RuleDefinition,
} from "../evaluate";
import { AUTHENTICATOR_KEYS, OPERATIONS, type Operation } from "../rule/types";

/** The user id a witness carries when the rule names no user. */
const ANY_USER = "(any user)";
/** The user type a witness carries when the rule names none to include. */
const OTHER_USER_TYPE = "(another user type)";
/** The zone a witness is in when the rule includes `ALL_ZONES`. */
const SOME_ZONE = "(a zone)";

/** Keys tried first, so that a witness reads naturally: the password for recovery, a common factor otherwise. */
const PREFERRED_KEYS: Record<Operation, readonly string[]> = {
    enroll: ["okta_email", "webauthn", "okta_verify"],
    unenroll: ["okta_email", "webauthn", "okta_verify"],
    recover: ["okta_password"],
    unlockAccount: ["okta_password"],
};

function keysFor(operation: Operation): string[] {
    const preferred = PREFERRED_KEYS[operation];
    return [...preferred, ...AUTHENTICATOR_KEYS.filter(key => !preferred.includes(key))];
}

const PLATFORMS: ReadonlyArray<NonNullable<AccessRequest["platform"]>> = [
    { type: "DESKTOP", os: "WINDOWS" },
    { type: "DESKTOP", os: "MACOS" },
    { type: "MOBILE", os: "IOS" },
    { type: "MOBILE", os: "ANDROID" },
    { type: "DESKTOP", os: "LINUX" },
    { type: "DESKTOP", os: "CHROMEOS" },
    { type: "OTHER", os: "OTHER" },
];

function baseRequest(rule: RuleDefinition): Omit<AccessRequest, "operation"> {
    const c = rule.conditions ?? {};
    const include = c.network?.connection === "ZONE" ? (c.network.include ?? []) : [];
    const device = c.device;
    return {
        user: {
            id: c.people?.users?.include?.[0] ?? ANY_USER,
            groups: c.people?.groups?.include?.slice(0, 1) ?? [],
            userType: c.userType?.include?.[0] ?? OTHER_USER_TYPE,
        },
        zones: include.length === 0 ? [] : [include[0] === ALL_ZONES ? SOME_ZONE : include[0]],
        risk: c.riskScore?.level && c.riskScore.level !== "ANY" ? c.riskScore.level : "LOW",
        device: {
            registered: device?.registered === true || device?.managed !== undefined,
            managed: device?.managed ?? false,
            assurance: device?.assurance?.include ?? [],
        },
    };
}

/**
 * A request with every fact known that `rule` matches, or undefined when none of the operations, authenticator
 * keys, metadata types and common platforms tried makes it match (e.g. its expression is never true). E.g. for a
 * rule with `accessRequest.operation == 'recover'` and `people.groups.include: ["00g1"]` →
 * `{ operation: "recover", authenticator: { key: "okta_password" }, metadataType: null, user: { groups: ["00g1"], ... }, ... }`.
 */
export function findWitness(rule: RuleDefinition): AccessRequest | undefined {
    const base = baseRequest(rule);
    for (const platform of PLATFORMS) {
        for (const operation of OPERATIONS) {
            for (const metadataType of operation === "recover" ? [null, "expiry"] : [null]) {
                for (const key of keysFor(operation)) {
                    const request: AccessRequest = {
                        ...base,
                        operation,
                        authenticator: { key },
                        metadataType,
                        platform,
                    };
                    if (combineVerdicts(matchConditions(rule.conditions, request)) === "MATCH")
                        return request;
                }
            }
        }
    }
    return undefined;
}

/**
 * A request in words, e.g. `"recover (password expiry) of okta_password by a member of 00g1, in zone nzo1, LOW
 * risk, on DESKTOP/WINDOWS"`; facts a witness fills in only because some value is needed are left out.
 */
export function describeRequest(request: AccessRequest): string {
    const parts: string[] = [request.operation];
    if (request.metadataType === "expiry") parts.push("(password expiry)");
    if (request.authenticator) parts.push(`of ${request.authenticator.key}`);
    const user = request.user;
    const who = [
        user.groups.length > 0 ? `a member of ${user.groups.join(" and ")}` : "a user in no group",
        ...(user.id !== undefined && user.id !== ANY_USER ? [`(user ${user.id})`] : []),
        ...(user.userType !== undefined && user.userType !== OTHER_USER_TYPE
            ? [`of user type ${user.userType}`]
            : []),
    ];
    const where = [
        request.zones === undefined
            ? []
            : [request.zones.length > 0 ? `in zone ${request.zones.join(", ")}` : "in no zone"],
        request.risk !== undefined ? [`${request.risk} risk`] : [],
        request.platform !== undefined ? [`on ${request.platform.type}/${request.platform.os}`] : [],
        request.device?.registered
            ? [`from a registered${request.device.managed ? " managed" : ""} device`]
            : [],
    ].flat();
    return `${parts.join(" ")} by ${who.join(" ")}${where.length > 0 ? `, ${where.join(", ")}` : ""}`;
}
