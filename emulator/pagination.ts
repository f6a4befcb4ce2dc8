/**
 * Cursor pagination as Okta does it: `limit` and `after` query parameters, an absolute `Link: <...>; rel="next"`
 * header while more items follow, never an empty page that still links onward. Pure.
 */

/** One page of a list, e.g. `{ items: [r1, r2], nextCursor: "rul2" }`; `nextCursor` undefined on the last page. */
export interface Page<T> {
    items: T[];
    nextCursor?: string;
}

/**
 * The page of `items` after the item whose id is `after` (from the start when undefined or unknown), at most `limit`
 * long (everything when undefined). E.g. ids `[a, b, c]`, `limit` 2 → `{ items: [a, b], nextCursor: "b" }`; then
 * `after` `"b"` → `{ items: [c] }`.
 */
export function paginate<T>(items: T[], idOf: (item: T) => string, limit?: number, after?: string): Page<T> {
    const start = after === undefined ? 0 : items.findIndex(item => idOf(item) === after) + 1;
    const end = limit === undefined ? items.length : start + limit;
    const page = items.slice(start, end);
    return end < items.length && page.length > 0
        ? { items: page, nextCursor: idOf(page[page.length - 1]) }
        : { items: page };
}

/**
 * The `Link` header of a page: always `rel="self"` (the page's own query), plus `rel="next"` with `after` set to the
 * cursor. E.g.
 * `buildLinkHeader("http://127.0.0.1:9/api/v1/policies/rst1/rules", new URLSearchParams("limit=2"), "rul2")` →
 * `<http://127.0.0.1:9/api/v1/policies/rst1/rules?limit=2>; rel="self", <...?limit=2&after=rul2>; rel="next"`.
 */
export function buildLinkHeader(baseUrl: string, query: URLSearchParams, nextCursor?: string): string {
    const self = `<${withQuery(baseUrl, query)}>; rel="self"`;
    if (nextCursor === undefined) {
        return self;
    }
    const next = new URLSearchParams(query);
    next.set("after", nextCursor);
    return `${self}, <${withQuery(baseUrl, next)}>; rel="next"`;
}

function withQuery(baseUrl: string, query: URLSearchParams): string {
    const text = query.toString();
    return text === "" ? baseUrl : `${baseUrl}?${text}`;
}
