import { expect } from "chai";
import { placeRule } from "../../emulator/priority";
import { planRuleSetWrites, type PlanEntry, type PlanStep } from "../../provider/ruleSet/planWrites";
import type { ForeignRulesMode } from "../../provider/ruleSet/ruleSetInputs";

/**
 * Replays the steps with the emulator's own implementation of Okta's renumbering (not the planner's), so that a
 * wrong prediction in the planner shows as a wrong end state.
 */
function replay(start: Record<string, number>, entries: PlanEntry[], steps: PlanStep[]): Map<string, number> {
    let slots = new Map(Object.entries(start));
    for (const step of steps) {
        if (step.action === "delete") slots.delete(step.ruleId);
        if (step.action === "create") slots = placeRule(slots, `new:${step.entry}`, step.priority);
        if (step.action === "replace" && step.priority !== undefined)
            slots = placeRule(slots, entries[step.entry].ruleId!, step.priority);
    }
    return slots;
}

const existing = (ruleId: string, changes: Partial<PlanEntry> = {}): PlanEntry => ({
    ruleId,
    contentChanged: false,
    statusChanged: false,
    ...changes,
});
const fresh = (): PlanEntry => ({ contentChanged: true, statusChanged: false });

interface Case {
    name: string;
    slots: Record<string, number>;
    entries: PlanEntry[];
    remove?: string[];
    mode: ForeignRulesMode;
    /** Where every rule must end, by id (`new:<entry>` for created ones). */
    expected: Record<string, number>;
    writes: number;
}

const cases: Case[] = [
    {
        name: "writes nothing when the rules already hold their places",
        slots: { A: 0, B: 1, X: 7 },
        entries: [existing("A"), existing("B")],
        mode: "report",
        expected: { A: 0, B: 1, X: 7 },
        writes: 0,
    },
    {
        name: "puts shuffled rules in list order, letting Okta's push move the rules below",
        slots: { A: 2, B: 0, C: 1 },
        entries: [existing("A"), existing("B"), existing("C")],
        mode: "report",
        expected: { A: 0, B: 1, C: 2 },
        writes: 1,
    },
    {
        name: "closes gaps: priorities 0..n-1",
        slots: { A: 5, B: 10, C: 40 },
        entries: [existing("A"), existing("B"), existing("C")],
        mode: "report",
        expected: { A: 0, B: 1, C: 2 },
        writes: 3,
    },
    {
        name: "pushes a foreign rule below the set without writing it (report)",
        slots: { X: 0, A: 1, B: 2 },
        entries: [existing("A"), existing("B")],
        mode: "report",
        expected: { A: 0, B: 1, X: 2 },
        writes: 2,
    },
    {
        name: "takes the free priorities around kept rules in list order (keep)",
        slots: { A: 0, X: 1, B: 2, C: 3 },
        entries: [existing("C"), existing("B"), existing("A")],
        mode: "keep",
        expected: { C: 0, X: 1, B: 2, A: 3 },
        writes: 3,
    },
    {
        name: "moves its own blocking rule aside rather than push a kept rule (keep)",
        slots: { A: 0, B: 1, X: 2 },
        entries: [existing("B"), existing("A")],
        mode: "keep",
        expected: { B: 0, A: 1, X: 2 },
        writes: 3,
    },
    {
        name: "creates a new rule at its place and lets Okta's push put the next rule where it belongs",
        slots: { A: 0 },
        entries: [fresh(), existing("A")],
        mode: "report",
        expected: { "new:0": 0, A: 1 },
        writes: 1,
    },
    {
        name: "deletes foreign rules first, then orders the set (remove)",
        slots: { X: 0, A: 1, Y: 5 },
        entries: [existing("A")],
        remove: ["X", "Y"],
        mode: "remove",
        expected: { A: 0 },
        writes: 3,
    },
    {
        name: "replaces a changed rule in place, without a priority",
        slots: { A: 0, B: 1 },
        entries: [existing("A"), existing("B", { contentChanged: true })],
        mode: "report",
        expected: { A: 0, B: 1 },
        writes: 1,
    },
];

describe("planning the writes of an ordered rule set", () => {
    for (const c of cases) {
        it(c.name, () => {
            const plan = planRuleSetWrites({
                slots: new Map(Object.entries(c.slots)),
                entries: c.entries,
                remove: c.remove ?? [],
                mode: c.mode,
            });
            expect(Object.fromEntries(replay(c.slots, c.entries, plan.steps))).to.deep.equal(c.expected);
            expect(plan.steps).to.have.length(c.writes);
        });
    }

    it("sends the content-only write of a changed rule without a priority, so nobody is pushed", () => {
        const plan = planRuleSetWrites({
            slots: new Map([
                ["A", 0],
                ["B", 1],
            ]),
            entries: [existing("A"), existing("B", { contentChanged: true, statusChanged: true })],
            remove: [],
            mode: "report",
        });
        expect(plan.steps).to.deep.equal([
            { action: "replace", entry: 1 },
            { action: "setStatus", entry: 1 },
        ]);
    });

    it("refuses to leave no room: every priority taken by kept rules", () => {
        const slots = new Map(Array.from({ length: 99 }, (_, i) => [`X${i}`, i] as [string, number]));
        expect(() => planRuleSetWrites({ slots, entries: [fresh()], remove: [], mode: "keep" })).to.throw(
            /do not fit in priorities 0\.\.98/,
        );
    });

    it("refuses a write that would push a rule past priority 98", () => {
        const slots = new Map(Array.from({ length: 98 }, (_, i) => [`X${i}`, i + 1] as [string, number]));
        slots.set("A", 0);
        expect(() =>
            planRuleSetWrites({ slots, entries: [fresh(), existing("A")], remove: [], mode: "report" }),
        ).to.throw(/past 98/);
    });

    describe("from 300 random starting states", () => {
        for (const mode of ["report", "keep", "remove"] as const) {
            it(`converges in one pass with ${mode}, never moving a kept rule with keep`, () => {
                let seed = 11;
                const random = (n: number) => {
                    seed = (seed * 1103515245 + 12345) % 2147483648;
                    return seed % n;
                };
                for (let run = 0; run < 100; run++) {
                    const owned = 1 + random(8);
                    const foreign = random(4);
                    const slots = new Map<string, number>();
                    const used = new Set<number>();
                    const place = (id: string) => {
                        let slot = random(30);
                        while (used.has(slot)) slot = random(30);
                        used.add(slot);
                        slots.set(id, slot);
                    };
                    for (let i = 0; i < owned; i++) place(`R${i}`);
                    for (let i = 0; i < foreign; i++) place(`F${i}`);
                    const order = Array.from({ length: owned }, (_, i) => `R${i}`).sort(() => random(3) - 1);
                    const entries = [...order.map(id => existing(id)), ...(random(2) ? [fresh()] : [])];
                    const remove =
                        mode === "remove" ? [...slots.keys()].filter(id => id.startsWith("F")) : [];
                    const start = Object.fromEntries(slots);
                    const plan = planRuleSetWrites({ slots, entries, remove, mode });
                    const end = replay(start, entries, plan.steps);
                    const keys = entries.map((e, i) => e.ruleId ?? `new:${i}`);
                    const positions = keys.map(key => end.get(key)!);
                    const foreignIds = [...end.keys()].filter(id => id.startsWith("F"));
                    const context = JSON.stringify({ start, order, mode });
                    expect(positions, context).to.deep.equal([...positions].sort((a, b) => a - b));
                    if (mode === "keep") {
                        for (const id of foreignIds) expect(end.get(id), context).to.equal(start[id]);
                        const held = new Set(foreignIds.map(id => start[id]));
                        const free = Array.from({ length: 99 }, (_, i) => i).filter(i => !held.has(i));
                        expect(positions, context).to.deep.equal(free.slice(0, keys.length));
                    } else {
                        expect(positions, context).to.deep.equal(keys.map((_, i) => i));
                        for (const id of foreignIds)
                            expect(end.get(id)!, context).to.be.at.least(keys.length);
                    }
                    expect(new Set(end.values()).size, context).to.equal(end.size);
                }
            });
        }
    });
});
