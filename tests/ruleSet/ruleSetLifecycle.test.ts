import { expect } from "chai";
import { EmulatorControl } from "../../emulator/control";
import { RunningEmulator, SEED_IDS, startEmulator } from "../../emulator/index";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import {
    AccountManagementPolicyRules,
    type AccountManagementPolicyRulesArgs,
    type AccountManagementPolicyRulesEntryArgs,
} from "../../provider/resources/accountManagementPolicyRules";
import type { ForeignRulesMode } from "../../provider/ruleSet/ruleSetInputs";
import { DynamicProviderHost, Props, urnOf, startHostFor } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";
import { declaredRule } from "./ruleSetExamples";

const POLICY = SEED_IDS.accountManagementPolicy;
const RULES_PATH = `/api/v1/policies/${POLICY}/rules`;
const SET_URN = urnOf("AccountManagementPolicyRules", "policy-rules");

/** The inputs the engine sends for a set declared in a program (each recording is a program run of its own). */
async function setInputs(args: AccountManagementPolicyRulesArgs): Promise<Props> {
    const registrations = await recordRegistrations(() => [
        new AccountManagementPolicyRules("policy-rules", args),
    ]);
    return registrations[0].inputs;
}

const rulesNamed = (...names: string[]) => names.map(name => declaredRule(name));

describe("AccountManagementPolicyRules through the dynamic-provider host", function () {
    let emulator: RunningEmulator;
    let control: EmulatorControl;
    let host: DynamicProviderHost;

    const api = async (method: string, path: string, body?: unknown): Promise<Props & Props[]> => {
        const response = await fetch(`${emulator.orgUrl}${path}`, {
            method,
            headers: { Authorization: `SSWS ${emulator.apiToken}`, "Content-Type": "application/json" },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (response.status >= 400)
            throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
        return (response.status === 204 ? [] : await response.json()) as Props & Props[];
    };
    /** Creates a rule outside the stack, as the Admin Console or another tool would. */
    const createOutside = async (
        name: string,
        priority: number,
        rule = declaredRule(name),
    ): Promise<string> => {
        const created = await api("POST", RULES_PATH, { ...rule, name, priority, type: "ACCESS_POLICY" });
        return String(created.id);
    };
    /** The policy's non-system rules as `name@priority`, top first. */
    const order = async (): Promise<string[]> =>
        ((await api("GET", RULES_PATH)) as Props[])
            .filter(rule => rule.system !== true)
            .map(rule => `${String(rule.name)}@${String(rule.priority)}`);
    const calls = async () => (await control.requests()).map(r => `${r.method} ${r.path}`);
    const writes = async () => (await calls()).filter(call => !call.startsWith("GET "));
    const checked = async (args: AccountManagementPolicyRulesArgs, olds: Props = {}) => {
        const result = await host.check(SET_URN, olds, await setInputs(args));
        expect(result.failures).to.deep.equal([]);
        return result.inputs;
    };

    before(async () => {
        emulator = await startEmulator();
        control = new EmulatorControl(emulator.orgUrl);
    });
    after(() => emulator.close());
    beforeEach(async () => {
        await control.reset();
        host = await startHostFor(emulator);
    });
    afterEach(async () => {
        await host.stop();
    });

    const startingStates: { name: string; outside: [string, number][]; expected: string[]; posts: number }[] =
        [
            {
                name: "shuffled (all three rules exist, in reverse order)",
                outside: [
                    ["C", 0],
                    ["B", 1],
                    ["A", 2],
                ],
                expected: ["A@0", "B@1", "C@2"],
                posts: 0,
            },
            {
                name: "gapped (the rules exist far apart)",
                outside: [
                    ["B", 10],
                    ["A", 40],
                    ["C", 70],
                ],
                expected: ["A@0", "B@1", "C@2"],
                posts: 0,
            },
            {
                name: "foreign (rules the set does not list sit at the top; two of its rules are missing)",
                outside: [
                    ["X", 0],
                    ["Y", 1],
                    ["B", 3],
                ],
                expected: ["A@0", "B@1", "C@2", "X@3", "Y@4"],
                posts: 2,
            },
        ];
    for (const state of startingStates) {
        it(`converges from a ${state.name} in one create, then a second run makes no call`, async () => {
            for (const [name, priority] of state.outside) await createOutside(name, priority);
            const news = await checked({ rules: rulesNamed("A", "B", "C") });
            await control.clearRequests();
            const created = await host.create(SET_URN, news);

            expect(await order()).to.deep.equal(state.expected);
            expect((await writes()).filter(call => call.startsWith("POST "))).to.have.length(state.posts);
            expect(created.id).to.equal(POLICY);
            const outs = created.outs as { rules: Props[]; foreignRulesFound: Props[] };
            expect(outs.rules.map(rule => `${String(rule.name)}@${String(rule.priority)}`)).to.deep.equal(
                state.expected.slice(0, 3),
            );
            expect(outs.rules.every(rule => String(rule.id).startsWith("rul"))).to.equal(true);
            expect(outs.foreignRulesFound.map(rule => rule.name)).to.deep.equal(
                state.expected.slice(3).map(at => at.split("@")[0]),
            );

            // The next `pulumi up`: check and diff only, no call at all.
            await control.clearRequests();
            const again = await checked({ rules: rulesNamed("A", "B", "C") }, news);
            expect((await host.diff(SET_URN, created.id, created.outs, again)).changes).to.equal("NONE");
            expect(await calls()).to.deep.equal([]);
            // With --refresh: one list.
            const refreshed = await host.read(SET_URN, created.id, created.outs);
            expect(await calls()).to.deep.equal([`GET ${RULES_PATH}`]);
            expect((await host.diff(SET_URN, created.id, refreshed.props, again)).changes).to.equal("NONE");
            // Even an update the engine runs anyway writes nothing.
            await control.clearRequests();
            await host.update(SET_URN, created.id, refreshed.props, again);
            expect(await calls()).to.deep.equal([`GET ${RULES_PATH}`]);
        });
    }

    it("reorders an existing set in one run, moving only rules out of place", async () => {
        const news = await checked({ rules: rulesNamed("A", "B", "C", "D", "E") });
        const created = await host.create(SET_URN, news);
        const reversed = await checked({ rules: rulesNamed("E", "D", "C", "B", "A") }, news);
        expect((await host.diff(SET_URN, created.id, created.outs, reversed)).changes).to.equal("SOME");
        await control.clearRequests();
        const updated = await host.update(SET_URN, created.id, created.outs, reversed);

        expect(await order()).to.deep.equal(["E@0", "D@1", "C@2", "B@3", "A@4"]);
        const moves = await writes();
        expect(moves.every(call => call.startsWith("PUT "))).to.equal(true, moves.join(", "));
        expect(moves.length).to.be.at.most(4, "one write per rule that must move up");
        expect((updated.rules as Props[]).map(rule => rule.priority)).to.deep.equal([0, 1, 2, 3, 4]);
    });

    it("adds, changes and drops rules in one update, writing only those", async () => {
        const news = await checked({ rules: rulesNamed("A", "B", "C") });
        const created = await host.create(SET_URN, news);
        const ids = Object.fromEntries((created.outs.rules as Props[]).map(rule => [rule.name, rule.id]));
        const edited = await checked(
            { rules: [declaredRule("A"), declaredRule("B", "PT2H"), declaredRule("D")] },
            news,
        );
        await control.clearRequests();
        const updated = await host.update(SET_URN, created.id, created.outs, edited);

        expect(await writes()).to.deep.equal([
            `DELETE ${RULES_PATH}/${ids.C}`,
            `PUT ${RULES_PATH}/${ids.B}`,
            `POST ${RULES_PATH}`,
        ]);
        expect((await control.requests()).find(r => r.method === "PUT")?.body).not.to.have.property(
            "priority",
        );
        expect(await order()).to.deep.equal(["A@0", "B@1", "D@2"]);
        expect((updated.rules as Props[])[1]).to.have.nested.property(
            "actions.appSignOn.verificationMethod.reauthenticateIn",
            "PT2H",
        );
    });

    const modes: { mode: ForeignRulesMode; expected: string[]; found: string[] }[] = [
        { mode: "report", expected: ["A@0", "B@1", "X@2", "Y@3"], found: ["X", "Y"] },
        { mode: "keep", expected: ["X@0", "A@1", "Y@2", "B@3"], found: ["X", "Y"] },
        { mode: "remove", expected: ["A@0", "B@1"], found: [] },
    ];
    for (const { mode, expected, found } of modes) {
        it(`treats rules outside the set per foreignRules: "${mode}", never writing them unless removing`, async () => {
            const x = await createOutside("X", 0);
            await createOutside("A", 1);
            const y = await createOutside("Y", 2);
            const news = await checked({ rules: rulesNamed("A", "B"), foreignRules: mode });
            await control.clearRequests();
            const created = await host.create(SET_URN, news);

            expect(await order()).to.deep.equal(expected);
            const touchedForeign = (await writes()).filter(call => call.endsWith(x) || call.endsWith(y));
            expect(touchedForeign).to.deep.equal(
                mode === "remove" ? [`DELETE ${RULES_PATH}/${x}`, `DELETE ${RULES_PATH}/${y}`] : [],
            );
            expect((created.outs.foreignRulesFound as Props[]).map(rule => rule.name)).to.deep.equal(found);
            const again = await checked({ rules: rulesNamed("A", "B"), foreignRules: mode }, news);
            expect((await host.diff(SET_URN, created.id, created.outs, again)).changes).to.equal("NONE");
        });
    }

    it("notices drift on refresh and repairs it in the next update", async () => {
        const news = await checked({ rules: rulesNamed("A", "B", "C") });
        const created = await host.create(SET_URN, news);
        const ids = Object.fromEntries((created.outs.rules as Props[]).map(rule => [rule.name, rule.id]));
        const b = await api("GET", `${RULES_PATH}/${ids.B}`);
        await api("PUT", `${RULES_PATH}/${ids.B}`, {
            ...b,
            actions: declaredRule("B", "PT2H").actions,
        });
        await api("DELETE", `${RULES_PATH}/${ids.C}`);
        const z = await createOutside("Z", 0);

        const refreshed = await host.read(SET_URN, created.id, created.outs);
        expect(refreshed.props.drift).to.deep.equal([
            `rule "A" (${ids.A}) changed outside the stack: priority`,
            `rule "B" (${ids.B}) changed outside the stack: actions.appSignOn.verificationMethod, priority`,
            `rule "C" (${ids.C}) was deleted outside the stack`,
            `rule "Z" (${z}) appeared at priority 0; the set does not own it (foreignRules: "report")`,
        ]);
        expect((await host.diff(SET_URN, created.id, refreshed.props, news)).changes).to.equal("SOME");
        const repaired = await host.update(SET_URN, created.id, refreshed.props, news);
        expect(await order()).to.deep.equal(["A@0", "B@1", "C@2", "Z@3"]);
        expect(repaired.drift).to.deep.equal([]);
        expect((await host.read(SET_URN, created.id, repaired)).props.drift).to.deep.equal([]);
    });

    it("deletes only its own rules", async () => {
        await createOutside("X", 5);
        const created = await host.create(SET_URN, await checked({ rules: rulesNamed("A", "B") }));
        await host.delete(SET_URN, created.id, created.outs);
        expect(await order()).to.deep.equal(["X@5"]);
    });

    describe("next to single AccountManagementPolicyRule resources", () => {
        const singleUrn = urnOf("AccountManagementPolicyRule", "single-b");
        const singleInputs = async (
            args: Partial<AccountManagementPolicyRulesEntryArgs> & { adopt?: boolean },
        ) => {
            const registrations = await recordRegistrations(() => [
                new AccountManagementPolicyRule("single-b", { ...declaredRule("B"), ...args }),
            ]);
            return (await host.check(singleUrn, {}, registrations[0].inputs)).inputs;
        };

        it("refuses to take over a rule that a single resource of the stack manages, writing nothing", async () => {
            await host.create(singleUrn, await singleInputs({}));
            const news = await checked({ rules: rulesNamed("A", "B") });
            await control.clearRequests();
            let failure: Error | undefined;
            await host.create(SET_URN, news).catch((error: Error) => (failure = error));
            expect(failure?.message).to.match(
                /"B" \(rul\w+, rules\[1\]\) is also managed by AccountManagementPolicyRule/,
            );
            expect(await writes()).to.deep.equal([]);
        });

        it("releases a rule moved from the set to a single resource instead of deleting it", async () => {
            const news = await checked({ rules: rulesNamed("A", "B") });
            const created = await host.create(SET_URN, news);
            const b = (created.outs.rules as Props[])[1];
            // The next program lists only A in the set and declares B as a single rule that takes it over.
            const next = await checked({ rules: rulesNamed("A") }, news);
            const single = await host.create(singleUrn, await singleInputs({ adopt: true }));
            expect(single.id).to.equal(b.id);
            const updated = await host.update(SET_URN, created.id, created.outs, next);
            expect(await order()).to.deep.equal(["A@0", "B@1"]);
            expect((updated.foreignRulesFound as Props[]).map(rule => rule.id)).to.deep.equal([b.id]);
        });
    });
});
