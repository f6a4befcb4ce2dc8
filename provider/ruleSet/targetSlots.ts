/**
 * Which priorities the rules of a set are to hold. Pure.
 */
import type { ForeignRulesMode } from "./ruleSetInputs";

/** The lowest priority a rule other than the catch-all can hold; the catch-all holds 99. */
export const LAST_RULE_PRIORITY = 98;

/**
 * The priority of each of `count` rules of a set, in list order, given the priorities held by rules the set keeps
 * in place. With `"keep"`, the lowest priorities nobody else holds, e.g. 4 rules around a rule at 1 → `[0, 2, 3,
 * 4]`; otherwise `0..count-1` (other rules end up below, or are deleted), e.g. `[0, 1, 2, 3]`. Throws when the
 * priorities up to 98 do not suffice.
 */
export function findTargetSlots(count: number, held: Iterable<number>, mode: ForeignRulesMode): number[] {
    const taken = mode === "keep" ? new Set(held) : new Set<number>();
    const targets: number[] = [];
    for (let slot = 0; targets.length < count && slot <= LAST_RULE_PRIORITY; slot++) {
        if (!taken.has(slot)) targets.push(slot);
    }
    if (targets.length < count) {
        throw new Error(
            `${count} rules do not fit in priorities 0..${LAST_RULE_PRIORITY} around the ${taken.size} rules the set ` +
                `keeps in place (foreignRules: "keep"); remove rules, or use foreignRules: "report"`,
        );
    }
    return targets;
}
