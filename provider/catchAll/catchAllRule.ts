/**
 * The catch-all rule of a policy as the provider handles it: finding it among the policy's rules, the one PUT body
 * that changes its actions, and the state recorded for it. Pure.
 */
import type { AccountManagementPolicyRuleOutputs } from "../rule/inputs";
import { toRuleOutputs } from "../rule/outputs";
import { buildReplaceBody } from "../rule/requestBody";
import type { OktaRule, RuleActions, RuleBody } from "../rule/types";
import type { CatchAllRuleOutputs } from "./catchAllInputs";

/**
 * The policy's system rule (the catch-all), found by `system: true` rather than by name, or undefined, e.g. in
 * `[{ id: "rul1", system: false, ... }, { id: "rul9", name: "Catch-all Rule", system: true, ... }]` → the second.
 */
export function findCatchAllRule(rules: readonly OktaRule[]): OktaRule | undefined {
    return rules.find(rule => rule.system === true);
}

/**
 * The PUT body that gives the catch-all rule `actions`, built from the rule as recorded or read: Okta requires the
 * name, the priority (99) and `system: true` in it; `conditions` stays `null` (read-only); fields of
 * `actions.appSignOn` that the model does not write (e.g. `keepMeSignedIn`) and unknown top-level fields are kept.
 * E.g. for Okta's seeded rule and `{ appSignOn: { access: "ALLOW", verificationMethod: { factorMode: "2FA" } } }` →
 * `{ name: "Catch-all Rule", type: "ACCESS_POLICY", priority: 99, system: true, conditions: null, actions: {
 * appSignOn: { access: "ALLOW", verificationMethod: { factorMode: "2FA", type: "ASSURANCE" } } } }`.
 */
export function buildCatchAllBody(current: CatchAllRuleOutputs, actions: RuleActions): RuleBody {
    const { previousActions: _previous, ...rule } = current;
    const recorded = { ...rule, conditions: null } as unknown as AccountManagementPolicyRuleOutputs;
    const body = buildReplaceBody(
        recorded,
        { name: current.name, priority: current.priority, actions },
        { includePriority: true },
    );
    return { ...body, system: true, conditions: null };
}

/**
 * The state to record for the catch-all rule Okta returned, e.g. `toCatchAllOutputs(rule, "rst1", seededActions)`
 * → `{ policyId: "rst1", name: "Catch-all Rule", priority: 99, system: true, conditions: null, actions: {...},
 * previousActions: seededActions, ... }`. `previousActions` undefined leaves it out (a read-only `get`).
 */
export function toCatchAllOutputs(
    rule: OktaRule,
    policyId: string,
    previousActions: RuleActions | undefined,
): CatchAllRuleOutputs {
    const outputs = toRuleOutputs(rule, policyId, {}) as unknown as CatchAllRuleOutputs;
    return previousActions === undefined ? outputs : { ...outputs, previousActions };
}
