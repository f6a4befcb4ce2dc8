/**
 * G12: device conditions on recovery or unlock rules. A user who lost the device no longer matches such a rule,
 * and recovers under whatever rule comes next. Pure.
 */
import { parseExpression, pathName, walkExpression } from "../el";
import { DEVICE_PROFILE_PREFIX } from "../el";
import { describePopulation, type RuleDefinition } from "../evaluate";
import { createFinding, type GuardFinding } from "./finding";
import { expressionOf, findGovernedOperations, isActive } from "./ruleTraits";

function readsDeviceProfile(text: string | undefined): boolean {
    const parsed = text === undefined ? undefined : parseExpression(text);
    if (parsed === undefined || !parsed.ok) return false;
    let found = false;
    walkExpression(parsed.expr, node => {
        if (node.kind === "path" && pathName(node).startsWith(DEVICE_PROFILE_PREFIX)) found = true;
    });
    return found;
}

function hasDeviceCondition(rule: RuleDefinition): boolean {
    const device = rule.conditions?.device;
    return (
        device?.registered === true ||
        device?.managed !== undefined ||
        (device?.assurance?.include?.length ?? 0) > 0 ||
        readsDeviceProfile(expressionOf(rule))
    );
}

/**
 * A warning when an active rule governing `recover` or `unlockAccount` has a device condition (`conditions.device`
 * or `device.profile.*` in its expression), e.g. Okta's guide example "Require registered device for password
 * recovery".
 */
export function findDeviceBoundRecovery(rule: RuleDefinition): GuardFinding[] {
    if (!isActive(rule) || !hasDeviceCondition(rule)) return [];
    const operations = findGovernedOperations(rule, ["recover", "unlockAccount"]);
    if (operations.length === 0) return [];
    return [
        createFinding({
            check: "G12",
            severity: "warning",
            rule: rule.name,
            population: describePopulation(rule.conditions),
            problem:
                `it governs ${operations.join(" and ")} on a registered or managed device only; users who lost that ` +
                "device fall to the rules below, and are locked out if those deny or ask for the lost device.",
            fix: `keep a rule below it for ${operations.join(" and ")} without device conditions that users without their device can satisfy (e.g. another possession factor), or drop the device condition`,
            property: "conditions.device",
        }),
    ];
}
