/**
 * Which of a policy's rules each rule of a set is: the one the set already owns, an existing rule of the same
 * name (taken over), or none yet; and what the set does with the policy's other rules. Pure.
 */
import { diffRule } from "../rule/diff";
import { toRuleOutputs } from "../rule/outputs";
import type { OktaRule } from "../rule/types";
import type { ForeignRulesMode, RuleSetEntry } from "./ruleSetInputs";

/** A rule the set owned at its last write, as recorded, e.g. `{ id: "rul1", name: "Enroll" }`. */
export interface OwnedRule {
    id: string;
    name: string;
}

/**
 * The policy's rules sorted out for a set, e.g. `{ matched: [rulA, undefined], remove: [rulOld], foreign: [rulX],
 * released: [], conflicts: [] }` for a set [A, New] that owned Old before and a rule X made elsewhere.
 */
export interface RuleSetMatch {
    /** Okta's rule for each entry, by list position; undefined: to be created. */
    matched: (OktaRule | undefined)[];
    /** Rules to delete: owned rules that left the list, and with `"remove"` the foreign rules. */
    remove: OktaRule[];
    /** Non-system rules the set does not own (any more) and leaves in the policy, `released` included. */
    foreign: OktaRule[];
    /** Owned rules that left the list and that a single rule resource of the stack now manages: not deleted. */
    released: OktaRule[];
    /** Entries whose rule a single rule resource of the stack also manages, by list position. */
    conflicts: { entry: number; rule: OktaRule }[];
}

/**
 * Sorts `rules` (the policy's, as listed) out for `entries`: an entry is matched first to the rule the set owns
 * under its name (`owned`, by id, so a rule renamed in the Admin Console is still found), then to an unowned rule
 * of the same name (adoption); each rule is matched once. `managedElsewhere(id)` tells whether a single
 * `AccountManagementPolicyRule` of the stack manages the rule: such a rule is a conflict when matched, released
 * rather than deleted when it left the list, and never deleted as foreign. E.g. entries [A], owned [], rules [A
 * (rul1), X (rul2)], mode "report" → `{ matched: [rul1], remove: [], foreign: [rul2], ... }`.
 */
export function matchRuleSet(
    rules: readonly OktaRule[],
    entries: readonly RuleSetEntry[],
    owned: readonly OwnedRule[],
    mode: ForeignRulesMode,
    managedElsewhere: (ruleId: string) => boolean,
): RuleSetMatch {
    const candidates = rules.filter(rule => rule.system !== true);
    const byId = new Map(candidates.map(rule => [rule.id, rule]));
    const ownedIds = new Set(owned.map(rule => rule.id));
    const used = new Set<string>();
    const take = (rule: OktaRule | undefined) => {
        if (rule && !used.has(rule.id)) {
            used.add(rule.id);
            return rule;
        }
        return undefined;
    };
    const matched: (OktaRule | undefined)[] = entries.map(entry =>
        take(byId.get(owned.find(rule => rule.name === entry.name)?.id ?? "")),
    );
    entries.forEach((entry, index) => {
        matched[index] ??= take(candidates.find(rule => rule.name === entry.name && !used.has(rule.id)));
    });
    const conflicts = matched.flatMap((rule, entry) =>
        rule && managedElsewhere(rule.id) ? [{ entry, rule }] : [],
    );
    const left = candidates.filter(rule => !used.has(rule.id));
    const leftOwned = left.filter(rule => ownedIds.has(rule.id));
    const released = leftOwned.filter(rule => managedElsewhere(rule.id));
    const others = left.filter(rule => !ownedIds.has(rule.id));
    const removable = mode === "remove" ? others.filter(rule => !managedElsewhere(rule.id)) : [];
    const remove = [...leftOwned.filter(rule => !managedElsewhere(rule.id)), ...removable];
    return { matched, remove, foreign: left.filter(rule => !remove.includes(rule)), released, conflicts };
}

/**
 * How a rule as Okta has it differs from its entry, priority aside, e.g. `{ contentChanged: true, statusChanged:
 * false }` when only the actions differ. Compared by meaning (`diffRule`), so Okta's filled-in defaults are no
 * change.
 */
export function findEntryChanges(
    rule: OktaRule,
    entry: RuleSetEntry,
    policyId: string,
): { contentChanged: boolean; statusChanged: boolean } {
    const { changedPaths } = diffRule(toRuleOutputs(rule, policyId, {}), { ...entry });
    return {
        contentChanged: changedPaths.some(path => !["status", "suppressChecks"].includes(path)),
        statusChanged: changedPaths.includes("status"),
    };
}
