/**
 * The data lookup of the read-only account management policy, for Pulumi programs. It runs in the program (in
 * preview and up), with the credentials of the stack config (`okta:*`) and the environment, as the provider does.
 */
import * as pulumi from "@pulumi/pulumi";
import { OktaApi } from "../okta/oktaApi";
import { resolveOktaSettings } from "../okta/settings";
import { findAccountManagementPolicy } from "./find";

/** What the lookup returns, e.g. `{ id: "rst1", name: "Okta Account Management Policy", status: "ACTIVE", ... }`. */
export interface GetAccountManagementPolicyResult {
    readonly id: string;
    readonly name: string;
    readonly status: string;
    readonly type: string;
    readonly system: boolean;
    readonly description: string | null;
    readonly created: string | null;
    readonly lastUpdated: string | null;
}

/**
 * Finds the org's account management policy by `_embedded.resourceType == "END_USER_ACCOUNT_MANAGEMENT"` (by name
 * only as a fallback), e.g. `(await getAccountManagementPolicy()).id` → `"rst5czs80uoZHaUxK0g7"`. Throws a clear
 * error when the org has none (a Classic org, or the feature is off).
 */
export async function getAccountManagementPolicy(): Promise<GetAccountManagementPolicyResult> {
    const settings = resolveOktaSettings(key => pulumi.runtime.getConfig(key), process.env);
    const policy = await findAccountManagementPolicy(new OktaApi(settings));
    return {
        id: policy.id,
        name: policy.name,
        status: policy.status,
        type: policy.type,
        system: policy.system,
        description: policy.description ?? null,
        created: typeof policy.created === "string" ? policy.created : null,
        lastUpdated: typeof policy.lastUpdated === "string" ? policy.lastUpdated : null,
    };
}

/** `getAccountManagementPolicy` as an Output, e.g. `getAccountManagementPolicyOutput().id` for a rule's `policyId`. */
export function getAccountManagementPolicyOutput(): pulumi.Output<GetAccountManagementPolicyResult> {
    return pulumi.output(getAccountManagementPolicy());
}
