/**
 * PASSWORD policy rules ("policies v1"): the replace a client sends to switch self-service recovery between the
 * legacy flow and the account management policy (`accessControl`). Validation and the stored result. Pure.
 */
import { ACCESS_DECISIONS } from "../provider/rule/types";
import { CauseCollector, describe } from "./fieldChecks";
import { isJsonObject, type JsonObject } from "./json";
import type { ValidationCause } from "./oktaError";
import { READ_ONLY_RULE_FIELDS } from "./ruleNormalisation";

/** Values of `actions.selfServicePasswordReset.requirement.accessControl`: who decides recovery. */
export const ACCESS_CONTROLS = ["AUTH_POLICY", "LEGACY"] as const;

const ACTIONS = ["passwordChange", "selfServicePasswordReset", "selfServiceUnlock"];

/**
 * Every problem of a PASSWORD rule body, e.g. `accessControl: "OAMP"` gives
 * `actions.selfServicePasswordReset.requirement.accessControl: 'OAMP' is not a valid value; use one of AUTH_POLICY, LEGACY.`
 */
export function validatePasswordRule(
    body: JsonObject,
    otherRuleNames: ReadonlySet<string>,
): ValidationCause[] {
    const collector = new CauseCollector();
    collector.text(body.name, "name");
    if (typeof body.name === "string" && otherRuleNames.has(body.name)) {
        collector.add(
            "name",
            `a rule named '${body.name}' already exists in this policy; choose a unique name.`,
        );
    }
    if (body.type !== undefined && body.type !== "PASSWORD") {
        collector.add(
            "type",
            `${describe(body.type)} is not a rule type of a PASSWORD policy; use PASSWORD.`,
        );
    }
    collector.object(body.conditions, "conditions");
    const actions = collector.object(body.actions, "actions");
    for (const action of ACTIONS) {
        const object = collector.object(actions?.[action], `actions.${action}`);
        collector.oneOf(object?.access, `actions.${action}.access`, ACCESS_DECISIONS);
    }
    const reset = actions?.selfServicePasswordReset;
    const requirement = isJsonObject(reset)
        ? collector.object(reset.requirement, "actions.selfServicePasswordReset.requirement")
        : undefined;
    collector.oneOf(
        requirement?.accessControl,
        "actions.selfServicePasswordReset.requirement.accessControl",
        ACCESS_CONTROLS,
    );
    return collector.causes;
}

/**
 * The stored rule after a valid replace: every writable field from `body` (absent ones removed), `id`, `created`,
 * `status`, `system` and `priority` kept from `previous` (priorities of v1 policies are sequential and this emulator
 * holds one PASSWORD rule), `lastUpdated` set to `lastUpdated`.
 */
export function replacePasswordRule(previous: JsonObject, body: JsonObject, lastUpdated: string): JsonObject {
    const writable: JsonObject = {};
    for (const [key, value] of Object.entries(body)) {
        if (!READ_ONLY_RULE_FIELDS.includes(key) && key !== "priority" && key !== "type") {
            writable[key] = value;
        }
    }
    return {
        id: previous.id,
        status: previous.status,
        priority: previous.priority,
        created: previous.created,
        lastUpdated,
        system: previous.system,
        conditions: { people: { users: { exclude: [] } }, network: { connection: "ANYWHERE" } },
        ...writable,
        type: "PASSWORD",
    };
}
