/**
 * `diff` of an `AccountManagementPolicyCatchAllRule`: the rule diff, applied to the only fields the catch-all
 * lets change. Pure.
 */
import { diffRule, type RuleDiff } from "../rule/diff";
import type { AccountManagementPolicyRuleInputs, AccountManagementPolicyRuleOutputs } from "../rule/inputs";
import type { CatchAllRuleInputs, CatchAllRuleOutputs } from "./catchAllInputs";

/**
 * What differs between the recorded catch-all rule and the declared actions (by meaning, as for rules), e.g.
 * recorded `factorMode: "2FA_If_Possible"` and declared `factorMode: "2FA"` → `{ changes: true, replaces: [],
 * changedPaths: ["actions.appSignOn.verificationMethod"] }`. Another `policyId` replaces the resource (another
 * policy's catch-all).
 */
export function diffCatchAll(olds: CatchAllRuleOutputs, news: CatchAllRuleInputs): RuleDiff {
    const recorded = { ...olds, conditions: undefined } as unknown as AccountManagementPolicyRuleOutputs;
    const declared: AccountManagementPolicyRuleInputs = {
        policyId: news.policyId,
        name: olds.name,
        status: olds.status,
        actions: news.actions,
    };
    return diffRule(recorded, declared);
}
