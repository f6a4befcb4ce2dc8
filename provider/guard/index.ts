/**
 * The lockout guard of the account management policy: checks of single rules and of the whole ordered policy
 * that find configurations locking users out of enrollment and recovery. Pure: no I/O.
 */
export {
    createFinding,
    dropSilenced,
    GUARD_CHECKS,
    type GuardCheckId,
    type GuardFinding,
    type GuardOptions,
    type GuardSeverity,
} from "./finding";
export { guardRule } from "./guardRule";
export { guardAll, guardPolicy } from "./guardPolicy";
export { findGuardCheckFailures, type GuardCheckFailure } from "./checkFailures";
export { conditionsCover } from "./conditionCoverage";
export { describeRequest, findWitness } from "./witness";
export {
    isPasswordExpiryRule,
    PASSWORD_EXPIRY_CONDITION,
    PASSWORD_EXPIRY_RULE_NAME,
} from "./passwordExpiryRule";
