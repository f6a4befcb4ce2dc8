/**
 * G09: Okta Verify keys that do not fit the org's Flexible Okta Verify setting. With it on, Okta rejects writes
 * naming `okta_verify`; with it off, the per-method keys are unknown to the org. Pure.
 */
import { parseExpression, walkExpression } from "../el";
import { FLEXIBLE_OKTA_VERIFY_KEYS } from "../el";
import { describePopulation, type RuleDefinition } from "../evaluate";
import type { Constraint } from "../rule/types";
import { createFinding, type GuardFinding, type GuardOptions } from "./finding";
import { CONSTRAINTS_PATH, expressionOf, EXPRESSION_PATH } from "./ruleTraits";

function keysInExpression(text: string | undefined): string[] {
    const parsed = text === undefined ? undefined : parseExpression(text);
    if (parsed === undefined || !parsed.ok) return [];
    const keys: string[] = [];
    walkExpression(parsed.expr, node => {
        if (node.kind === "literal" && typeof node.value === "string") keys.push(node.value);
    });
    return keys;
}

function keysInConstraints(constraints: readonly Constraint[]): string[] {
    return constraints.flatMap(c =>
        [c.knowledge, c.possession].flatMap(part => [
            ...(part?.authenticationMethods ?? []).map(m => m.key),
            ...(part?.excludedAuthenticationMethods ?? []).map(m => m.key),
        ]),
    );
}

/**
 * With `flexibleOktaVerify: true`, an error for each place (expression, constraints) naming `okta_verify`; with
 * `false`, a warning for each place naming `okta_verify_totp`, `okta_verify_push` or `okta_verify_fastpass`;
 * unset, nothing. E.g. `accessRequest.authenticator.key == 'okta_verify'` in an org with Flexible Okta Verify →
 * one error on `conditions.elCondition.condition`.
 */
export function findOktaVerifyKeyMismatch(rule: RuleDefinition, options: GuardOptions): GuardFinding[] {
    if (options.flexibleOktaVerify === undefined) return [];
    const method = rule.actions.appSignOn.verificationMethod;
    const places = [
        { property: EXPRESSION_PATH, keys: keysInExpression(expressionOf(rule)) },
        {
            property: CONSTRAINTS_PATH,
            keys: method.type === "ASSURANCE" ? keysInConstraints(method.constraints ?? []) : [],
        },
    ];
    const flexible = options.flexibleOktaVerify;
    const wrong: readonly string[] = flexible ? ["okta_verify"] : FLEXIBLE_OKTA_VERIFY_KEYS;
    return places.flatMap(({ property, keys }) => {
        const found = keys.filter((k, i) => wrong.includes(k) && keys.indexOf(k) === i);
        if (found.length === 0) return [];
        return [
            createFinding({
                check: "G09",
                severity: flexible ? "error" : "warning",
                rule: rule.name,
                population: describePopulation(rule.conditions),
                problem: flexible
                    ? `${property} names okta_verify, which Okta refuses in policy writes once Flexible Okta Verify is on.`
                    : `${property} names ${found.join(", ")}, keys that exist only with Flexible Okta Verify, which is off in this org.`,
                fix: flexible
                    ? `name the methods instead: ${FLEXIBLE_OKTA_VERIFY_KEYS.join(", ")}`
                    : "name okta_verify instead",
                property,
            }),
        ];
    });
}
