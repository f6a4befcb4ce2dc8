import { expect } from "chai";
import { findBottomPriority, placeRule } from "../../emulator/priority";

/** Applies writes `[ruleId, priority]` one after another to a policy laid out as `start`. */
function applyWrites(start: Record<string, number>, writes: Array<[string, number]>): Record<string, number> {
    let current = new Map(Object.entries(start));
    for (const [ruleId, priority] of writes) {
        current = placeRule(current, ruleId, priority);
    }
    return Object.fromEntries(current);
}

describe("placeRule (Okta's v2 priority algorithm)", () => {
    it("reproduces Okta's published priority drift pitfall exactly", () => {
        const start = { One: 1, Two: 2, Three: 3, Four: 4, Five: 5 };
        const after = applyWrites(start, [
            ["Three", 1],
            ["Two", 3],
            ["One", 2],
        ]);
        expect(after).to.deep.equal({ Three: 1, One: 2, Two: 4, Four: 5, Five: 6 });
        expect(Object.values(after)).to.not.include(3);
    });

    const cases: Array<{
        name: string;
        start: Record<string, number>;
        write: [string, number];
        expected: Record<string, number>;
    }> = [
        {
            name: "creates a rule in an empty slot without moving anyone",
            start: { A: 0, B: 2 },
            write: ["New", 1],
            expected: { A: 0, New: 1, B: 2 },
        },
        {
            name: "pushes occupants down one at a time until the first empty slot",
            start: { A: 0, B: 1, C: 2, D: 4 },
            write: ["New", 0],
            expected: { New: 0, A: 1, B: 2, C: 3, D: 4 },
        },
        {
            name: "counts the rule's own old slot as occupied, so re-sending its priority pushes the rule below",
            start: { A: 0, B: 1, C: 2 },
            write: ["A", 0],
            expected: { A: 0, B: 2, C: 3 },
        },
        {
            name: "leaves the rule's old slot as a gap when it moves up past an empty slot",
            start: { A: 0, B: 3 },
            write: ["B", 1],
            expected: { A: 0, B: 1 },
        },
        {
            name: "moves a rule down into a gap without moving anyone",
            start: { A: 0, B: 1, C: 5 },
            write: ["A", 3],
            expected: { A: 3, B: 1, C: 5 },
        },
    ];
    for (const { name, start, write, expected } of cases) {
        it(name, () => {
            expect(applyWrites(start, [write])).to.deep.equal(expected);
        });
    }

    it("does not change the map it is given", () => {
        const current = new Map([["A", 0]]);
        placeRule(current, "B", 0);
        expect(Object.fromEntries(current)).to.deep.equal({ A: 0 });
    });
});

describe("findBottomPriority", () => {
    const cases: Array<[number[], number]> = [
        [[], 0],
        [[0], 1],
        [[0, 4, 2], 5],
    ];
    for (const [priorities, expected] of cases) {
        it(`puts a rule without priority at ${expected} below [${priorities.join(", ")}]`, () => {
            expect(findBottomPriority(priorities)).to.equal(expected);
        });
    }
});
