/**
 * Which rules a stack declares at a priority they no longer hold, and which one to put back first. Pure.
 */
import type { Slots } from "./shift";

/** A rule to write back at its declared priority, e.g. `{ ruleId: "rulB", priority: 2 }`. */
export interface Restore {
    ruleId: string;
    priority: number;
}

/**
 * The top-most rule whose actual priority differs from the declared one, or undefined when all hold their
 * place, e.g. actual `{A→1, B→3}` and declared `{A→1, B→2}` → `{ ruleId: "B", priority: 2 }`. Restoring top-down
 * one at a time converges: a restore only pushes rules below the restored slot. Rules that share a declared
 * priority with another rule are left alone: no order satisfies both.
 */
export function findFirstDisplaced(
    actual: Slots,
    declared: ReadonlyMap<string, number>,
): Restore | undefined {
    const count = new Map<number, number>();
    for (const priority of declared.values()) count.set(priority, (count.get(priority) ?? 0) + 1);
    let first: Restore | undefined;
    for (const [ruleId, priority] of declared) {
        const now = actual.get(ruleId);
        if (now === undefined || now === priority || count.get(priority)! > 1) continue;
        if (!first || priority < first.priority) first = { ruleId, priority };
    }
    return first;
}
