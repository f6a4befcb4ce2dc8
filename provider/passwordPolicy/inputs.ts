/**
 * The resolved inputs and the outputs of a `PasswordRecoveryAccessControl`, as the provider methods see them
 * (plain values, no `pulumi.Input`). Pure types.
 */
import type { AccessControl } from "./types";

/** What the user declares, resolved, e.g. `{ accessControl: "AUTH_POLICY" }` (every rule of the default policy). */
export interface PasswordRecoveryAccessControlInputs {
    /** A PASSWORD policy's id, e.g. `"00p1abc"`; omitted means the org's default password policy. */
    policyId?: string;
    /** Rules of that policy, e.g. `["0pr1abc"]`; omitted means every rule of the policy, also ones added later. */
    ruleIds?: string[];
    /** The value to set on each rule. */
    accessControl: AccessControl;
}

/**
 * One rule as the resource last saw it, e.g. `{ id: "0pr1abc", name: "Default Rule", accessControl: "AUTH_POLICY",
 * previousAccessControl: "LEGACY" }`. `null` means the rule had no `accessControl` field.
 */
export interface RuleAccessControlState {
    id: string;
    name: string;
    /** The rule's value as Okta had it at the last create, update or refresh. */
    accessControl: string | null;
    /** The rule's value before this resource first saw it; written back on delete when the resource changed it. */
    previousAccessControl: string | null;
}

/** The recorded state: the inputs, the policy the id was resolved to, and each rule, e.g. `{ policyId: "00p1", rules: [...] }`. */
export interface PasswordRecoveryAccessControlOutputs extends PasswordRecoveryAccessControlInputs {
    policyId: string;
    rules: RuleAccessControlState[];
}
