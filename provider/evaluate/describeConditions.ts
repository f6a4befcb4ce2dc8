/**
 * A rule's conditions in words: who it applies to and from where. Pure.
 */
import type { PlatformEntry, RuleConditions } from "../rule/types";
import { ALL_ZONES } from "./matchConditions";

function join(ids: readonly string[]): string {
    return ids.join(" or ");
}

function zones(ids: readonly string[]): string {
    return ids.includes(ALL_ZONES) ? "any network zone" : `zone ${join(ids)}`;
}

function platform(entry: PlatformEntry): string {
    const os = entry.os?.type && entry.os.type !== "ANY" ? entry.os.type : "";
    const type = entry.type !== "ANY" ? entry.type : "";
    return [type, os].filter(s => s !== "").join("/") || "any platform";
}

/**
 * Who a rule applies to, e.g. `{ people: { groups: { include: ["00g1"], exclude: ["00g2"] } } }` →
 * `"members of 00g1, not members of 00g2"`; no people or user type condition → `"everyone"`.
 */
export function describeWho(conditions: RuleConditions | null | undefined): string {
    const c = conditions ?? {};
    const parts: string[] = [];
    const groups = c.people?.groups;
    const users = c.people?.users;
    if (groups?.include?.length) parts.push(`members of ${join(groups.include)}`);
    if (users?.include?.length) parts.push(`users ${join(users.include)}`);
    if (c.userType?.include?.length) parts.push(`user type ${join(c.userType.include)}`);
    if (groups?.exclude?.length) parts.push(`not members of ${join(groups.exclude)}`);
    if (users?.exclude?.length) parts.push(`not users ${join(users.exclude)}`);
    if (c.userType?.exclude?.length) parts.push(`not user type ${join(c.userType.exclude)}`);
    return parts.length > 0 ? parts.join(", ") : "everyone";
}

/**
 * Where a request must come from, e.g. `{ network: { connection: "ZONE", include: ["nzo1"] }, riskScore: { level:
 * "LOW" } }` → `"in zone nzo1, LOW risk"`; no such condition → `"anywhere"`.
 */
export function describeWhere(conditions: RuleConditions | null | undefined): string {
    const c = conditions ?? {};
    const parts: string[] = [];
    if (c.network?.connection === "ZONE") {
        if (c.network.include?.length) parts.push(`in ${zones(c.network.include)}`);
        if (c.network.exclude?.length) parts.push(`outside ${zones(c.network.exclude)}`);
    }
    if (c.riskScore && c.riskScore.level !== "ANY") parts.push(`${c.riskScore.level} risk`);
    if (c.platform?.include?.length) parts.push(`on ${c.platform.include.map(platform).join(" or ")}`);
    if (c.platform?.exclude?.length) parts.push(`not on ${c.platform.exclude.map(platform).join(" or ")}`);
    const device = c.device;
    if (device?.registered === true) {
        const managed = device.managed === undefined ? "" : device.managed ? " managed" : " unmanaged";
        parts.push(`registered${managed} device`);
    }
    if (device?.assurance?.include?.length) parts.push(`device assurance ${join(device.assurance.include)}`);
    return parts.length > 0 ? parts.join(", ") : "anywhere";
}

/**
 * Who and from where together, as findings name a population, e.g. `"members of 00g1 in zone nzo1, LOW risk"`,
 * `"everyone"` when the rule restricts neither.
 */
export function describePopulation(conditions: RuleConditions | null | undefined): string {
    const where = describeWhere(conditions);
    return where === "anywhere" ? describeWho(conditions) : `${describeWho(conditions)} ${where}`;
}
