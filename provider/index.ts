/**
 * pulumi-okta-account-management: manage the rules of Okta's account management policy with Pulumi.
 */
export * from "./rule/types";
export type { AccountManagementPolicyRuleInputs, AccountManagementPolicyRuleOutputs } from "./rule/inputs";
export {
    AccountManagementPolicyRule,
    AccountManagementPolicyRuleArgs,
} from "./resources/accountManagementPolicyRule";
export type { DeepInput } from "./resources/deepInput";
export {
    getAccountManagementPolicy,
    getAccountManagementPolicyOutput,
    GetAccountManagementPolicyResult,
} from "./policy/lookup";
export {
    el,
    PHISHING_RESISTANT_KEYS,
    FLEXIBLE_OKTA_VERIFY_KEYS,
    parseExpression,
    printExpression,
    lintExpression,
    expressionsEquivalent,
} from "./el/index";
export type { Expr, ExpressionProblem } from "./el/index";
export { useCases } from "./presets/useCases";
export { USE_CASE_PRIORITIES } from "./presets/presetParts";
export type { PresetOptions } from "./presets/presetParts";
export type { FirstPhishingResistantAuthenticatorOptions } from "./presets/firstPhishingResistantAuthenticator";
export {
    PasswordRecoveryAccessControl,
    PasswordRecoveryAccessControlArgs,
} from "./resources/passwordRecoveryAccessControl";
export { ACCESS_CONTROLS } from "./passwordPolicy/types";
export type { AccessControl, PasswordRule } from "./passwordPolicy/types";
export type { RuleAccessControlState } from "./passwordPolicy/inputs";
export { evaluate } from "./evaluate/evaluate";
export type { Evaluation, RuleOutcome, RuleTrace } from "./evaluate/evaluate";
export type { AccessRequest, EnrolledAuthenticator, RequestRiskLevel, RequestUser } from "./evaluate/request";
export type { RuleDefinition } from "./evaluate/ruleOrder";
export type { RuleInput } from "./evaluate/ruleInput";
export type { ConditionName, ConditionResult, MatchStatus } from "./evaluate/matchConditions";
export type { Requirement } from "./evaluate/requirement";
export type { Satisfaction } from "./evaluate/satisfaction";
export { guardRule } from "./guard/guardRule";
export { guardAll, guardPolicy } from "./guard/guardPolicy";
export { GUARD_CHECKS } from "./guard/finding";
export type { GuardCheckId, GuardFinding, GuardOptions, GuardSeverity } from "./guard/finding";
export { explainPolicy } from "./explain/explainPolicy";
export { AccountManagementPolicyCatchAllRule } from "./resources/accountManagementPolicyCatchAllRule";
export type { AccountManagementPolicyCatchAllRuleArgs } from "./resources/accountManagementPolicyCatchAllRule";
export { AccountManagementPolicyRules } from "./resources/accountManagementPolicyRules";
export type {
    AccountManagementPolicyRulesArgs,
    AccountManagementPolicyRulesEntryArgs,
} from "./resources/accountManagementPolicyRules";
export { FOREIGN_RULES_MODES } from "./ruleSet/ruleSetInputs";
export type { ForeignRulesMode, ForeignRuleState, OwnedRuleState } from "./ruleSet/ruleSetInputs";
