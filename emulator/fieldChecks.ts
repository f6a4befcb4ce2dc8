/**
 * Field checks shared by the validators of rules, zones and groups. Each check records a cause naming the field, the
 * bad value, the rule it breaks and the fix, so a validator can report every problem of a body at once. Pure.
 */
import { isJsonObject, type JsonObject, type JsonValue } from "./json";
import type { ValidationCause } from "./oktaError";

/**
 * ISO-8601 duration as Okta's `TimeDuration` pattern accepts it, e.g. `"PT0S"`, `"PT2H"`, `"P1DT12H"`. Okta's
 * published pattern, with its `(?:$)` lookahead slip corrected so that any non-empty duration matches.
 */
export const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** Collects validation causes in the order they are found, e.g. `[{ field: "name", message: "..." }]`. */
export class CauseCollector {
    readonly causes: ValidationCause[] = [];

    /** Records one cause, e.g. `add("priority", "-1 is below 0; use 0..98")`. */
    add(field: string, message: string): void {
        this.causes.push({ field, message });
    }

    /** The value if it is an object; records a cause if it is present but not an object, e.g. `"conditions"`. */
    object(value: JsonValue | undefined, field: string): JsonObject | undefined {
        if (value === undefined || value === null) {
            return undefined;
        }
        if (!isJsonObject(value)) {
            this.add(field, `${describe(value)} is not an object; send a JSON object here.`);
            return undefined;
        }
        return value;
    }

    /** Records a cause unless the value is a non-blank string, e.g. `text(body.name, "name")`. */
    text(value: JsonValue | undefined, field: string): void {
        if (typeof value !== "string" || value.trim() === "") {
            this.add(
                field,
                `The field cannot be left blank (got ${describe(value)}); send a non-empty string.`,
            );
        }
    }

    /** Records a cause if the value is present and not one of `allowed`, e.g. `"ZONES"` for `["ANYWHERE", "ZONE"]`. */
    oneOf(value: JsonValue | undefined, field: string, allowed: readonly string[], ignoreCase = false): void {
        if (value === undefined) {
            return;
        }
        const candidate = typeof value === "string" && ignoreCase ? value.toUpperCase() : value;
        if (typeof candidate !== "string" || !allowed.includes(candidate)) {
            this.add(field, `${describe(value)} is not a valid value; use one of ${allowed.join(", ")}.`);
        }
    }

    /** Records a cause if the value is present and not an array of strings, e.g. `"conditions.network.include"`. */
    stringList(value: JsonValue | undefined, field: string): string[] {
        if (value === undefined || value === null) {
            return [];
        }
        if (!Array.isArray(value) || value.some(item => typeof item !== "string")) {
            this.add(field, `${describe(value)} is not a list of strings; send an array such as ["id1"].`);
            return [];
        }
        return value as string[];
    }

    /** Like {@link stringList}, and each entry must be one of `allowed`. */
    oneOfList(
        value: JsonValue | undefined,
        field: string,
        allowed: readonly string[],
        ignoreCase = false,
    ): void {
        this.stringList(value, field).forEach((item, index) =>
            this.oneOf(item, `${field}[${index}]`, allowed, ignoreCase),
        );
    }

    /** Records a cause if the value is present and not an ISO-8601 duration such as `"PT2H"`. */
    duration(value: JsonValue | undefined, field: string): void {
        if (value !== undefined && (typeof value !== "string" || !ISO_DURATION.test(value))) {
            this.add(
                field,
                `${describe(value)} is not an ISO-8601 duration; use a value such as PT0S, PT2H or P1D.`,
            );
        }
    }

    /** Records a cause if the value is present and not a boolean. */
    flag(value: JsonValue | undefined, field: string): void {
        if (value !== undefined && typeof value !== "boolean") {
            this.add(field, `${describe(value)} is not a boolean; send true or false.`);
        }
    }
}

/** A short rendering of a JSON value for messages, e.g. `describe("ZONES")` → `'ZONES'`, `describe(undefined)` → `nothing`. */
export function describe(value: JsonValue | undefined): string {
    if (value === undefined) {
        return "nothing";
    }
    if (typeof value === "string") {
        return `'${value}'`;
    }
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
