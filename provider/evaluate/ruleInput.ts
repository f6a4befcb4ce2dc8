/**
 * Rules as callers hold them, made into the plain shape the evaluator and the guard read: Okta's rule JSON, a
 * declared rule, or the arguments a preset returns for `AccountManagementPolicyRule` (with plain values). Pure.
 */
import type { AccountManagementPolicyRuleArgs } from "../resources/accountManagementPolicyRule";
import type { RuleDefinition } from "./ruleOrder";

/**
 * A rule in any shape the evaluator and the guard accept, e.g. Okta's `OktaRule`, `{ name: "Enroll", actions }`,
 * or `useCases.authenticatorEnrollment()` (arguments of `AccountManagementPolicyRule` whose values are plain, not
 * outputs of other resources).
 */
export type RuleInput = RuleDefinition | AccountManagementPolicyRuleArgs;

function isDeferred(value: unknown): boolean {
    if (typeof value !== "object" || value === null) return false;
    const record = value as Record<string, unknown>;
    return record.__pulumiOutput === true || typeof record.then === "function";
}

function findDeferred(value: unknown, path: string): string | undefined {
    if (isDeferred(value)) return path;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const found = findDeferred(value[i], `${path}[${i}]`);
            if (found !== undefined) return found;
        }
    } else if (typeof value === "object" && value !== null) {
        for (const [key, item] of Object.entries(value)) {
            const found = findDeferred(item, path === "" ? key : `${path}.${key}`);
            if (found !== undefined) return found;
        }
    }
    return undefined;
}

/**
 * The rules as plain definitions, an unnamed rule named after its place (`"rule 2"`). Throws one error listing
 * every value that is a Pulumi output or a promise, e.g. `rules[0].conditions.people.groups.include[0] is a Pulumi
 * output or a promise; the evaluator needs plain values such as the group id "00g1..."`.
 */
export function toRuleDefinitions(rules: readonly RuleInput[]): RuleDefinition[] {
    const problems = rules.flatMap((rule, i) => {
        const found = findDeferred(rule, "");
        return found === undefined ? [] : [`rules[${i}]${found === "" ? "" : `.${found}`}`];
    });
    if (problems.length > 0) {
        throw new Error(
            `${problems.join(", ")} ${problems.length > 1 ? "are Pulumi outputs or promises" : "is a Pulumi output or a promise"}; ` +
                'the evaluator and the guard need plain values, e.g. the group id "00g1emaKYZTWRYYRRTSK" instead of group.id',
        );
    }
    return rules.map((rule, i) => {
        const plain = rule as RuleDefinition;
        return typeof plain.name === "string" ? plain : { ...plain, name: `rule ${i + 1}` };
    });
}
