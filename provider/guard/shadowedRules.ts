/**
 * G07: rules that can never fire because the rules before them take every request they match. Conditions other
 * than the expression are compared by set inclusion, expressions with `expressionImplies`. Pure.
 */
import { expressionImplies } from "../el";
import { describePopulation, evaluate, orderRules, type OrderedRule, type RuleDefinition } from "../evaluate";
import { conditionsCover } from "./conditionCoverage";
import { createFinding, type GuardFinding } from "./finding";
import { expressionOf } from "./ruleTraits";
import { describeRequest, findWitness } from "./witness";

/** The expression that is true for every request, standing for a rule without one. */
const ALWAYS = "true";

function findShadowers(earlier: readonly OrderedRule[], rule: RuleDefinition): RuleDefinition[] | undefined {
    const covering = earlier
        .filter(o => o.active && conditionsCover(o.rule.conditions, rule.conditions))
        .map(o => o.rule);
    if (covering.length === 0) return undefined;
    const unconditional = covering.find(c => expressionOf(c) === undefined);
    if (unconditional !== undefined) return [unconditional];
    const union = covering.map(c => `(${expressionOf(c)})`).join(" || ");
    if (expressionImplies(expressionOf(rule) ?? ALWAYS, union) !== true) return undefined;
    const needed = covering.filter(c =>
        expressionImplies(expressionOf(rule) ?? ALWAYS, expressionOf(c) as string),
    );
    return needed.length > 0 ? needed.slice(0, 1) : covering;
}

/**
 * A warning for each active rule that can never fire, with a witness request and the rule that takes it, e.g.
 * `[enroll rule, enroll-of-webauthn rule]` → the second is shadowed: "e.g. enroll of webauthn by a user in no
 * group ... fires \"enroll rule\"". Rules covered only together are found too (an `enroll` rule and an `unenroll`
 * rule shadow an `enroll || unenroll` rule with the same other conditions).
 */
export function findShadowedRules(rules: readonly RuleDefinition[]): GuardFinding[] {
    const ordered = orderRules(rules);
    return ordered.flatMap((current, index) => {
        if (!current.active || current.catchAll) return [];
        const shadowers = findShadowers(ordered.slice(0, index), current.rule);
        if (shadowers === undefined) return [];
        const witness = findWitness(current.rule);
        const example =
            witness === undefined
                ? "no request matches it at all"
                : `e.g. ${describeRequest(witness)} fires "${evaluate(rules, witness).rule ?? shadowers[0].name}"`;
        const names = shadowers.map(s => `"${s.name}"`).join(" and ");
        return [
            createFinding({
                check: "G07",
                severity: "warning",
                rule: current.rule.name,
                population: describePopulation(current.rule.conditions),
                problem: `it can never fire: every request it matches is taken earlier by ${names} (${example}).`,
                fix: `move it above ${names}, narrow ${names}, or remove it`,
                property: "priority",
            }),
        ];
    });
}
