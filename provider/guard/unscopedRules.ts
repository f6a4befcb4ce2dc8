/**
 * G06: a rule without an operation condition governs profile edits and every operation; placed above rules that
 * name operations, it takes their requests. Okta advises keeping such rules (and the catch-all) lowest. Pure.
 */
import { OPERATION_PATH, parseExpression, pathName, walkExpression } from "../el";
import { describePopulation, orderRules, type RuleDefinition } from "../evaluate";
import { createFinding, type GuardFinding } from "./finding";
import { expressionOf } from "./ruleTraits";

function namesOperation(rule: RuleDefinition): boolean {
    const text = expressionOf(rule);
    const parsed = text === undefined ? undefined : parseExpression(text);
    if (parsed === undefined || !parsed.ok) return false;
    let found = false;
    walkExpression(parsed.expr, node => {
        if (node.kind === "path" && pathName(node) === OPERATION_PATH) found = true;
    });
    return found;
}

/**
 * A warning for each active rule other than the catch-all whose expression does not read
 * `accessRequest.operation` and below which an active rule does, e.g. a rule with only `people.groups.include`
 * above an `accessRequest.operation == 'recover'` rule.
 */
export function findUnscopedRulesAbove(rules: readonly RuleDefinition[]): GuardFinding[] {
    const ordered = orderRules(rules).filter(o => o.active && !o.catchAll);
    return ordered.flatMap((current, index) => {
        if (namesOperation(current.rule)) return [];
        const below = ordered.slice(index + 1).filter(o => namesOperation(o.rule));
        if (below.length === 0) return [];
        const names = below.map(o => `"${o.rule.name}"`).join(", ");
        return [
            createFinding({
                check: "G06",
                severity: "warning",
                rule: current.rule.name,
                population: describePopulation(current.rule.conditions),
                problem:
                    "it has no accessRequest.operation condition, so it governs profile edits and every operation, " +
                    `and the operation rules below it (${names}) never see the requests it matches.`,
                fix: `move it below ${names}, or add an operation condition such as accessRequest.operation == 'enroll'`,
                property: "priority",
            }),
        ];
    });
}
