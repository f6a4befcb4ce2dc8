/**
 * Whether one rule's conditions (all but the expression) hold for every request another rule's conditions hold
 * for, by set inclusion. Cases the evaluator cannot decide (OS expressions and versions) never count as covered.
 * Pure.
 */
import { ALL_ZONES } from "../evaluate";
import type {
    DeviceCondition,
    IdSet,
    NetworkCondition,
    PlatformCondition,
    PlatformEntry,
    RiskScoreCondition,
    RuleConditions,
} from "../rule/types";

function includes(list: readonly string[] | undefined): readonly string[] {
    return list ?? [];
}

/** A user has many groups: an excluded group of `a` must be excluded by `b` too. */
function groupsCover(a: IdSet | undefined, b: IdSet | undefined): boolean {
    const aIn = includes(a?.include);
    const bIn = includes(b?.include);
    const includeOk = aIn.length === 0 || (bIn.length > 0 && bIn.every(id => aIn.includes(id)));
    return includeOk && includes(a?.exclude).every(id => includes(b?.exclude).includes(id));
}

/** A user has one id and one user type: an excluded value of `a` is also fine when `b` only includes others. */
function singleValueCovers(a: IdSet | undefined, b: IdSet | undefined): boolean {
    const aIn = includes(a?.include);
    const bIn = includes(b?.include);
    const includeOk = aIn.length === 0 || (bIn.length > 0 && bIn.every(id => aIn.includes(id)));
    const excluded = (id: string) =>
        includes(b?.exclude).includes(id) || (bIn.length > 0 && !bIn.includes(id));
    return includeOk && includes(a?.exclude).every(excluded);
}

function networkCovers(a: NetworkCondition | undefined, b: NetworkCondition | undefined): boolean {
    if (a === undefined || a.connection === "ANYWHERE") return true;
    if (a.connection !== "ZONE" || b?.connection !== "ZONE") return false;
    const aIn = includes(a.include);
    const bIn = includes(b.include);
    const bOut = includes(b.exclude);
    const includeOk =
        aIn.length === 0 ||
        (bIn.length > 0 &&
            (aIn.includes(ALL_ZONES) || bIn.every(id => id !== ALL_ZONES && aIn.includes(id))));
    const excludeOk = includes(a.exclude).every(id => bOut.includes(id) || bOut.includes(ALL_ZONES));
    return (aIn.length > 0 || includes(a.exclude).length > 0) && includeOk && excludeOk;
}

function riskCovers(a: RiskScoreCondition | undefined, b: RiskScoreCondition | undefined): boolean {
    return a === undefined || a.level === "ANY" || a.level === b?.level;
}

function entryCovers(a: PlatformEntry, b: PlatformEntry): boolean {
    if (a.type !== "ANY" && a.type !== b.type) return false;
    if (a.os === undefined) return true;
    if (a.os.expression !== undefined || a.os.version !== undefined) return false;
    return a.os.type === "ANY" || a.os.type === b.os?.type;
}

function sameEntry(a: PlatformEntry, b: PlatformEntry): boolean {
    return JSON.stringify(a) === JSON.stringify(b);
}

function platformCovers(a: PlatformCondition | undefined, b: PlatformCondition | undefined): boolean {
    const aIn = a?.include ?? [];
    const bIn = b?.include ?? [];
    const includeOk =
        aIn.length === 0 || (bIn.length > 0 && bIn.every(entry => aIn.some(x => entryCovers(x, entry))));
    return includeOk && (a?.exclude ?? []).every(entry => (b?.exclude ?? []).some(x => sameEntry(x, entry)));
}

function deviceCovers(a: DeviceCondition | undefined, b: DeviceCondition | undefined): boolean {
    if (a?.registered === true && b?.registered !== true) return false;
    if (a?.managed !== undefined && b?.managed !== a.managed) return false;
    const aSet = includes(a?.assurance?.include);
    const bSet = includes(b?.assurance?.include);
    return aSet.length === 0 || (aSet.length === bSet.length && aSet.every(id => bSet.includes(id)));
}

/**
 * True when every request meeting `b`'s conditions other than the expression meets `a`'s too, e.g. `a` with no
 * conditions covers anything; `a` = members of 00g1 or 00g2 covers `b` = members of 00g1; `a` at LOW risk does not
 * cover `b` at any risk.
 */
export function conditionsCover(
    a: RuleConditions | null | undefined,
    b: RuleConditions | null | undefined,
): boolean {
    const x = a ?? {};
    const y = b ?? {};
    return (
        singleValueCovers(x.people?.users, y.people?.users) &&
        groupsCover(x.people?.groups, y.people?.groups) &&
        singleValueCovers(x.userType, y.userType) &&
        networkCovers(x.network, y.network) &&
        riskCovers(x.riskScore, y.riskScore) &&
        platformCovers(x.platform, y.platform) &&
        deviceCovers(x.device, y.device)
    );
}
