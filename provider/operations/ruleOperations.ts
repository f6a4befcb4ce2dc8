/**
 * The lifecycle of an `AccountManagementPolicyRule` against Okta: the I/O shell over the pure rule model. Loaded
 * by the provider process only (see `LazyProvider`). Each method makes the fewest calls it can: create 1 (plus one
 * policy list and one rule list per process), read 1, update 1 (plus a lifecycle call when status changes),
 * delete 1, diff 0.
 */
import type * as pulumi from "@pulumi/pulumi";
import { findGuardCheckFailures } from "../guard/checkFailures";
import { PartialFailure } from "../okta/errors";
import type { OktaApi } from "../okta/oktaApi";
import { createRule, deleteRule, getRule, listRules, replaceRule, setRuleStatus } from "../okta/ruleApi";
import { getOktaApi, withStackConfig } from "../okta/session";
import { writeRecovering } from "../okta/recoveringWrite";
import { listRulesShared } from "../okta/sharedReads";
import { runExclusive } from "../okta/writeQueue";
import {
    currentSlots,
    forgetSlots,
    knownPriority,
    noteDeleted,
    notePlanned,
    noteWritten,
    restoreDisplaced,
} from "./priorityKeeper";
import { resolvePolicyId } from "../policy/find";
import { buildCreateBody, buildReplaceBody } from "../rule/requestBody";
import { diffRule } from "../rule/diff";
import type {
    AccountManagementPolicyRuleInputs as Inputs,
    AccountManagementPolicyRuleOutputs as Outputs,
} from "../rule/inputs";
import { toRuleInputs, toRuleOutputs } from "../rule/outputs";
import type { OktaRule, RuleBody, RuleStatus } from "../rule/types";
import { applyInputDefaults, validateRuleInputs } from "../rule/validate";

/**
 * Creates the rule; a lost answer is recovered by finding the rule by name, so no duplicate is left behind. Rules
 * of the stack that the new rule pushed down are put back (see `priorityKeeper`).
 */
async function create(inputs: Inputs): Promise<pulumi.dynamic.CreateResult<Outputs>> {
    const api = getOktaApi();
    const policyId = await resolvePolicyId(api, inputs.policyId);
    const status: RuleStatus = inputs.status ?? "ACTIVE";
    const body = buildCreateBody(inputs);
    return runExclusive(policyId, async () => {
        await currentSlots(api, policyId);
        const existing = inputs.adopt ? await findRuleByName(api, policyId, inputs.name) : undefined;
        let rule: OktaRule;
        try {
            rule = existing
                ? await adoptRule(api, policyId, existing, body, status, inputs.priority, extrasOf(inputs))
                : await createRecovering(api, policyId, body, status);
        } catch (error) {
            forgetSlots(policyId);
            throw error;
        }
        const written = toRuleOutputs(rule, policyId, extrasOf(inputs));
        if (existing) forgetSlots(policyId);
        noteWritten(policyId, rule.id, inputs.priority, written, inputs.priority);
        await restoreDisplaced(api, policyId);
        return {
            id: rule.id,
            outs: { ...written, priority: knownPriority(policyId, rule.id) ?? written.priority },
        };
    });
}

/**
 * Reads the rule for refresh and `AccountManagementPolicyRule.get`; a rule deleted in Okta reads as gone. Reads
 * that arrive together (a refresh of the whole stack) share one list of the policy.
 */
async function read(id: string, props?: Partial<Outputs>): Promise<pulumi.dynamic.ReadResult<Outputs>> {
    const api = getOktaApi();
    const policyId = props?.policyId ?? (await resolvePolicyId(api, undefined));
    const rule = (await listRulesShared(api, policyId)).find(candidate => candidate.id === id);
    if (!rule) return { id: "" };
    const outs = toRuleOutputs(rule, policyId, extrasOf(props ?? {}));
    // Pulumi types read's inputs as outputs; they are the input fields only, as Okta now has them.
    return { id: rule.id, props: outs, inputs: toRuleInputs(outs) as Outputs };
}

/**
 * One PUT built from the recorded state (no GET), plus a lifecycle call only when the status changes. A new
 * priority is sent only when the rule does not already hold it (re-sending a priority pushes the rule below).
 */
async function update(
    id: string,
    olds: Outputs,
    news: Inputs,
): Promise<pulumi.dynamic.UpdateResult<Outputs>> {
    const api = getOktaApi();
    const policyId = olds.policyId;
    const status: RuleStatus = news.status ?? "ACTIVE";
    const changed = diffRule(olds, news).changedPaths;
    const otherChanges = changed.some(
        path => !["status", "adopt", "suppressChecks", "priority"].includes(path),
    );
    const outs = await runExclusive(policyId, async () => {
        let sendPriority: number | undefined;
        if (news.priority !== undefined && news.priority !== olds.priority) {
            const slots = await currentSlots(api, policyId);
            if (slots.get(id) !== news.priority) sendPriority = news.priority;
        }
        let rule: OktaRule | undefined;
        try {
            if (otherChanges || sendPriority !== undefined) {
                const body = buildReplaceBody(olds, news, { includePriority: sendPriority !== undefined });
                rule = await replaceRecovering(api, policyId, id, body, status);
            }
            if (status !== olds.status) {
                if (rule) await setStatusAfterWrite(api, policyId, rule, status, extrasOf(news));
                else await setRuleStatus(api, policyId, id, status);
            }
        } catch (error) {
            forgetSlots(policyId);
            throw error;
        }
        const base = rule ? toRuleOutputs(rule, policyId, extrasOf(news)) : { ...olds, ...extrasOf(news) };
        const written = { ...base, status };
        if (rule) noteWritten(policyId, id, sendPriority, written, news.priority);
        else notePlanned(policyId, id, written, news.priority, false);
        await restoreDisplaced(api, policyId);
        return { ...written, priority: knownPriority(policyId, id) ?? written.priority };
    });
    return { outs };
}

/** Deletes the rule; already gone is success. Okta's system catch-all rule is never deleted. */
async function remove(id: string, props: Outputs): Promise<void> {
    if (props.system)
        throw new Error(`rule "${id}" is Okta's system catch-all rule, which cannot be deleted`);
    const api = getOktaApi();
    await runExclusive(props.policyId, async () => {
        await deleteRule(api, props.policyId, id);
        noteDeleted(props.policyId, id);
    });
}

/** Validates before any API call, then refuses the guard's lockout errors; unknown values (preview) pass. */
async function check(_olds: Inputs, news: Inputs): Promise<pulumi.dynamic.CheckResult<Inputs>> {
    const raw = news as unknown as Record<string, unknown>;
    const failures = validateRuleInputs(raw);
    if (failures.length === 0) failures.push(...findGuardCheckFailures(raw as unknown as Inputs));
    return failures.length > 0 ? { inputs: news, failures } : { inputs: applyInputDefaults(raw) };
}

/** Compares meaning, not bytes; a new policy replaces the rule. No API call; notes the declared priority. */
async function diff(id: string, olds: Outputs, news: Inputs): Promise<pulumi.dynamic.DiffResult> {
    const result = diffRule(olds, news);
    notePlanned(olds.policyId, id, olds, news.priority, result.changes);
    return { changes: result.changes, replaces: result.replaces, deleteBeforeReplace: false };
}

/**
 * Creates a rule. After a lost answer it looks for the rule by name before sending the create again, so no
 * duplicate and no orphan is left (see `writeRecovering`).
 */
async function createRecovering(
    api: OktaApi,
    policyId: string,
    body: RuleBody,
    status: RuleStatus,
): Promise<OktaRule> {
    return writeRecovering(
        () => createRule(api, policyId, body, status === "ACTIVE"),
        () => findRuleByName(api, policyId, body.name),
    );
}

/**
 * Replaces a rule. A PUT that moves the rule is not repeated blindly: after a lost answer the rule is read to see
 * whether the PUT was applied (sending it twice would push the rule below).
 */
async function replaceRecovering(
    api: OktaApi,
    policyId: string,
    ruleId: string,
    body: RuleBody,
    status: RuleStatus,
): Promise<OktaRule> {
    const wanted = { ...(body as unknown as Inputs), status };
    return writeRecovering(
        () => replaceRule(api, policyId, ruleId, body),
        async () => {
            const current = await getRule(api, policyId, ruleId);
            return current && !diffRule(toRuleOutputs(current, policyId, {}), wanted).changes
                ? current
                : undefined;
        },
        () => forgetSlots(policyId),
    );
}

async function adoptRule(
    api: OktaApi,
    policyId: string,
    existing: OktaRule,
    body: RuleBody,
    status: RuleStatus,
    priority: number | undefined,
    extras: { adopt?: boolean; suppressChecks?: string[] },
): Promise<OktaRule> {
    const { priority: _unused, ...withoutPriority } = body;
    const replaceBody = priority !== undefined && priority !== existing.priority ? body : withoutPriority;
    const rule = await replaceRule(api, policyId, existing.id, replaceBody as RuleBody);
    if (rule.status !== status) await setStatusAfterWrite(api, policyId, rule, status, extras);
    return { ...rule, status };
}

/**
 * Sets the status of a rule whose content was just written. A refusal is a partial failure: the engine records
 * the rule as written and reports that only the status change is missing, for the next run to finish.
 */
async function setStatusAfterWrite(
    api: OktaApi,
    policyId: string,
    rule: OktaRule,
    status: RuleStatus,
    extras: { adopt?: boolean; suppressChecks?: string[] },
): Promise<void> {
    try {
        await setRuleStatus(api, policyId, rule.id, status);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new PartialFailure(
            rule.id,
            toRuleOutputs(rule, policyId, extras),
            `rule "${rule.name}" (${rule.id}) was written, but making it ${status} failed: ${reason}. ` +
                `The stack records the rule as written and still ${rule.status}; run \`pulumi up\` again to finish`,
            { cause: error },
        );
    }
}

async function findRuleByName(api: OktaApi, policyId: string, name: string): Promise<OktaRule | undefined> {
    return (await listRules(api, policyId)).find(rule => rule.name === name && !rule.system);
}

function extrasOf(values: Partial<Inputs>): { adopt?: boolean; suppressChecks?: string[] } {
    return {
        ...(values.adopt !== undefined ? { adopt: values.adopt } : {}),
        ...(values.suppressChecks !== undefined ? { suppressChecks: values.suppressChecks } : {}),
    };
}

/** The operations Pulumi's dynamic-provider host calls for `AccountManagementPolicyRule`. */
export const provider = withStackConfig<Inputs, Outputs>({
    check,
    diff,
    create,
    read,
    update,
    delete: remove,
});
