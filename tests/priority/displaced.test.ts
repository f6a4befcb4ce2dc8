import { expect } from "chai";
import { findFirstDisplaced } from "../../provider/priority/displaced";
import { shiftPriorities, Slots } from "../../provider/priority/shift";

const map = (entries: Record<string, number>) => new Map(Object.entries(entries));

/** Restores top-down as the provider does, returning the final slots and the writes made. */
function restoreAll(actual: Slots, declared: Map<string, number>): { slots: Slots; writes: string[] } {
    let slots = actual;
    const writes: string[] = [];
    for (
        let restore = findFirstDisplaced(slots, declared);
        restore;
        restore = findFirstDisplaced(slots, declared)
    ) {
        writes.push(`${restore.ruleId}@${restore.priority}`);
        slots = shiftPriorities(slots, restore.ruleId, restore.priority);
        if (writes.length > 20) throw new Error("did not converge");
    }
    return { slots, writes };
}

describe("restoring declared priorities", () => {
    it("finds nothing to do when every declared rule holds its place, whatever foreign rules do", () => {
        expect(findFirstDisplaced(map({ A: 1, F: 2, B: 3 }), map({ A: 1, B: 3 }))).to.equal(undefined);
    });

    it("puts back the top-most displaced rule first", () => {
        expect(findFirstDisplaced(map({ A: 2, B: 5 }), map({ A: 1, B: 4 }))).to.deep.equal({
            ruleId: "A",
            priority: 1,
        });
    });

    it("ignores rules that share a declared priority, since no order satisfies both", () => {
        expect(findFirstDisplaced(map({ A: 1, B: 2 }), map({ A: 1, B: 1 }))).to.equal(undefined);
    });

    it("converges after a foreign rule pushed a declared rule down", () => {
        // F sat at 1; creating A at 1 pushed F to 2 and B (declared 2) to 3.
        const { slots, writes } = restoreAll(map({ A: 1, F: 2, B: 3 }), map({ A: 1, B: 2 }));
        expect(writes).to.deep.equal(["B@2"]);
        expect(slots.get("A")).to.equal(1);
        expect(slots.get("B")).to.equal(2);
    });

    it("converges from every order of a rotation of three rules", () => {
        const declared = map({ A: 3, B: 1, C: 2 });
        for (const order of [
            ["A", "B", "C"],
            ["C", "B", "A"],
            ["B", "A", "C"],
            ["C", "A", "B"],
        ]) {
            let slots: Slots = map({ A: 1, B: 2, C: 3 });
            for (const id of order) slots = shiftPriorities(slots, id, declared.get(id));
            const result = restoreAll(slots, declared);
            expect(
                [...declared].every(([id, p]) => result.slots.get(id) === p),
                order.join(),
            ).to.equal(true);
        }
    });
});
