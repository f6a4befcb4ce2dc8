/**
 * Keeps single rule resources at the priorities the stack declares, whatever order the engine writes them in.
 *
 * Okta pushes rules down when another rule is written at their slot. The provider process remembers, per policy,
 * where every rule sits (listed once, then predicted with Okta's own algorithm after each of its writes) and which
 * priority the stack declares for each of its rules (learned from create, update and diff). After a write it puts
 * back, top-down, any rule of the stack that was pushed away and has no update of its own pending. Rules outside
 * the stack move freely. All of this runs inside the policy's write queue.
 */
import type { OktaApi } from "../okta/oktaApi";
import { listRules, replaceRule } from "../okta/ruleApi";
import { findFirstDisplaced } from "../priority/displaced";
import { shiftPriorities } from "../priority/shift";
import type { AccountManagementPolicyRuleOutputs as Outputs } from "../rule/inputs";
import { toRuleInputs, toRuleOutputs } from "../rule/outputs";
import { buildReplaceBody } from "../rule/requestBody";

interface DeclaredRule {
    priority?: number;
    outputs: Outputs;
    /** An update of this rule is planned (its diff found changes): it will place itself. */
    pending: boolean;
}

interface PolicyView {
    slots?: Map<string, number>;
    declared: Map<string, DeclaredRule>;
}

const views = new Map<string, PolicyView>();

function viewOf(policyId: string): PolicyView {
    let view = views.get(policyId);
    if (!view) views.set(policyId, (view = { declared: new Map() }));
    return view;
}

/** Records what the stack declares for a rule seen by `diff`, e.g. `notePlanned("rst1", "rul1", olds, 2, true)`. */
export function notePlanned(
    policyId: string,
    ruleId: string,
    outputs: Outputs,
    priority: number | undefined,
    pending: boolean,
): void {
    viewOf(policyId).declared.set(ruleId, { priority, outputs, pending });
}

/** Where rules sit now, e.g. `{ rul1 → 0, rul2 → 3 }`: listed on first use, then kept up to date by prediction. */
export async function currentSlots(api: OktaApi, policyId: string): Promise<Map<string, number>> {
    const view = viewOf(policyId);
    if (!view.slots) {
        const rules = await listRules(api, policyId);
        view.slots = new Map(rules.filter(rule => !rule.system).map(rule => [rule.id, rule.priority]));
    }
    return view.slots;
}

/**
 * Records a write of `ruleId` that sent `sentPriority` (undefined: none) and got `outputs` back, predicting where
 * Okta pushed the other rules; a result that differs from the prediction makes the next call list again.
 */
export function noteWritten(
    policyId: string,
    ruleId: string,
    sentPriority: number | undefined,
    outputs: Outputs,
    declared: number | undefined,
): void {
    const view = viewOf(policyId);
    if (view.slots) {
        const predicted = shiftPriorities(view.slots, ruleId, sentPriority);
        view.slots = predicted.get(ruleId) === outputs.priority ? predicted : undefined;
    }
    view.declared.set(ruleId, { priority: declared, outputs, pending: false });
}

/**
 * Whether a single rule resource of the stack has shown this process rule `ruleId` (by its diff, create or update),
 * e.g. true for "rul1" once the resource that created it was diffed; used to keep a rule set off such rules.
 */
export function isManagedBySingleRule(policyId: string, ruleId: string): boolean {
    return views.get(policyId)?.declared.has(ruleId) ?? false;
}

/** Forgets a deleted rule (deletes leave a gap: nobody moves). */
export function noteDeleted(policyId: string, ruleId: string): void {
    const view = viewOf(policyId);
    view.slots?.delete(ruleId);
    view.declared.delete(ruleId);
}

/** Forgets where rules sit after a failed write, whose effect is unknown. */
export function forgetSlots(policyId: string): void {
    viewOf(policyId).slots = undefined;
}

/** The priority a rule holds now as far as this process knows, e.g. 3; undefined when not known. */
export function knownPriority(policyId: string, ruleId: string): number | undefined {
    return viewOf(policyId).slots?.get(ruleId);
}

const MAX_RESTORES = 100;

/**
 * Puts back, top-down, rules of the stack that were pushed from their declared priority; one PUT each. Never
 * throws: the write that caused the push succeeded and must be reported as such; a failed restore is logged and
 * left for the next run, whose diff will show the drift.
 */
export async function restoreDisplaced(api: OktaApi, policyId: string): Promise<void> {
    try {
        await restoreTopDown(api, policyId);
    } catch (error) {
        forgetSlots(policyId);
        console.error(
            `warning: could not put rules of policy ${policyId} back at their declared priorities: ` +
                `${error instanceof Error ? error.message : String(error)}. Run \`pulumi up --refresh\` to retry.`,
        );
    }
}

async function restoreTopDown(api: OktaApi, policyId: string): Promise<void> {
    const view = viewOf(policyId);
    for (let restores = 0; restores < MAX_RESTORES; restores++) {
        const slots = await currentSlots(api, policyId);
        const declared = new Map<string, number>();
        for (const [ruleId, rule] of view.declared) {
            if (rule.priority !== undefined && !rule.pending && slots.has(ruleId))
                declared.set(ruleId, rule.priority);
        }
        const restore = findFirstDisplaced(slots, declared);
        if (!restore) return;
        const rule = view.declared.get(restore.ruleId)!;
        const wanted = { ...toRuleInputs(rule.outputs), priority: restore.priority };
        const body = buildReplaceBody(rule.outputs, wanted, { includePriority: true });
        const written = await replaceRule(api, policyId, restore.ruleId, body);
        const extras = { adopt: rule.outputs.adopt, suppressChecks: rule.outputs.suppressChecks };
        noteWritten(
            policyId,
            restore.ruleId,
            restore.priority,
            toRuleOutputs(written, policyId, extras),
            restore.priority,
        );
    }
}
