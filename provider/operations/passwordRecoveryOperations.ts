/**
 * The lifecycle of a `PasswordRecoveryAccessControl` against Okta: the I/O shell over `provider/passwordPolicy`.
 * Loaded by the provider process only (see `LazyProvider`). Calls: create 2 (list the PASSWORD policies, list the
 * policy's rules) plus a GET and a PUT per rule to change; read 1; update 1 plus a GET and a PUT per rule to change;
 * delete a GET and a PUT per rule to restore; check and diff 0.
 */
import type * as pulumi from "@pulumi/pulumi";
import { OktaRequestError } from "../okta/errors";
import type { OktaApi } from "../okta/oktaApi";
import { listPolicies, rulePath } from "../okta/ruleApi";
import { getOktaApi, withStackConfig } from "../okta/session";
import { runExclusive } from "../okta/writeQueue";
import {
    explainUnswitchableRule,
    readAccessControl,
    withAccessControl,
} from "../passwordPolicy/accessControlField";
import { diffAccessControl } from "../passwordPolicy/diff";
import type {
    PasswordRecoveryAccessControlInputs as Inputs,
    PasswordRecoveryAccessControlOutputs as Outputs,
    RuleAccessControlState,
} from "../passwordPolicy/inputs";
import { describeRuleStates, findRulesToRestore } from "../passwordPolicy/ruleStates";
import { selectPasswordPolicy } from "../passwordPolicy/selectPolicy";
import { buildResourceId, selectTargetRules } from "../passwordPolicy/targetRules";
import type { PasswordRule } from "../passwordPolicy/types";
import { validateAccessControlInputs } from "../passwordPolicy/validate";
import type { OktaPolicy } from "../rule/types";
import { toPlainJson } from "../rule/plainJson";

/** Sets the value on the policy's rules, recording each rule's earlier value; on failure, undoes what it wrote. */
async function create(inputs: Inputs): Promise<pulumi.dynamic.CreateResult<Outputs>> {
    const api = getOktaApi();
    const policy = await findPasswordPolicy(api, inputs.policyId);
    const rules = await runExclusive(policy.id, async () => {
        const target = await readTargetRules(
            api,
            `"${policy.name}" (${policy.id})`,
            policy.id,
            inputs.ruleIds,
        );
        const before = describeRuleStates(target, []);
        return describeRuleStates(
            await applyAccessControl(api, policy.id, target, inputs.accessControl),
            before,
        );
    });
    return { id: buildResourceId(policy.id, inputs.ruleIds), outs: toOutputs(inputs, policy.id, rules) };
}

/**
 * Reads each managed rule's value now (one list call); a policy deleted in Okta reads as gone. The declared inputs
 * stay as they are (no `inputs` in the answer): `diff` compares them with the rules' values read here.
 */
async function read(id: string, props?: Outputs): Promise<pulumi.dynamic.ReadResult<Outputs>> {
    if (props === undefined) {
        throw new Error(
            `PasswordRecoveryAccessControl "${id}" can only be refreshed from its recorded state; neither \`get\` nor ` +
                "import is supported: declare the resource instead, it records each rule's value before changing it",
        );
    }
    const policyRules = await listPasswordRules(getOktaApi(), props.policyId);
    if (policyRules === undefined) return { id: "" };
    const { rules } = selectTargetRules(policyRules, props.ruleIds);
    return { id, props: toOutputs(props, props.policyId, describeRuleStates(rules, props.rules)) };
}

/** Restores rules no longer managed, then sets the value on the managed ones, keeping their recorded earlier values. */
async function update(
    _id: string,
    olds: Outputs,
    news: Inputs,
): Promise<pulumi.dynamic.UpdateResult<Outputs>> {
    const api = getOktaApi();
    const rules = await runExclusive(olds.policyId, async () => {
        const target = await readTargetRules(api, olds.policyId, olds.policyId, news.ruleIds);
        const managed = new Set(target.map(rule => rule.id));
        const leaving = olds.rules.filter(state => !managed.has(state.id));
        await restoreRules(api, olds.policyId, findRulesToRestore(leaving, olds.accessControl));
        const before = describeRuleStates(target, olds.rules);
        return describeRuleStates(
            await applyAccessControl(api, olds.policyId, target, news.accessControl),
            before,
        );
    });
    return { outs: toOutputs(news, olds.policyId, rules) };
}

/** Writes back the earlier value of every rule this resource changed; rules deleted since are skipped. */
async function remove(_id: string, props: Outputs): Promise<void> {
    const api = getOktaApi();
    await runExclusive(props.policyId, () =>
        restoreRules(api, props.policyId, findRulesToRestore(props.rules, props.accessControl)),
    );
}

/** Validates before any API call; unknown values (preview) pass. */
async function check(_olds: Inputs, news: Inputs): Promise<pulumi.dynamic.CheckResult<Inputs>> {
    const failures = validateAccessControlInputs(news as unknown as Record<string, unknown>);
    return failures.length > 0 ? { inputs: news, failures } : { inputs: toInputs(news) };
}

/** No API call: compares the recorded rules (as of the last refresh) with the declared value. */
async function diff(_id: string, olds: Outputs, news: Inputs): Promise<pulumi.dynamic.DiffResult> {
    const result = diffAccessControl(olds, news);
    return { changes: result.changes, replaces: result.replaces, deleteBeforeReplace: true };
}

async function findPasswordPolicy(api: OktaApi, policyId: string | undefined): Promise<OktaPolicy> {
    const selection = selectPasswordPolicy(await listPolicies(api, "PASSWORD"), policyId);
    if ("problem" in selection) throw new Error(selection.problem);
    return selection.policy;
}

/** The rules to manage, read in one list call; throws naming every declared id the policy does not hold. */
async function readTargetRules(
    api: OktaApi,
    policyLabel: string,
    policyId: string,
    ruleIds: string[] | undefined,
): Promise<PasswordRule[]> {
    const policyRules = await listPasswordRules(api, policyId);
    if (policyRules === undefined) {
        throw new Error(
            `password policy ${policyLabel} no longer exists in Okta; set policyId to an existing one`,
        );
    }
    const { rules, missing } = selectTargetRules(policyRules, ruleIds);
    const problems = [
        ...missing.map(id => `ruleIds: "${id}" is not a rule of password policy ${policyLabel}`),
        ...rules.map(explainUnswitchableRule).filter((problem): problem is string => problem !== undefined),
    ];
    if (problems.length > 0) {
        const held = policyRules.map(rule => `"${rule.name}" (${rule.id})`).join(", ");
        throw new Error(
            `${problems.join("; ")}. The policy's rules: ${held}; omit ruleIds to manage all of them`,
        );
    }
    return rules;
}

/**
 * Sets `value` on each rule not already holding it, with a GET and a PUT of the rule as read; returns every rule as
 * Okta now has it. If a write fails, the rules already written get their earlier value back before the error is
 * rethrown.
 */
async function applyAccessControl(
    api: OktaApi,
    policyId: string,
    rules: PasswordRule[],
    value: string,
): Promise<PasswordRule[]> {
    const results: PasswordRule[] = [];
    const written: RuleAccessControlState[] = [];
    try {
        for (const rule of rules) {
            if (readAccessControl(rule) === value) {
                results.push(rule);
                continue;
            }
            const fresh = await getPasswordRule(api, policyId, rule.id);
            if (fresh === undefined) continue;
            const previous = readAccessControl(fresh);
            if (previous === value) {
                results.push(fresh);
                continue;
            }
            results.push(await replacePasswordRule(api, policyId, withAccessControl(fresh, value)));
            written.push({
                id: fresh.id,
                name: fresh.name,
                accessControl: value,
                previousAccessControl: previous,
            });
        }
    } catch (error) {
        await restoreRules(api, policyId, written).catch(undo => {
            throw new Error(
                `${(error as Error).message}; undoing the rules already switched failed too (${(undo as Error).message}): ` +
                    `check ${written.map(state => `${state.id} (was ${state.previousAccessControl})`).join(", ")}`,
                { cause: error },
            );
        });
        throw error;
    }
    return results;
}

/** Writes each rule's earlier value back (GET, then PUT when it differs); rules gone from Okta are skipped. */
async function restoreRules(api: OktaApi, policyId: string, states: RuleAccessControlState[]): Promise<void> {
    for (const state of states) {
        const rule = await getPasswordRule(api, policyId, state.id);
        if (rule === undefined || readAccessControl(rule) === state.previousAccessControl) continue;
        if (explainUnswitchableRule(rule) !== undefined) continue;
        await replacePasswordRule(api, policyId, withAccessControl(rule, state.previousAccessControl));
    }
}

async function listPasswordRules(api: OktaApi, policyId: string): Promise<PasswordRule[] | undefined> {
    try {
        return await api.list<PasswordRule>(rulePath(policyId));
    } catch (error) {
        if (error instanceof OktaRequestError && error.status === 404) return undefined;
        throw error;
    }
}

async function getPasswordRule(
    api: OktaApi,
    policyId: string,
    ruleId: string,
): Promise<PasswordRule | undefined> {
    try {
        return (await api.request<PasswordRule>("GET", rulePath(policyId, ruleId))).body;
    } catch (error) {
        if (error instanceof OktaRequestError && error.status === 404) return undefined;
        throw error;
    }
}

async function replacePasswordRule(
    api: OktaApi,
    policyId: string,
    body: Record<string, unknown>,
): Promise<PasswordRule> {
    const ruleId = String(body.id);
    return (await api.request<PasswordRule>("PUT", rulePath(policyId, ruleId), { body })).body;
}

function toInputs(values: Inputs): Inputs {
    return toPlainJson({
        policyId: values.policyId,
        ruleIds: values.ruleIds,
        accessControl: values.accessControl,
    });
}

function toOutputs(inputs: Inputs, policyId: string, rules: RuleAccessControlState[]): Outputs {
    return toPlainJson({ ...toInputs(inputs), policyId, rules });
}

/** The operations Pulumi's dynamic-provider host calls for `PasswordRecoveryAccessControl`. */
export const provider = withStackConfig<Inputs, Outputs>({
    check,
    diff,
    create,
    read,
    update,
    delete: remove,
});
