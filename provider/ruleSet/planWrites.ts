/**
 * The writes that bring a policy's rules into the order of a rule set, one at a time, top-down. Pure: Okta's
 * renumbering is predicted with `shiftPriorities`.
 *
 * Writing the rules top-down converges in one pass: a write at priority p pushes only rules at p and below, and
 * every rule above p already holds its place. A rule is written only when it is out of place when its turn
 * comes, or when its content or status differs. With `"keep"`, a write that would push a kept rule is preceded
 * by moving the set's own rule that blocks the slot to an empty one, so kept rules never move.
 */
import { shiftPriorities, type Slots } from "../priority/shift";
import type { ForeignRulesMode } from "./ruleSetInputs";
import { findTargetSlots, LAST_RULE_PRIORITY } from "./targetSlots";

/**
 * One rule of the set as the planner sees it, e.g. `{ ruleId: "rul1", contentChanged: false, statusChanged: true }`;
 * `ruleId` undefined: the rule does not exist yet.
 */
export interface PlanEntry {
    ruleId?: string;
    contentChanged: boolean;
    statusChanged: boolean;
}

/**
 * What the planner starts from, e.g. `{ slots: { rulB → 0, rulA → 1, rulX → 5 }, entries: [A, B], remove: [],
 * mode: "report" }`. `slots` holds every non-system rule of the policy; rules that are neither entries nor in
 * `remove` are the ones the set leaves alone (pushed below the set unless `mode` is `"keep"`).
 */
export interface PlanInput {
    slots: Slots;
    entries: readonly PlanEntry[];
    remove: readonly string[];
    mode: ForeignRulesMode;
}

/**
 * One call, in order: delete a rule; create entry `entry` at `priority`; replace entry `entry` with its declared
 * content (and move it to `priority` when given); set entry `entry`'s declared status. E.g. `{ action: "replace",
 * entry: 2, priority: 2 }` is one PUT of the third rule of the list, carrying priority 2.
 */
export type PlanStep =
    | { action: "delete"; ruleId: string }
    | { action: "create"; entry: number; priority: number }
    | { action: "replace"; entry: number; priority?: number }
    | { action: "setStatus"; entry: number };

/**
 * The steps and where they leave every rule, e.g. `{ steps: [{ action: "replace", entry: 0, priority: 0 }],
 * targets: [0, 1], slots: { rulA → 0, rulB → 1 } }`. In `slots`, a created rule is keyed `new:<entry>`.
 */
export interface RuleSetPlan {
    steps: PlanStep[];
    targets: number[];
    slots: Map<string, number>;
}

/**
 * The calls that put entry i at `targets[i]` with its declared content and status, e.g. slots `{ A → 0, B → 1 }`
 * and entries `[B, A]` (no content change) → `[{ action: "replace", entry: 0, priority: 0 }, { action:
 * "replace", entry: 1, priority: 1 }]`: B's write at 0 pushes A to 1 and, B's old slot counting as taken, the
 * rules below it one further, so A is written at 1 too. No steps when everything is in place. Throws when a write
 * would push a rule past priority 98.
 */
export function planRuleSetWrites(input: PlanInput): RuleSetPlan {
    let slots = new Map(input.slots);
    const steps: PlanStep[] = [];
    for (const ruleId of input.remove) {
        steps.push({ action: "delete", ruleId });
        slots.delete(ruleId);
    }
    const keys = input.entries.map((entry, index) => entry.ruleId ?? `new:${index}`);
    const entryOf = new Map(keys.map((key, index) => [key, index]));
    const kept = [...slots.keys()].filter(id => !entryOf.has(id));
    const targets = findTargetSlots(
        keys.length,
        kept.map(id => slots.get(id)!),
        input.mode,
    );
    const written = new Set<number>();
    const move = (index: number, priority: number) => {
        const exists = input.entries[index].ruleId !== undefined;
        steps.push(
            exists
                ? { action: "replace", entry: index, priority }
                : { action: "create", entry: index, priority },
        );
        slots = shiftPriorities(slots, keys[index], priority);
        written.add(index);
        refuseBeyondLastPriority(slots);
    };
    for (const [index, entry] of input.entries.entries()) {
        const target = targets[index];
        if (slots.get(keys[index]) !== target) {
            if (input.mode === "keep" && wouldPush(slots, keys[index], target, kept)) {
                const blocker = [...slots].find(([, slot]) => slot === target)![0];
                const blockerIndex = entryOf.get(blocker)!;
                move(blockerIndex, findParkingSlot(slots, targets[blockerIndex], targets));
            }
            move(index, target);
        } else if (entry.contentChanged && !written.has(index)) {
            steps.push({ action: "replace", entry: index });
        }
        if (entry.statusChanged && entry.ruleId !== undefined)
            steps.push({ action: "setStatus", entry: index });
    }
    return { steps, targets, slots };
}

/** Whether writing `key` at `priority` would move any of `kept`. */
function wouldPush(slots: Slots, key: string, priority: number, kept: readonly string[]): boolean {
    const next = shiftPriorities(slots, key, priority);
    return kept.some(id => next.get(id) !== slots.get(id));
}

/**
 * An empty slot to move a blocking rule to, where the write pushes nobody: its own target when empty, else the
 * lowest-ranked empty slot that is no rule's target, else any empty slot.
 */
function findParkingSlot(slots: Slots, ownTarget: number, targets: readonly number[]): number {
    const taken = new Set(slots.values());
    if (!taken.has(ownTarget)) return ownTarget;
    const empty: number[] = [];
    for (let slot = LAST_RULE_PRIORITY; slot >= 0; slot--) if (!taken.has(slot)) empty.push(slot);
    const free = empty.find(slot => !targets.includes(slot)) ?? empty[0];
    if (free === undefined) {
        throw new Error(
            `every priority from 0 to ${LAST_RULE_PRIORITY} is taken, so no rule can be moved without pushing the ` +
                `rules the set keeps in place; delete unused rules, or use foreignRules: "report"`,
        );
    }
    return free;
}

function refuseBeyondLastPriority(slots: Slots): void {
    for (const [ruleId, slot] of slots) {
        if (slot > LAST_RULE_PRIORITY) {
            throw new Error(
                `writing the set in order would push rule ${ruleId} to priority ${slot}, past ${LAST_RULE_PRIORITY} ` +
                    `(99 is the catch-all's); delete unused rules of the policy to make room`,
            );
        }
    }
}
