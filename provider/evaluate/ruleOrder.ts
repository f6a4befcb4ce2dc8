/**
 * The rules of a policy in the order Okta evaluates them, from either shape a caller holds: rules as Okta returns
 * them, or rules as a program declares them. Pure.
 */
import type { RuleActions, RuleConditions, RuleStatus } from "../rule/types";

/**
 * A rule as the evaluator and the guard read it. Both Okta's `OktaRule` (priority, status and `system` set,
 * `conditions` null on the catch-all) and a declared rule such as
 * `{ name: "Enroll", conditions: { elCondition: { condition: "accessRequest.operation == 'enroll'" } }, actions }`
 * fit this shape.
 */
export interface RuleDefinition {
    name: string;
    priority?: number | null;
    /** Default `"ACTIVE"`. */
    status?: RuleStatus;
    /** True only for Okta's catch-all rule, which comes last and matches every request. */
    system?: boolean;
    conditions?: RuleConditions | null;
    actions: RuleActions;
    /** Guard checks silenced on this rule, e.g. `["G07"]`. */
    suppressChecks?: string[];
}

/** A rule in evaluation order, e.g. `{ rule, position: 0, active: true, catchAll: false, assumed: false }`. */
export interface OrderedRule {
    rule: RuleDefinition;
    /** 0 for the rule Okta considers first. */
    position: number;
    active: boolean;
    catchAll: boolean;
    /** True for the catch-all the evaluator adds because the list had none. */
    assumed: boolean;
}

/** The name Okta gives its catch-all rule: `"Catch-all Rule"`. */
export const CATCH_ALL_NAME = "Catch-all Rule";

/**
 * Okta's catch-all rule of the account management policy as a fresh org has it: no conditions, ALLOW with
 * `factorMode: "2FA_If_Possible"`, no constraints, prompt every time. Assumed when a rule list has no system rule.
 */
export const DEFAULT_CATCH_ALL_RULE: RuleDefinition = {
    name: CATCH_ALL_NAME,
    priority: 99,
    status: "ACTIVE",
    system: true,
    conditions: null,
    actions: {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                type: "ASSURANCE",
                factorMode: "2FA_If_Possible",
                reauthenticateIn: "PT0S",
                constraints: [],
            },
        },
    },
};

function hasPriority(rule: RuleDefinition): boolean {
    return typeof rule.priority === "number";
}

/**
 * The rules in Okta's evaluation order: rules with a priority by priority (ties in list order), then rules
 * without one in list order (Okta places a rule created without a priority at the bottom), then the system
 * catch-all. A list without a system rule gets Okta's default catch-all (`DEFAULT_CATCH_ALL_RULE`, `assumed:
 * true`). E.g. `[{ name: "B", priority: 2 }, { name: "A", priority: 1 }]` → A, B, "Catch-all Rule".
 */
export function orderRules(rules: readonly RuleDefinition[]): OrderedRule[] {
    const ranked = rules.map((rule, index) => ({ rule, index }));
    const rank = (rule: RuleDefinition) => (rule.system === true ? 2 : hasPriority(rule) ? 0 : 1);
    ranked.sort((a, b) => {
        const byRank = rank(a.rule) - rank(b.rule);
        if (byRank !== 0) return byRank;
        const byPriority = rank(a.rule) === 0 ? (a.rule.priority as number) - (b.rule.priority as number) : 0;
        return byPriority !== 0 ? byPriority : a.index - b.index;
    });
    const ordered = ranked.map(({ rule }) => ({ rule, assumed: false }));
    if (!rules.some(rule => rule.system === true))
        ordered.push({ rule: DEFAULT_CATCH_ALL_RULE, assumed: true });
    return ordered.map(({ rule, assumed }, position) => ({
        rule,
        position,
        active: (rule.status ?? "ACTIVE") === "ACTIVE",
        catchAll: rule.system === true,
        assumed,
    }));
}
