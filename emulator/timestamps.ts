/**
 * Okta's timestamp format: whole seconds in UTC with a literal `.000` fraction, e.g. `"2024-07-08T17:31:39.000Z"`.
 */

/** The Okta form of a date: `formatOktaTimestamp(new Date(1720459899123))` → `"2024-07-08T17:31:39.000Z"`. */
export function formatOktaTimestamp(date: Date): string {
    return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
}

/**
 * The `lastUpdated` of an object written at `now` whose previous `lastUpdated` was `previous`: `now` in Okta form,
 * but at least one second after `previous`, so every write is visible even within one second. E.g. previous
 * `"2024-07-08T17:31:39.000Z"` and a `now` in that same second → `"2024-07-08T17:31:40.000Z"`.
 */
export function formatNextLastUpdated(previous: string | undefined, now: Date): string {
    const floor = previous === undefined ? 0 : Date.parse(previous) + 1000;
    return formatOktaTimestamp(new Date(Math.max(now.getTime(), floor)));
}
