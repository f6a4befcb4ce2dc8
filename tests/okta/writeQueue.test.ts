import { expect } from "chai";
import { runExclusive } from "../../provider/okta/writeQueue";

const tick = () => new Promise(resolve => setTimeout(resolve, 5));

describe("the per-policy write queue", () => {
    it("runs tasks of one policy one at a time, in order, even when one fails", async () => {
        const events: string[] = [];
        const task =
            (name: string, fail = false) =>
            async () => {
                events.push(`start ${name}`);
                await tick();
                events.push(`end ${name}`);
                if (fail) throw new Error(name);
                return name;
            };
        const results = await Promise.allSettled([
            runExclusive("rst1", task("a")),
            runExclusive("rst1", task("b", true)),
            runExclusive("rst1", task("c")),
        ]);
        expect(events).to.deep.equal(["start a", "end a", "start b", "end b", "start c", "end c"]);
        expect(results.map(r => r.status)).to.deep.equal(["fulfilled", "rejected", "fulfilled"]);
    });

    it("runs tasks of different policies side by side", async () => {
        const events: string[] = [];
        const task = (name: string) => async () => {
            events.push(`start ${name}`);
            await tick();
            events.push(`end ${name}`);
        };
        await Promise.all([runExclusive("rst1", task("a")), runExclusive("rst2", task("b"))]);
        expect(events.slice(0, 2)).to.deep.equal(["start a", "start b"]);
    });
});
