import {
    RULE_INPUT_FIELDS,
    type AccountManagementPolicyRuleInputs,
    type AccountManagementPolicyRuleOutputs,
} from "./inputs";
import { isAbsent, toPlainJson, type JsonRecord } from "./plainJson";
import type { OktaRule } from "./types";

/** Fields of Okta's rule JSON left out of the outputs: the id is the resource's id, links are per request. */
const DROPPED_FIELDS = new Set(["id", "_links"]);

/**
 * The state to record for a rule Okta returned: its JSON without `id` and `_links`, fields the model does not
 * know included (so a later replace can send them back), plus `policyId` and the provider's own `adopt` and
 * `suppressChecks` when given. Plain JSON only: no `undefined` anywhere (Pulumi's host cannot encode it).
 * E.g. `toRuleOutputs({ id: "rul1", name: "Enroll", priority: 1, ..., _links: {...} }, "rst1", { adopt: true
 * })` is `{ name: "Enroll", priority: 1, ..., policyId: "rst1", adopt: true }`.
 */
export function toRuleOutputs(
    rule: OktaRule,
    policyId: string,
    extras: { adopt?: boolean; suppressChecks?: string[] },
): AccountManagementPolicyRuleOutputs {
    const outputs: JsonRecord = {};
    for (const [key, value] of Object.entries(rule)) {
        if (!DROPPED_FIELDS.has(key)) {
            outputs[key] = value;
        }
    }
    outputs.policyId = policyId;
    if (!isAbsent(extras.adopt)) {
        outputs.adopt = extras.adopt;
    }
    if (!isAbsent(extras.suppressChecks)) {
        outputs.suppressChecks = extras.suppressChecks;
    }
    // The outputs interface names only the modelled fields; the others ride along unnamed.
    return toPlainJson(outputs) as unknown as AccountManagementPolicyRuleOutputs;
}

/**
 * The inputs `read` reports after a refresh: the input fields as Okta now has them, taken from the outputs,
 * e.g. `{ policyId: "rst1", name: "Enroll", priority: 1, status: "ACTIVE", conditions: {...}, actions: {...}
 * }`. Okta's other fields (`system`, `created`, `lastUpdated`, unknown ones) are not inputs and are left out;
 * a `null` `conditions` (Okta's catch-all) is left out too.
 */
export function toRuleInputs(outputs: AccountManagementPolicyRuleOutputs): AccountManagementPolicyRuleInputs {
    const fields = outputs as unknown as JsonRecord;
    const inputs: JsonRecord = {};
    for (const key of RULE_INPUT_FIELDS) {
        if (!isAbsent(fields[key])) {
            inputs[key] = fields[key];
        }
    }
    return toPlainJson(inputs) as unknown as AccountManagementPolicyRuleInputs;
}
