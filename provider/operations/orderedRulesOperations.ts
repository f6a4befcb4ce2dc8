/**
 * The lifecycle of an `AccountManagementPolicyRules` (an ordered rule set) against Okta: the I/O shell over
 * `provider/ruleSet`. Loaded by the provider process only (see `LazyProvider`).
 *
 * Create and update converge in rounds: list the policy's rules once, plan the writes (`planRuleSetWrites`), run
 * them one at a time inside the policy's write queue, and list again to confirm; a round with nothing to write
 * ends it. So a set in place costs one list; diff makes no call; read one list; delete one DELETE per owned rule.
 * A write whose answer is lost, or whose result differs from the prediction, ends the round early: the next list
 * shows what really happened.
 */
import type * as pulumi from "@pulumi/pulumi";
import { isAmbiguousFailure, PartialFailure } from "../okta/errors";
import type { OktaApi } from "../okta/oktaApi";
import { createRule, deleteRule, listRules, replaceRule, setRuleStatus } from "../okta/ruleApi";
import { getOktaApi, withStackConfig } from "../okta/session";
import { runExclusive } from "../okta/writeQueue";
import { resolvePolicyId } from "../policy/find";
import { toRuleOutputs } from "../rule/outputs";
import { buildCreateBody, buildReplaceBody } from "../rule/requestBody";
import type { OktaRule } from "../rule/types";
import { diffRuleSet } from "../ruleSet/diffRuleSet";
import { findRuleSetGuardFailures } from "../ruleSet/guardRuleSet";
import { findEntryChanges, matchRuleSet, type OwnedRule, type RuleSetMatch } from "../ruleSet/matchRules";
import { planRuleSetWrites, type PlanStep } from "../ruleSet/planWrites";
import type {
    AccountManagementPolicyRulesInputs as Inputs,
    AccountManagementPolicyRulesOutputs as Outputs,
    RuleSetEntry,
} from "../ruleSet/ruleSetInputs";
import {
    describeDrift,
    toOwnedRuleState,
    toRuleSetInputs,
    toRuleSetOutputs,
} from "../ruleSet/ruleSetOutputs";
import { applyRuleSetDefaults, validateRuleSetInputs } from "../ruleSet/validateRuleSet";
import { forgetSlots, isManagedBySingleRule } from "./priorityKeeper";

/** Rounds of list-plan-write before giving up; one round plus the confirming list is the normal case. */
const MAX_ROUNDS = 4;

/** Takes over rules of the same name, creates the others, and writes the whole list in order. */
async function create(inputs: Inputs): Promise<pulumi.dynamic.CreateResult<Outputs>> {
    const api = getOktaApi();
    const policyId = await resolvePolicyId(api, inputs.policyId);
    const outs = await runExclusive(policyId, () => convergeReporting(api, policyId, inputs, []));
    return { id: policyId, outs };
}

/** Lists the policy's rules once: the owned rules as Okta has them, the foreign rules, and the drift. */
async function read(id: string, props?: Outputs): Promise<pulumi.dynamic.ReadResult<Outputs>> {
    if (!props?.rules) {
        throw new Error(
            `AccountManagementPolicyRules cannot be read by id alone (it owns the rules it recorded): declare it ` +
                `without the id option; rules of the same name are taken over at its create`,
        );
    }
    const rules = await listRules(getOktaApi(), props.policyId);
    const byId = new Map(rules.map(rule => [rule.id, rule]));
    const owned = props.rules.flatMap(recorded => {
        const now = byId.get(recorded.id);
        return now ? [toOwnedRuleState(now, props.policyId, recorded.suppressChecks)] : [];
    });
    const ownedIds = new Set(owned.map(rule => rule.id));
    const foreign = rules.filter(rule => rule.system !== true && !ownedIds.has(rule.id));
    const outs = toRuleSetOutputs(
        props.policyId,
        props.foreignRules,
        owned,
        foreign,
        describeDrift(props, rules),
    );
    // Pulumi types read's inputs as outputs; they are the input fields only, as Okta now has them.
    return { id, props: outs, inputs: toRuleSetInputs(outs) as unknown as Outputs };
}

/** Writes only what differs: rules out of place, changed, added or dropped. */
async function update(
    _id: string,
    olds: Outputs,
    news: Inputs,
): Promise<pulumi.dynamic.UpdateResult<Outputs>> {
    const api = getOktaApi();
    const owned = olds.rules.map(rule => ({ id: rule.id, name: rule.name }));
    const outs = await runExclusive(olds.policyId, () => convergeReporting(api, olds.policyId, news, owned));
    return { outs };
}

/** Deletes the owned rules (already gone is success); rules a single rule resource now manages stay. */
async function remove(_id: string, props: Outputs): Promise<void> {
    const api = getOktaApi();
    await runExclusive(props.policyId, async () => {
        try {
            for (const rule of props.rules) {
                if (!isManagedBySingleRule(props.policyId, rule.id))
                    await deleteRule(api, props.policyId, rule.id);
            }
        } finally {
            forgetSlots(props.policyId);
        }
    });
}

/** Validates the whole list before any API call, then refuses the guard's lockout errors. */
async function check(_olds: Inputs, news: Inputs): Promise<pulumi.dynamic.CheckResult<Inputs>> {
    const raw = news as unknown as Record<string, unknown>;
    const failures = validateRuleSetInputs(raw);
    if (failures.length === 0) failures.push(...findRuleSetGuardFailures(raw.rules as RuleSetEntry[]));
    return failures.length > 0 ? { inputs: news, failures } : { inputs: applyRuleSetDefaults(raw) };
}

/** Compares the recorded rules and positions with the declared list; no API call. */
async function diff(_id: string, olds: Outputs, news: Inputs): Promise<pulumi.dynamic.DiffResult> {
    const result = diffRuleSet(olds, news);
    return { changes: result.changes, replaces: result.replaces, deleteBeforeReplace: false };
}

/**
 * Converges; when that fails after some writes took effect, lists the policy once more and raises a partial
 * failure with the rules the set now owns, so that the engine records them instead of leaving them unreported.
 */
async function convergeReporting(
    api: OktaApi,
    policyId: string,
    inputs: Inputs,
    owned: OwnedRule[],
): Promise<Outputs> {
    const progress = { writes: 0 };
    try {
        return await converge(api, policyId, inputs, owned, progress);
    } catch (error) {
        if (progress.writes === 0) throw error;
        const state = await describeOwnedNow(api, policyId, inputs, owned).catch(() => undefined);
        if (!state) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new PartialFailure(
            policyId,
            state,
            `the rule set stopped after ${progress.writes} write(s): ${reason}. The stack records the ` +
                `${state.rules.length} rule(s) the set owns now; run \`pulumi up\` again to finish`,
            { cause: error },
        );
    }
}

/** The set's state as Okta holds it now: one list, matched with the declared entries. */
async function describeOwnedNow(
    api: OktaApi,
    policyId: string,
    inputs: Inputs,
    owned: OwnedRule[],
): Promise<Outputs> {
    const mode = inputs.foreignRules ?? "report";
    const rules = await listRules(api, policyId);
    const match = matchRuleSet(rules, inputs.rules, owned, mode, id => isManagedBySingleRule(policyId, id));
    const states = match.matched.flatMap((rule, index) =>
        rule ? [toOwnedRuleState(rule, policyId, inputs.rules[index].suppressChecks)] : [],
    );
    return toRuleSetOutputs(policyId, mode, states, match.foreign, []);
}

/** Lists, plans and writes until a list shows the policy as declared; returns the state from that list. */
async function converge(
    api: OktaApi,
    policyId: string,
    inputs: Inputs,
    owned: OwnedRule[],
    progress: { writes: number },
): Promise<Outputs> {
    const mode = inputs.foreignRules ?? "report";
    let pending: PlanStep[] = [];
    for (let round = 1; round <= MAX_ROUNDS; round++) {
        const rules = await listRules(api, policyId);
        const match = matchRuleSet(rules, inputs.rules, owned, mode, id =>
            isManagedBySingleRule(policyId, id),
        );
        if (match.conflicts.length > 0) throw new Error(describeConflicts(match));
        const plan = planRuleSetWrites({
            slots: new Map(rules.filter(rule => rule.system !== true).map(rule => [rule.id, rule.priority])),
            entries: inputs.rules.map((entry, index) => {
                const rule = match.matched[index];
                if (!rule) return { contentChanged: true, statusChanged: false };
                return { ruleId: rule.id, ...findEntryChanges(rule, entry, policyId) };
            }),
            remove: match.remove.map(rule => rule.id),
            mode,
        });
        if (plan.steps.length === 0) {
            const states = match.matched.map((rule, index) =>
                toOwnedRuleState(rule!, policyId, inputs.rules[index].suppressChecks),
            );
            return toRuleSetOutputs(policyId, mode, states, match.foreign, []);
        }
        pending = plan.steps;
        try {
            await runSteps(api, policyId, plan.steps, inputs.rules, match.matched, progress);
        } finally {
            forgetSlots(policyId);
        }
    }
    throw new Error(
        `the rules of policy ${policyId} did not settle in the declared order after ${MAX_ROUNDS} rounds (still to ` +
            `do: ${pending.map(step => JSON.stringify(step)).join(", ")}): something else writes them at the same ` +
            `time, e.g. another stack, the Admin Console, or AccountManagementPolicyRule resources declaring ` +
            `priorities in the set's range. Stop the other writer, or use foreignRules: "keep", and run again`,
    );
}

/**
 * Runs the steps one at a time; stops early, for the next round to list again, when a write's answer is lost or
 * puts a rule elsewhere than planned. Any other failure is thrown.
 */
async function runSteps(
    api: OktaApi,
    policyId: string,
    steps: readonly PlanStep[],
    entries: readonly RuleSetEntry[],
    matched: readonly (OktaRule | undefined)[],
    progress: { writes: number },
): Promise<void> {
    for (const step of steps) {
        try {
            const written = await runStep(api, policyId, step, entries, matched);
            progress.writes += 1;
            if (
                written &&
                "priority" in step &&
                step.priority !== undefined &&
                written.priority !== step.priority
            )
                return;
        } catch (error) {
            if (!isAmbiguousFailure(error)) throw error;
            progress.writes += 1; // it may have been applied
            return;
        }
    }
}

async function runStep(
    api: OktaApi,
    policyId: string,
    step: PlanStep,
    entries: readonly RuleSetEntry[],
    matched: readonly (OktaRule | undefined)[],
): Promise<OktaRule | undefined> {
    if (step.action === "delete") {
        await deleteRule(api, policyId, step.ruleId);
        return undefined;
    }
    const entry = entries[step.entry];
    const status = entry.status ?? "ACTIVE";
    if (step.action === "create") {
        const body = buildCreateBody({ ...entry, priority: step.priority });
        return createRule(api, policyId, body, status === "ACTIVE");
    }
    const rule = matched[step.entry]!;
    if (step.action === "setStatus") {
        await setRuleStatus(api, policyId, rule.id, status);
        return undefined;
    }
    const body = buildReplaceBody(
        toRuleOutputs(rule, policyId, {}),
        { ...entry, priority: step.priority },
        { includePriority: step.priority !== undefined },
    );
    return replaceRule(api, policyId, rule.id, body);
}

function describeConflicts(match: RuleSetMatch): string {
    const rules = match.conflicts.map(({ entry, rule }) => `"${rule.name}" (${rule.id}, rules[${entry}])`);
    return (
        `${rules.join(", ")} ${rules.length === 1 ? "is" : "are"} also managed by AccountManagementPolicyRule ` +
        `resources of this stack; a rule belongs to one resource. Remove it from the set, or drop the single ` +
        `resource without deleting the rule (\`pulumi state delete <urn>\`, or retainOnDelete: true) and run again`
    );
}

/** The operations Pulumi's dynamic-provider host calls for `AccountManagementPolicyRules`. */
export const provider = withStackConfig<Inputs, Outputs>({
    check,
    diff,
    create,
    read,
    update,
    delete: remove,
});
