import type { CheckFailure } from "@pulumi/pulumi/dynamic";
import { findClosestKey } from "./closestKey";
import { isIsoDuration } from "./isoDuration";
import { explainWrongIdKind, findIdKind, OKTA_ID_KINDS, type OktaIdKind } from "./oktaIds";
import { isAbsent, isRecord, type JsonRecord } from "./plainJson";
import { isUnknown } from "./unknownValue";

/**
 * The fields an object may hold, e.g. `{ known: ["include", "exclude"] }`. `misplaced` maps a key that is
 * wrong here but right elsewhere to the reason, e.g. `{ phishingResistant: "... move it under possession" }`.
 */
export interface FieldSet {
    known: readonly string[];
    misplaced?: Readonly<Record<string, string>>;
}

/** Where each kind of id belongs in a rule, named in the fix when an id sits in the wrong list. */
const ID_HOMES: Partial<Record<OktaIdKind, string>> = {
    group: "conditions.people.groups",
    user: "conditions.people.users",
    networkZone: "conditions.network.include or exclude",
    userType: "conditions.userType",
    deviceAssurance: "conditions.device.assurance.include",
};

/**
 * A value as it reads in a failure reason: JSON, cut at 60 characters, e.g. `"ZONES"`, `12`, `["a","b"]`.
 */
export function describeValue(value: unknown): string {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * A property path one key deeper, e.g. `joinPath("conditions", "network")` is `"conditions.network"`,
 * `joinPath("", "name")` is `"name"`.
 */
export function joinPath(path: string, key: string): string {
    return path === "" ? key : `${path}.${key}`;
}

/**
 * Collects check failures while reading untrusted input, e.g. after `checker.choice("status", "ACTIV",
 * RULE_STATUSES, "status")`, `checker.failures` holds `{ property: "status", reason: '"ACTIV" is not a valid
 * status; use one of "ACTIVE", "INACTIVE" (did you mean "ACTIVE"?)' }`. Every read returns `undefined` when
 * the value is absent, is Pulumi's unknown marker (not checked: it is known only after preview), or is wrong
 * (then a failure is recorded); callers check absence themselves where required.
 */
export class InputChecker {
    /** The failures found so far, in the order found. */
    readonly failures: CheckFailure[] = [];

    /** Records a failure, e.g. `fail("priority", "99 is the catch-all's priority; ...")`. */
    fail(property: string, reason: string): void {
        this.failures.push({ property, reason });
    }

    /**
     * Reports a required field that is absent, e.g. `requirePresent("conditions.riskScore.level", undefined,
     * 'set "ANY"')` records `level is missing; set "ANY"` at that path. An unknown value counts as present.
     */
    requirePresent(path: string, value: unknown, fix: string): void {
        if (isAbsent(value)) {
            this.fail(path, `${path.slice(path.lastIndexOf(".") + 1)} is missing; ${fix}`);
        }
    }

    /**
     * Reads an object, reporting each key it does not know (with the closest known key) at that key's path.
     */
    record(path: string, value: unknown, fields: FieldSet): JsonRecord | undefined {
        if (isAbsent(value) || isUnknown(value)) {
            return undefined;
        }
        if (!isRecord(value)) {
            this.fail(
                path,
                `${describeValue(value)} is not an object; write ${path} as { ${fields.known.join(", ")} }`,
            );
            return undefined;
        }
        for (const [key, item] of Object.entries(value)) {
            if (item === undefined || fields.known.includes(key)) {
                continue;
            }
            const misplaced = fields.misplaced?.[key];
            if (misplaced !== undefined) {
                this.fail(joinPath(path, key), misplaced);
                continue;
            }
            const closest = findClosestKey(key, fields.known);
            const hint = closest === undefined ? "remove it" : `did you mean "${closest}"?`;
            const where = path === "" ? "a rule" : path;
            this.fail(
                joinPath(path, key),
                `"${key}" is not a field of ${where}; ${hint} (fields: ${fields.known.join(", ")})`,
            );
        }
        return value;
    }

    /**
     * Reads a string; `example` shows a valid value in the reason, e.g. `"PT2H"`. Blank strings are refused.
     */
    string(path: string, value: unknown, example: string): string | undefined {
        if (isAbsent(value) || isUnknown(value)) {
            return undefined;
        }
        if (typeof value !== "string") {
            this.fail(path, `${describeValue(value)} is not a string; write a string such as "${example}"`);
            return undefined;
        }
        if (value.trim() === "") {
            this.fail(
                path,
                `${describeValue(value)} is blank; write a value such as "${example}", or remove the field`,
            );
            return undefined;
        }
        return value;
    }

    /** Reads a boolean, e.g. `true`; the string `"true"` is refused. */
    boolean(path: string, value: unknown): boolean | undefined {
        if (isAbsent(value) || isUnknown(value)) {
            return undefined;
        }
        if (typeof value !== "boolean") {
            this.fail(path, `${describeValue(value)} is not a boolean; write true or false without quotes`);
            return undefined;
        }
        return value;
    }

    /**
     * Reads one of `allowed`, e.g. `choice("status", "ACTIVE", RULE_STATUSES, "status")` is `"ACTIVE"`. With
     * `ignoreCase`, `"password"` matches `"PASSWORD"` and the allowed spelling is returned.
     */
    choice<T extends string>(
        path: string,
        value: unknown,
        allowed: readonly T[],
        label: string,
        ignoreCase = false,
    ): T | undefined {
        if (isAbsent(value) || isUnknown(value)) {
            return undefined;
        }
        const match =
            typeof value === "string"
                ? allowed.find(option =>
                      ignoreCase ? option.toLowerCase() === value.toLowerCase() : option === value,
                  )
                : undefined;
        if (match === undefined) {
            const closest = typeof value === "string" ? findClosestKey(value, allowed) : undefined;
            const hint = closest === undefined ? "" : ` (did you mean "${closest}"?)`;
            const options = allowed.map(option => `"${option}"`).join(", ");
            this.fail(path, `${describeValue(value)} is not a valid ${label}; use one of ${options}${hint}`);
        }
        return match;
    }

    /** Reads a list and returns its known items with their paths, e.g. `[{ item: "00g1", path: "a[0]" }]`. */
    list(path: string, value: unknown, example: string): Array<{ item: unknown; path: string }> | undefined {
        if (isAbsent(value) || isUnknown(value)) {
            return undefined;
        }
        if (!Array.isArray(value)) {
            this.fail(path, `${describeValue(value)} is not a list; write a list such as ${example}`);
            return undefined;
        }
        return value
            .map((item, index) => ({ item, path: `${path}[${index}]` }))
            .filter(({ item }) => !isUnknown(item));
    }

    /** Reads an ISO-8601 duration such as `"PT2H"`; `"2h"` is refused. */
    duration(path: string, value: unknown): string | undefined {
        const text = this.string(path, value, "PT2H");
        if (text !== undefined && !isIsoDuration(text)) {
            this.fail(
                path,
                `"${text}" is not an ISO-8601 duration; write e.g. "PT0S" (every time), "PT15M", "PT2H" or "P1D"`,
            );
            return undefined;
        }
        return text;
    }

    /**
     * Reads a list of ids of one kind, refusing blanks, duplicates and ids of another kind (by Okta's id
     * prefixes), e.g. a network zone id in `conditions.people.groups.include`. With `allowAllZones`,
     * `"ALL_ZONES"` may be the only entry. Returns the known ids, e.g. `["00g1emaKYZTWRYYRRTSK"]`.
     */
    idList(path: string, value: unknown, kind: OktaIdKind, allowAllZones = false): string[] | undefined {
        const example = OKTA_ID_KINDS[kind].example;
        const items = this.list(path, value, `["${example}"]`);
        if (items === undefined) {
            return undefined;
        }
        const seen = new Map<string, string>();
        for (const { item, path: itemPath } of items) {
            const id = this.string(itemPath, item, example);
            if (id === undefined) {
                continue;
            }
            this.checkIdKind(itemPath, id, kind, allowAllZones, (value as unknown[]).length);
            const first = seen.get(id);
            if (first !== undefined) {
                this.fail(itemPath, `"${id}" is listed twice (first at ${first}); remove the duplicate`);
            } else {
                seen.set(id, itemPath);
            }
        }
        return [...seen.keys()];
    }

    private checkIdKind(
        path: string,
        id: string,
        kind: OktaIdKind,
        allowAllZones: boolean,
        listLength: number,
    ): void {
        if (id === "ALL_ZONES" && kind === "networkZone") {
            if (!allowAllZones) {
                this.fail(
                    path,
                    `"ALL_ZONES" is allowed only in conditions.network.include; list zone ids here`,
                );
            } else if (listLength > 1) {
                this.fail(
                    path,
                    `"ALL_ZONES" means every zone and must be the only entry; remove it or the other ids`,
                );
            }
            return;
        }
        const wrong = explainWrongIdKind(id, kind);
        if (wrong !== undefined) {
            const actual = findIdKind(id);
            const home = actual === undefined ? undefined : ID_HOMES[actual];
            const label = OKTA_ID_KINDS[kind].label;
            const fix =
                home !== undefined
                    ? `move it to ${home}`
                    : actual === undefined
                      ? `use the ${label}'s id, not its name`
                      : `list ${label} ids here`;
            this.fail(path, `${wrong}; ${fix}`);
        }
    }
}
