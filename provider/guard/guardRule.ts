/**
 * The guard checks that need only one rule. Pure.
 */
import { toRuleDefinitions, type RuleInput } from "../evaluate";
import { findBroadDeny } from "./broadDeny";
import { findAlternativesMeantAsBoth } from "./constraintAlternatives";
import { findDeviceBoundRecovery } from "./deviceRecovery";
import { findExpressionWarnings } from "./expressionWarnings";
import { dropSilenced, type GuardFinding, type GuardOptions } from "./finding";
import { findOktaVerifyKeyMismatch } from "./flexibleOktaVerify";
import { findRecoveryNeedingPassword } from "./recoveryPassword";
import { findTwoFactorEnrollment } from "./twoFactorEnrollment";

/**
 * Every one-rule finding on `rule` (G03 recovery needing the password, G08 expression warnings, G09 Okta Verify
 * keys, G10 broad DENY, G12 device-bound recovery, G13 2FA to enroll, G16 alternatives meant as both), minus the
 * checks the rule silences with `suppressChecks`. E.g. a rule for `accessRequest.operation == 'recover'` whose
 * only constraint is `{ knowledge: { types: ["password"] } }` → one G03 error.
 */
export function guardRule(input: RuleInput, options: GuardOptions = {}): GuardFinding[] {
    const [rule] = toRuleDefinitions([input]);
    const findings = [
        ...findRecoveryNeedingPassword(rule),
        ...findExpressionWarnings(rule),
        ...findOktaVerifyKeyMismatch(rule, options),
        ...findBroadDeny(rule),
        ...findDeviceBoundRecovery(rule),
        ...findTwoFactorEnrollment(rule),
        ...findAlternativesMeantAsBoth(rule),
    ];
    return dropSilenced(findings, [rule]);
}
