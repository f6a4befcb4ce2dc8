/**
 * G16: constraint objects are alternatives (any one suffices). One possession-only object next to one
 * knowledge-only object usually means its author wanted both. Pure.
 */
import { describeConstraint, describePopulation, type RuleDefinition } from "../evaluate";
import { createFinding, type GuardFinding } from "./finding";
import { CONSTRAINTS_PATH, isActive } from "./ruleTraits";

/**
 * A warning when an active rule's constraints hold a possession-only object and a knowledge-only object, e.g.
 * `[{ possession: {} }, { knowledge: { types: ["security_question"] } }]`, which means "either", not "both".
 */
export function findAlternativesMeantAsBoth(rule: RuleDefinition): GuardFinding[] {
    const method = rule.actions.appSignOn.verificationMethod;
    if (!isActive(rule) || method.type !== "ASSURANCE") return [];
    const constraints = method.constraints ?? [];
    const possession = constraints.find(c => c.possession !== undefined && c.knowledge === undefined);
    const knowledge = constraints.find(c => c.knowledge !== undefined && c.possession === undefined);
    if (possession === undefined || knowledge === undefined) return [];
    const either = `[${describeConstraint(possession).join(", ")}] or [${describeConstraint(knowledge).join(", ")}]`;
    return [
        createFinding({
            check: "G16",
            severity: "warning",
            rule: rule.name,
            population: describePopulation(rule.conditions),
            problem: `its constraints are alternatives, so users need only one of ${either}, not both.`,
            fix: 'to require both, put them in one object: constraints: [{ knowledge: {...}, possession: {...} }] with factorMode: "2FA"',
            property: CONSTRAINTS_PATH,
        }),
    ];
}
