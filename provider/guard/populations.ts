/**
 * The user populations whole-policy checks try: one per group a rule names, and the users in none of them. Pure.
 */
import type { RuleDefinition } from "../evaluate";

/** A population by group membership, e.g. `{ groups: ["00g1"], label: "members of 00g1" }`. */
export interface Population {
    groups: string[];
    label: string;
}

/**
 * The populations of a policy, e.g. rules naming 00g1 and 00g2 → members of 00g1, members of 00g2, and "users in
 * none of the groups the rules name"; rules naming no group → `[{ groups: [], label: "everyone" }]`.
 */
export function listPopulations(rules: readonly RuleDefinition[]): Population[] {
    const groups = rules.flatMap(rule => [
        ...(rule.conditions?.people?.groups?.include ?? []),
        ...(rule.conditions?.people?.groups?.exclude ?? []),
    ]);
    const named = groups.filter((group, i) => groups.indexOf(group) === i);
    if (named.length === 0) return [{ groups: [], label: "everyone" }];
    return [
        { groups: [], label: "users in none of the groups the rules name" },
        ...named.map(group => ({ groups: [group], label: `members of ${group}` })),
    ];
}
