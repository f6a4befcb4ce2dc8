/**
 * `base` deep-copied with the value at each dotted path (`"a.b[0].c"`) set, or removed when the value is
 * `undefined`; missing objects on the way are created. E.g. `withPaths({ a: { b: 1 } }, { "a.c": 2, "a.b":
 * undefined })` is `{ a: { c: 2 } }`.
 */
export function withPaths<T>(base: T, values: Record<string, unknown>): T {
    const copy = structuredClone(base) as Record<string, unknown>;
    for (const [path, value] of Object.entries(values)) {
        const keys = path.split(/\.|\[(\d+)\]/).filter(key => key !== undefined && key !== "");
        let target = copy;
        for (const key of keys.slice(0, -1)) {
            target[key] ??= {};
            target = target[key] as Record<string, unknown>;
        }
        const last = keys[keys.length - 1];
        if (value === undefined) {
            delete target[last];
        } else {
            target[last] = value;
        }
    }
    return copy as T;
}
