/**
 * Okta's priority algorithm for the rules of an ACCESS_POLICY ("policies v2"): priorities start at 0, gaps are
 * allowed, deletes leave gaps, and a write that lands on an occupied slot pushes occupants down one at a time until
 * the first empty slot. The system catch-all rule (priority 99) is never part of the shifting. Pure.
 */

/** Lowest and highest priority a client may ask for on an ACCESS_POLICY rule, `{ min: 0, max: 98 }`; 99 belongs to the catch-all. */
export const PRIORITY_RANGE = { min: 0, max: 98 } as const;

/** Priority of the system catch-all rule of every ACCESS_POLICY: `99`. */
export const CATCH_ALL_PRIORITY = 99;

/**
 * The priorities after rule `ruleId` is written with priority `target`, given the current priorities of the
 * policy's non-system rules (`ruleId` absent from `current` on a create).
 *
 * Starting at `target`, each occupied slot's occupant moves down one slot, until the first empty slot. The rule's
 * own old slot counts as occupied, so re-sending a rule's current priority pushes the rule below it down. Okta's
 * published example: `{One:1, Two:2, Three:3, Four:4, Five:5}`, then Three→1, Two→3, One→2 gives
 * `{Three:1, One:2, Two:4, Four:5, Five:6}` (slot 3 is a gap).
 */
export function placeRule(
    current: ReadonlyMap<string, number>,
    ruleId: string,
    target: number,
): Map<string, number> {
    const ownOldSlot = Symbol("own old slot");
    const bySlot = new Map<number, string | symbol>();
    for (const [id, priority] of current) {
        bySlot.set(priority, id === ruleId ? ownOldSlot : id);
    }
    let moving: string | symbol = ruleId;
    for (let slot = target; ; slot += 1) {
        const occupant = bySlot.get(slot);
        bySlot.set(slot, moving);
        if (occupant === undefined) {
            break;
        }
        moving = occupant;
    }
    const placed = new Map<string, number>();
    for (const [slot, id] of bySlot) {
        if (typeof id === "string") {
            placed.set(id, slot);
        }
    }
    return placed;
}

/**
 * Where a rule created without `priority` goes: one below the lowest non-system rule, or 0 when there is none.
 * E.g. `findBottomPriority([0, 4, 2])` → `5`; `findBottomPriority([])` → `0`.
 */
export function findBottomPriority(priorities: Iterable<number>): number {
    let bottom = -1;
    for (const priority of priorities) {
        bottom = Math.max(bottom, priority);
    }
    return bottom + 1;
}
