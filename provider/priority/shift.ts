/**
 * How Okta renumbers the rules of an ACCESS_POLICY ("policies v2") when one rule is written with a priority.
 * Pure. Priorities start at 0, gaps are kept, deletes never renumber, the system catch-all is not part of it.
 *
 * Writing rule X at priority p: starting at slot p, while the slot is occupied (X's own old slot counts as
 * occupied), its occupant moves down one slot, and so on until an empty slot; then X takes p. This reproduces
 * Okta's published "priority drift" example, and the push of the rule below when a rule re-sends its own priority.
 */

/** Priorities of a policy's non-system rules by rule id, e.g. `{ rulA → 0, rulB → 2 }`. */
export type Slots = ReadonlyMap<string, number>;

/**
 * The priorities after writing `ruleId` at `priority`, e.g. with `{A→1, B→2}`, writing C at 1 gives
 * `{C→1, A→2, B→3}`. With no priority a new rule goes to the bottom (one past the largest, 0 when empty) and an
 * existing rule stays where it is.
 */
export function shiftPriorities(
    slots: Slots,
    ruleId: string,
    priority: number | undefined,
): Map<string, number> {
    const next = new Map(slots);
    if (priority === undefined) {
        if (!next.has(ruleId)) next.set(ruleId, bottomOf(slots));
        return next;
    }
    const occupant = new Map<number, string>();
    for (const [id, slot] of next) occupant.set(slot, id);
    let slot = priority;
    let moving = occupant.get(slot);
    while (moving !== undefined) {
        const below = occupant.get(slot + 1);
        occupant.set(slot + 1, moving);
        next.set(moving, slot + 1);
        slot += 1;
        moving = below;
    }
    next.set(ruleId, priority);
    return next;
}

/** Where a rule created without a priority lands: one past the largest priority, or 0, e.g. `{A→0, B→4}` → 5. */
export function bottomOf(slots: Slots): number {
    let bottom = -1;
    for (const slot of slots.values()) bottom = Math.max(bottom, slot);
    return bottom + 1;
}
