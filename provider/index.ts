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
