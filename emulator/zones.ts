/**
 * Okta network zones, as far as rules need them: IP zones (gateways, proxies) and dynamic zones. Validation of a
 * zone body and the zone Okta stores. Pure.
 */
import { CauseCollector, describe } from "./fieldChecks";
import { isJsonObject, type JsonObject, type JsonValue } from "./json";
import type { ValidationCause } from "./oktaError";

/** Zone types a client may create, e.g. `"IP"`. */
export const ZONE_TYPES = ["IP", "DYNAMIC", "DYNAMIC_V2"] as const;
/** Zone usages, e.g. `"POLICY"` (usable in rules) or `"BLOCKLIST"`. */
export const ZONE_USAGES = ["POLICY", "BLOCKLIST"] as const;
const ADDRESS_TYPES = ["CIDR", "RANGE"];
const PROXY_TYPES = ["ANY", "TOR", "NOTTORANONYMIZER"];
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:]+$/;

/**
 * Every problem of a zone body, e.g. a gateway `{ type: "CIDR", value: "10.0.0.0/33" }` gives the cause
 * `gateways[0].value: '10.0.0.0/33' is not a CIDR block ...`. `otherNames` are the names of the org's other zones.
 */
export function validateZone(body: JsonObject, otherNames: ReadonlySet<string>): ValidationCause[] {
    const collector = new CauseCollector();
    if (body.type === undefined) {
        collector.add("type", `The field cannot be left blank; use one of ${ZONE_TYPES.join(", ")}.`);
    }
    collector.oneOf(body.type, "type", ZONE_TYPES);
    collector.text(body.name, "name");
    if (typeof body.name === "string" && body.name.length > 128) {
        collector.add("name", `is ${body.name.length} characters long; use at most 128.`);
    }
    if (typeof body.name === "string" && otherNames.has(body.name)) {
        collector.add(
            "name",
            `a zone named '${body.name}' already exists in this org; choose a unique name.`,
        );
    }
    collector.oneOf(body.usage, "usage", ZONE_USAGES);
    if (body.type === "IP") {
        checkAddresses(body.gateways, "gateways", collector);
        checkAddresses(body.proxies, "proxies", collector);
    }
    if (body.type === "DYNAMIC") {
        collector.oneOf(body.proxyType ?? undefined, "proxyType", PROXY_TYPES, true);
        collector.stringList(body.asns, "asns");
        checkLocations(body.locations, collector);
    }
    return collector.causes;
}

/**
 * The stored form of a zone made from a valid body, keeping `id`, `created` and `system` of `previous` on a
 * replace. A single IP in a RANGE is widened as Okta does: `"10.0.0.1"` → `"10.0.0.1-10.0.0.1"`. E.g.
 * `{ type: "IP", name: "Office", gateways: [...] }` → `{ type: "IP", id, name, status: "ACTIVE", usage: "POLICY", ..., proxies: null }`.
 */
export function buildZone(
    id: string,
    body: JsonObject,
    timestamp: string,
    previous?: JsonObject,
): JsonObject {
    const {
        _links: _ignored,
        id: _id,
        created: _created,
        lastUpdated: _updated,
        system: _system,
        ...rest
    } = body;
    const zone: JsonObject = {
        type: body.type ?? null,
        id,
        name: body.name ?? null,
        status: previous?.status ?? "ACTIVE",
        usage: body.usage ?? "POLICY",
        created: previous?.created ?? timestamp,
        lastUpdated: timestamp,
        system: previous?.system ?? false,
    };
    if (body.type === "IP") {
        return {
            ...rest,
            ...zone,
            gateways: normaliseAddresses(body.gateways),
            proxies: normaliseAddresses(body.proxies),
        };
    }
    if (body.type === "DYNAMIC") {
        return {
            ...rest,
            ...zone,
            locations: body.locations ?? null,
            proxyType: body.proxyType ?? null,
            asns: body.asns ?? [],
        };
    }
    return { ...rest, ...zone };
}

function checkAddresses(value: JsonValue | undefined, field: string, collector: CauseCollector): void {
    if (value === undefined || value === null) {
        return;
    }
    if (!Array.isArray(value)) {
        collector.add(
            field,
            `${describe(value)} is not a list; send [{ "type": "CIDR", "value": "203.0.113.0/24" }].`,
        );
        return;
    }
    value.forEach((entry, index) => {
        const entryField = `${field}[${index}]`;
        if (!isJsonObject(entry)) {
            collector.add(
                entryField,
                `${describe(entry)} is not an object; send { "type": "CIDR", "value": "203.0.113.0/24" }.`,
            );
            return;
        }
        collector.oneOf(entry.type, `${entryField}.type`, ADDRESS_TYPES);
        const problem = findAddressProblem(entry.type, entry.value);
        if (problem !== undefined) {
            collector.add(`${entryField}.value`, `${describe(entry.value)} ${problem}`);
        }
    });
}

function findAddressProblem(type: JsonValue | undefined, value: JsonValue | undefined): string | undefined {
    if (typeof value !== "string") {
        return "is not an address; send a string such as 203.0.113.0/24 or 203.0.113.1-203.0.113.9.";
    }
    if (type === "CIDR") {
        const [address, bits, extra] = value.split("/");
        const max = address.includes(":") ? 128 : 32;
        const validBits = bits !== undefined && /^\d+$/.test(bits) && Number(bits) <= max;
        return extra === undefined && isAddress(address) && validBits
            ? undefined
            : `is not a CIDR block; use an address and a prefix length, e.g. 203.0.113.0/24.`;
    }
    if (type === "RANGE") {
        const parts = value.split("-");
        return parts.length <= 2 && parts.every(isAddress)
            ? undefined
            : "is not an address range; use first-last, e.g. 203.0.113.1-203.0.113.9, or a single address.";
    }
    return undefined;
}

function isAddress(text: string): boolean {
    return IPV4.test(text) || (text.includes(":") && IPV6.test(text));
}

function normaliseAddresses(value: JsonValue | undefined): JsonValue {
    if (!Array.isArray(value) || value.length === 0) {
        return null;
    }
    return value.map(entry =>
        isJsonObject(entry) &&
        entry.type === "RANGE" &&
        typeof entry.value === "string" &&
        !entry.value.includes("-")
            ? { ...entry, value: `${entry.value}-${entry.value}` }
            : entry,
    );
}

function checkLocations(value: JsonValue | undefined, collector: CauseCollector): void {
    if (value === undefined || value === null) {
        return;
    }
    if (!Array.isArray(value)) {
        collector.add("locations", `${describe(value)} is not a list; send [{ "country": "US" }].`);
        return;
    }
    value.forEach((entry, index) => {
        const country = isJsonObject(entry) ? entry.country : undefined;
        if (typeof country !== "string" || !/^[A-Z]{2}$/.test(country)) {
            collector.add(
                `locations[${index}].country`,
                `${describe(country)} is not a two-letter country code; use e.g. US.`,
            );
        }
    });
}
