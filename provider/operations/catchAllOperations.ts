/**
 * The lifecycle of an `AccountManagementPolicyCatchAllRule` against Okta: the I/O shell over `provider/catchAll`.
 * Loaded by the provider process only (see `LazyProvider`). The rule is never created or deleted: create takes it
 * over (1 list, plus one policy list per process, and 1 PUT when its actions differ), read 1 GET, update 1 PUT,
 * delete 1 PUT (none when the actions are already the ones found), diff none.
 */
import type * as pulumi from "@pulumi/pulumi";
import type {
    CatchAllRuleInputs as Inputs,
    CatchAllRuleOutputs as Outputs,
} from "../catchAll/catchAllInputs";
import { buildCatchAllBody, findCatchAllRule, toCatchAllOutputs } from "../catchAll/catchAllRule";
import { diffCatchAll } from "../catchAll/diffCatchAll";
import { validateCatchAllInputs } from "../catchAll/validateCatchAll";
import { OktaRequestError } from "../okta/errors";
import type { OktaApi } from "../okta/oktaApi";
import { getRule, listRules, replaceRule } from "../okta/ruleApi";
import { getOktaApi, withStackConfig } from "../okta/session";
import { runExclusive } from "../okta/writeQueue";
import { resolvePolicyId } from "../policy/find";
import type { OktaRule, RuleActions, RuleBody } from "../rule/types";

/** Takes the catch-all rule over: records the actions it has, then writes the declared ones when they differ. */
async function create(inputs: Inputs): Promise<pulumi.dynamic.CreateResult<Outputs>> {
    const api = getOktaApi();
    const policyId = await resolvePolicyId(api, inputs.policyId);
    return runExclusive(policyId, async () => {
        const found = findCatchAllRule(await listRules(api, policyId));
        if (!found) {
            throw new Error(
                `policy ${policyId} has no rule with system: true (its catch-all rule); check policyId: every ` +
                    `account management policy has one, so this is not the account management policy`,
            );
        }
        const current = toCatchAllOutputs(found, policyId, found.actions);
        const outs = await writeActions(api, found.id, current, inputs.actions);
        return { id: found.id, outs };
    });
}

/** Reads the rule for refresh; the actions found at create stay recorded. */
async function read(id: string, props?: Partial<Outputs>): Promise<pulumi.dynamic.ReadResult<Outputs>> {
    const api = getOktaApi();
    const policyId = props?.policyId ?? (await resolvePolicyId(api, undefined));
    const rule = await getRule(api, policyId, id);
    if (!rule) return { id: "" };
    const outs = toCatchAllOutputs(rule, policyId, props?.previousActions);
    // Pulumi types read's inputs as outputs; they are the input fields only, as Okta now has them.
    return { id: rule.id, props: outs, inputs: { policyId, actions: outs.actions } as Outputs };
}

/** One PUT built from the recorded state, no GET. */
async function update(
    id: string,
    olds: Outputs,
    news: Inputs,
): Promise<pulumi.dynamic.UpdateResult<Outputs>> {
    const api = getOktaApi();
    const outs = await runExclusive(olds.policyId, () => writeActions(api, id, olds, news.actions));
    return { outs };
}

/** Writes back the actions found at create; nothing to do when the rule already has them. */
async function remove(id: string, props: Outputs): Promise<void> {
    const previous = props.previousActions;
    if (previous === undefined) return;
    const api = getOktaApi();
    await runExclusive(props.policyId, () => writeActions(api, id, props, previous));
}

/** Validates before any API call; conditions, name, priority and status are refused with Okta's reasons. */
async function check(_olds: Inputs, news: Inputs): Promise<pulumi.dynamic.CheckResult<Inputs>> {
    const failures = validateCatchAllInputs(news as unknown as Record<string, unknown>);
    return failures.length > 0 ? { inputs: news, failures } : { inputs: news };
}

/** Compares the actions by meaning; another policy replaces the resource. No API call. */
async function diff(_id: string, olds: Outputs, news: Inputs): Promise<pulumi.dynamic.DiffResult> {
    const result = diffCatchAll(olds, news);
    return { changes: result.changes, replaces: result.replaces, deleteBeforeReplace: false };
}

/** Gives rule `id` `actions` with one PUT, unless `current` already has them (by meaning). */
async function writeActions(
    api: OktaApi,
    id: string,
    current: Outputs,
    actions: RuleActions,
): Promise<Outputs> {
    if (!diffCatchAll(current, { actions }).changes) return current;
    const rule = await replaceRecovering(api, current, id, buildCatchAllBody(current, actions));
    return toCatchAllOutputs(rule, current.policyId, current.previousActions);
}

/**
 * Replaces the rule; when the answer is lost, reads the rule and sends the PUT again only when it was not
 * applied (the body carries priority 99, so the API layer does not repeat it by itself).
 */
async function replaceRecovering(
    api: OktaApi,
    current: Outputs,
    id: string,
    body: RuleBody,
): Promise<OktaRule> {
    try {
        return await replaceRule(api, current.policyId, id, body);
    } catch (error) {
        const ambiguous =
            error instanceof OktaRequestError &&
            (error.failure.networkFailure || (error.status !== undefined && error.status >= 500));
        if (!ambiguous) throw error;
        const now = await getRule(api, current.policyId, id);
        const applied =
            now && !diffCatchAll(toCatchAllOutputs(now, current.policyId, undefined), body).changes;
        return applied ? now : replaceRule(api, current.policyId, id, body);
    }
}

/** The operations Pulumi's dynamic-provider host calls for `AccountManagementPolicyCatchAllRule`. */
export const provider = withStackConfig<Inputs, Outputs>({
    check,
    diff,
    create,
    read,
    update,
    delete: remove,
});
