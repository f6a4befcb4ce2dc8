/**
 * Finds the account management policy in a live org (one list call, remembered per client), and checks that a
 * policy id given by the user is that policy.
 */
import type { OktaApi } from "../okta/oktaApi";
import { listPolicies } from "../okta/ruleApi";
import type { OktaPolicy } from "../rule/types";
import { describeMissingPolicy, explainWrongPolicy, selectAccountManagementPolicy } from "./select";

const accessPolicies = new WeakMap<OktaApi, Promise<OktaPolicy[]>>();

/** The org's ACCESS_POLICY policies, listed once per client (failures are not remembered). */
function listAccessPolicies(api: OktaApi): Promise<OktaPolicy[]> {
    let list = accessPolicies.get(api);
    if (!list) {
        list = listPolicies(api, "ACCESS_POLICY");
        accessPolicies.set(api, list);
        list.catch(() => accessPolicies.delete(api));
    }
    return list;
}

/** The org's account management policy, e.g. `{ id: "rst1", name: "Okta Account Management Policy", ... }`; throws when absent. */
export async function findAccountManagementPolicy(api: OktaApi): Promise<OktaPolicy> {
    const policy = selectAccountManagementPolicy(await listAccessPolicies(api));
    if (!policy) throw new Error(describeMissingPolicy(api.orgUrl));
    return policy;
}

/**
 * The policy id to write rules into: `policyId` when it is the account management policy, the found policy's id
 * when `policyId` is undefined; throws naming the mistake otherwise (e.g. an app sign-in policy's id).
 */
export async function resolvePolicyId(api: OktaApi, policyId: string | undefined): Promise<string> {
    if (policyId === undefined) return (await findAccountManagementPolicy(api)).id;
    const problem = explainWrongPolicy(await listAccessPolicies(api), policyId);
    if (problem) throw new Error(problem);
    return policyId;
}
