/**
 * G10: a DENY rule that takes enrollment, recovery or unlock away from a broad population. Pure.
 */
import { describePopulation, type RuleDefinition } from "../evaluate";
import { createFinding, type GuardFinding } from "./finding";
import { findGovernedOperations, isActive } from "./ruleTraits";

function isRestricted(rule: RuleDefinition): boolean {
    const c = rule.conditions ?? {};
    return (
        (c.people?.groups?.include?.length ?? 0) > 0 ||
        (c.people?.users?.include?.length ?? 0) > 0 ||
        (c.userType?.include?.length ?? 0) > 0 ||
        (c.network?.connection === "ZONE" && (c.network.include?.length ?? 0) > 0)
    );
}

/**
 * A warning when an active DENY rule governs `enroll`, `recover` or `unlockAccount` and names no group, user,
 * user type or zone to include (exclusions alone leave it broad), e.g. a DENY rule with only
 * `accessRequest.operation == 'recover'`; none for a DENY limited to `people.groups.include: ["00g1"]`.
 */
export function findBroadDeny(rule: RuleDefinition): GuardFinding[] {
    if (!isActive(rule) || rule.actions.appSignOn.access !== "DENY" || isRestricted(rule)) return [];
    const operations = findGovernedOperations(rule, ["enroll", "recover", "unlockAccount"]);
    if (operations.length === 0) return [];
    return [
        createFinding({
            check: "G10",
            severity: "warning",
            rule: rule.name,
            population: describePopulation(rule.conditions),
            problem:
                `it denies ${operations.join(", ")} without naming who or where, so every user it matches loses ` +
                "self-service for these operations and only an administrator can help.",
            fix: "limit it with people.groups.include, people.users.include, userType.include or a ZONE network include, or ALLOW with a stronger requirement instead",
            property: "actions.appSignOn.access",
        }),
    ];
}
