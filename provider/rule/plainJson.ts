/** A JSON object as parsed from Okta or received from Pulumi, e.g. `{ name: "Enroll", priority: 1 }`. */
export type JsonRecord = Record<string, unknown>;

/**
 * True when a field is not given: `undefined` or `null`, e.g. `isAbsent(null)` is true, `isAbsent("")` false.
 */
export function isAbsent(value: unknown): value is undefined | null {
    return value === undefined || value === null;
}

/** True for a plain object (not an array, not null), e.g. `{ a: 1 }` is, `[1]` and `null` are not. */
export function isRecord(value: unknown): value is JsonRecord {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A deep copy of `value` holding only what JSON can carry: object keys whose value is `undefined` are
 * dropped, and so are `undefined` array items, e.g. `{ a: undefined, b: [1, undefined] }` becomes `{ b: [1]
 * }`. Pulumi's host cannot encode `undefined` ("Unexpected struct type"), so every value handed back to it
 * passes through here. With `dropNull`, `null` goes the same way (`{ a: null }` becomes `{}`), for values
 * where `null` means "not given".
 */
export function toPlainJson<T>(value: T, options: { dropNull?: boolean } = {}): T {
    const drop = (item: unknown) => item === undefined || (options.dropNull === true && item === null);
    const copy = (item: unknown): unknown => {
        if (Array.isArray(item)) {
            return item.filter(element => !drop(element)).map(copy);
        }
        if (isRecord(item)) {
            return Object.fromEntries(
                Object.entries(item)
                    .filter(([, field]) => !drop(field))
                    .map(([key, field]) => [key, copy(field)]),
            );
        }
        return item;
    };
    return copy(value) as T;
}

/**
 * JSON text with object keys sorted at every level, so that equal values give equal text whatever their key
 * order, e.g. `{ b: 1, a: [2] }` gives `{"a":[2],"b":1}`. Used to compare and to sort normalised values.
 */
export function toCanonicalJson(value: unknown): string {
    return JSON.stringify(sortKeys(value)) ?? "undefined";
}

function sortKeys(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(sortKeys);
    }
    if (isRecord(value)) {
        const sorted: JsonRecord = {};
        for (const key of Object.keys(value).sort()) {
            sorted[key] = sortKeys(value[key]);
        }
        return sorted;
    }
    return value;
}
