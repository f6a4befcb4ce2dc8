/**
 * JSON value types for request and response bodies, and the few helpers every emulator module needs to walk them
 * without `any`.
 */

/** Any JSON value, e.g. `{ "name": "Enroll", "priority": 1 }` or `null`. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A JSON object, e.g. `{ "connection": "ANYWHERE" }`. */
export interface JsonObject {
    [key: string]: JsonValue;
}

/** True for a plain JSON object (not an array, not null): `isJsonObject({ a: 1 })` is true, `isJsonObject([])` false. */
export function isJsonObject(value: unknown): value is JsonObject {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A deep copy through JSON, e.g. `cloneJson({ a: [1] })` is a new `{ a: [1] }` sharing nothing with its source. */
export function cloneJson<T extends JsonValue>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Deep equality of two JSON values, ignoring key order: `isJsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })` is true.
 * `undefined` counts as absent, so `isJsonEqual(undefined, undefined)` is true.
 */
export function isJsonEqual(left: JsonValue | undefined, right: JsonValue | undefined): boolean {
    if (left === right) {
        return true;
    }
    if (Array.isArray(left) && Array.isArray(right)) {
        return left.length === right.length && left.every((item, index) => isJsonEqual(item, right[index]));
    }
    if (isJsonObject(left) && isJsonObject(right)) {
        const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
        return [...keys].every(key => isJsonEqual(left[key], right[key]));
    }
    return false;
}
