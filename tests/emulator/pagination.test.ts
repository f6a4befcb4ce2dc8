import { expect } from "chai";
import { buildLinkHeader, paginate } from "../../emulator/pagination";

const ids = ["a", "b", "c", "d"];
const idOf = (id: string): string => id;

describe("paginate", () => {
    const cases: Array<{
        name: string;
        limit?: number;
        after?: string;
        expected: { items: string[]; nextCursor?: string };
    }> = [
        { name: "returns everything without a limit", expected: { items: ids } },
        {
            name: "cuts the first page and points at its last id",
            limit: 3,
            expected: { items: ["a", "b", "c"], nextCursor: "c" },
        },
        {
            name: "continues after the cursor and ends without a cursor",
            limit: 3,
            after: "c",
            expected: { items: ["d"] },
        },
        {
            name: "ends without a cursor when the last page is exactly full",
            limit: 2,
            after: "b",
            expected: { items: ["c", "d"] },
        },
        {
            name: "answers an empty last page without a cursor",
            limit: 2,
            after: "d",
            expected: { items: [] },
        },
        {
            name: "restarts from the beginning for an unknown cursor",
            limit: 1,
            after: "zz",
            expected: { items: ["a"], nextCursor: "a" },
        },
    ];
    for (const { name, limit, after, expected } of cases) {
        it(name, () => {
            expect(paginate(ids, idOf, limit, after)).to.deep.equal(expected);
        });
    }
});

describe("buildLinkHeader", () => {
    it("links only to itself on the last page", () => {
        expect(buildLinkHeader("http://127.0.0.1:9/api/v1/zones", new URLSearchParams())).to.equal(
            '<http://127.0.0.1:9/api/v1/zones>; rel="self"',
        );
    });

    it("adds an absolute next link that replaces the after cursor and keeps the other parameters", () => {
        const query = new URLSearchParams("limit=2&after=a&q=x");
        expect(buildLinkHeader("http://127.0.0.1:9/api/v1/groups", query, "c")).to.equal(
            '<http://127.0.0.1:9/api/v1/groups?limit=2&after=a&q=x>; rel="self", ' +
                '<http://127.0.0.1:9/api/v1/groups?limit=2&after=c&q=x>; rel="next"',
        );
    });
});
