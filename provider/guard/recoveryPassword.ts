/**
 * G03: a recovery or unlock rule every alternative of which needs the password, which the user is recovering or
 * cannot use while locked out. Pure.
 */
import { describePopulation, type RuleDefinition } from "../evaluate";
import { createFinding, type GuardFinding } from "./finding";
import { CONSTRAINTS_PATH, findGovernedOperations, isActive, needsPassword } from "./ruleTraits";

/**
 * An error when an active ALLOW rule for `recover` (other than password expiry) or `unlockAccount` can only be
 * satisfied with the password, e.g. `accessRequest.operation == 'recover'` with `constraints: [{ knowledge: {
 * types: ["password"] } }]`; none for Okta's Password Expiry Rule, where the user still knows the password.
 */
export function findRecoveryNeedingPassword(rule: RuleDefinition): GuardFinding[] {
    const method = rule.actions.appSignOn.verificationMethod;
    if (!isActive(rule) || rule.actions.appSignOn.access !== "ALLOW" || method.type !== "ASSURANCE")
        return [];
    const constraints = method.constraints ?? [];
    if (constraints.length === 0 || !constraints.every(needsPassword)) return [];
    const operations = findGovernedOperations(rule, ["recover", "unlockAccount"]);
    if (operations.length === 0) return [];
    return [
        createFinding({
            check: "G03",
            severity: "error",
            rule: rule.name,
            population: describePopulation(rule.conditions),
            problem:
                `it governs ${operations.join(" and ")}, and every constraint alternative needs the password, which ` +
                "a user recovering it has forgotten and a locked-out user cannot use; they can never recover.",
            fix:
                'add an alternative without the password (e.g. { possession: { phishingResistant: "REQUIRED" } }), ' +
                "or limit the rule to password expiry with accessRequest.operation == 'recover' && " +
                "accessRequest.metadata.type == 'expiry'",
            property: CONSTRAINTS_PATH,
        }),
    ];
}
