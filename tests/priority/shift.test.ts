import { expect } from "chai";
import { bottomOf, shiftPriorities, Slots } from "../../provider/priority/shift";

const slots = (entries: Record<string, number>): Slots => new Map(Object.entries(entries));
const asObject = (map: Slots) => Object.fromEntries([...map].sort((a, b) => a[1] - b[1]));

describe("Okta's renumbering of ACCESS_POLICY rule priorities", () => {
    it("reproduces Okta's published priority drift example exactly", () => {
        let state = slots({ One: 1, Two: 2, Three: 3, Four: 4, Five: 5 });
        state = shiftPriorities(state, "Three", 1);
        state = shiftPriorities(state, "Two", 3);
        state = shiftPriorities(state, "One", 2);
        expect(asObject(state)).to.deep.equal({ Three: 1, One: 2, Two: 4, Four: 5, Five: 6 });
    });

    it("pushes the rule below when a rule re-sends its own priority", () => {
        const state = shiftPriorities(slots({ A: 1, B: 2, C: 4 }), "A", 1);
        expect(asObject(state)).to.deep.equal({ A: 1, B: 3, C: 4 });
    });

    it("places a new rule in a gap without moving anyone", () => {
        const state = shiftPriorities(slots({ A: 0, B: 5 }), "C", 3);
        expect(asObject(state)).to.deep.equal({ A: 0, C: 3, B: 5 });
    });

    it("pushes occupants down only until the first gap", () => {
        const state = shiftPriorities(slots({ A: 1, B: 2, C: 4 }), "D", 1);
        expect(asObject(state)).to.deep.equal({ D: 1, A: 2, B: 3, C: 4 });
    });

    it("keeps an existing rule in place and puts a new one at the bottom when no priority is sent", () => {
        expect(asObject(shiftPriorities(slots({ A: 0, B: 4 }), "A", undefined))).to.deep.equal({
            A: 0,
            B: 4,
        });
        expect(asObject(shiftPriorities(slots({ A: 0, B: 4 }), "C", undefined))).to.deep.equal({
            A: 0,
            B: 4,
            C: 5,
        });
        expect(bottomOf(slots({}))).to.equal(0);
    });
});
