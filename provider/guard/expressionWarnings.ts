/**
 * G08: expressions that parse but probably do not say what their author meant, from the Expression Language
 * lint's warnings (mixed `&&`/`||` without parentheses, as in Okta's own guide; contradictions; metadata read
 * outside `recover`). Lint errors are not repeated here: the rule's input check already refuses them. Pure.
 */
import { lintExpression } from "../el";
import { describePopulation, type RuleDefinition } from "../evaluate";
import { createFinding, type GuardFinding } from "./finding";
import { expressionOf, EXPRESSION_PATH } from "./ruleTraits";

/**
 * A warning per lint warning of the rule's expression, e.g. for Okta's guide example
 * `accessRequest.operation == 'enroll' || accessRequest.operation == 'unenroll' && (...)` one warning that it means
 * `enroll || (unenroll && ...)`, so it lets through the enrollment of every authenticator.
 */
export function findExpressionWarnings(rule: RuleDefinition): GuardFinding[] {
    const text = expressionOf(rule);
    if (text === undefined) return [];
    return lintExpression(text)
        .filter(problem => problem.severity === "warning")
        .map(problem =>
            createFinding({
                check: "G08",
                severity: "warning",
                rule: rule.name,
                population: describePopulation(rule.conditions),
                problem: `${EXPRESSION_PATH}: ${problem.message}.`,
                fix: "rewrite the expression as the warning says, with explicit parentheses where && and || meet",
                property: EXPRESSION_PATH,
            }),
        );
}
