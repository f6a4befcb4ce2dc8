/**
 * The offline evaluator of the account management policy: which rule fires for a request, why the others do not,
 * what the user must present and whether they can. Pure: no I/O.
 */
export { toRuleDefinitions, type RuleInput } from "./ruleInput";
export type { AccessRequest, EnrolledAuthenticator, RequestRiskLevel, RequestUser } from "./request";
export {
    CATCH_ALL_NAME,
    DEFAULT_CATCH_ALL_RULE,
    orderRules,
    type OrderedRule,
    type RuleDefinition,
} from "./ruleOrder";
export {
    ALL_ZONES,
    combineVerdicts,
    CONDITION_NAMES,
    matchConditions,
    toExpressionFacts,
    type ConditionName,
    type ConditionResult,
    type MatchStatus,
} from "./matchConditions";
export { describeConstraint, describeRequirement, type Requirement } from "./requirement";
export { assessSatisfaction, meetsConstraintPart, type Satisfaction } from "./satisfaction";
export {
    findMethodProfiles,
    listMethodProfiles,
    type FactorClass,
    type MethodProfile,
} from "./authenticatorProfiles";
export { evaluate, type Evaluation, type RuleOutcome, type RuleTrace } from "./evaluate";
export { findExpressionCoverage, type ExpressionCoverage, type OperationCoverage } from "./operationCoverage";
export { describePopulation, describeWhere, describeWho } from "./describeConditions";
