/**
 * The JSON of a PASSWORD policy rule as Okta's Policy API returns it, as far as this package reads it, and the
 * values of the field that sends self-service recovery to the account management policy. Pure types.
 */
import type { AccessDecision } from "../rule/types";

/**
 * Values of `actions.selfServicePasswordReset.requirement.accessControl`: `"AUTH_POLICY"` defers recovery and unlock
 * to the account management policy, `"LEGACY"` keeps the password rule's own `primary` and `stepUp` requirements.
 */
export const ACCESS_CONTROLS = ["AUTH_POLICY", "LEGACY"] as const;
/** Who decides self-service recovery, e.g. `"AUTH_POLICY"`. */
export type AccessControl = (typeof ACCESS_CONTROLS)[number];

/** `actions.selfServicePasswordReset`, e.g. `{ access: "ALLOW", requirement: { accessControl: "LEGACY", ... } }`. */
export interface SelfServicePasswordResetAction {
    access: AccessDecision;
    requirement?: {
        primary?: { methods?: string[] };
        stepUp?: { required?: boolean; methods?: string[] };
        accessControl?: string;
        [extra: string]: unknown;
    };
    [extra: string]: unknown;
}

/**
 * A PASSWORD policy rule, e.g. `{ id: "0pr1abc", name: "Default Rule", priority: 1, system: true, type: "PASSWORD",
 * actions: { selfServicePasswordReset: { access: "ALLOW", requirement: { accessControl: "LEGACY" } }, ... } }`.
 * Fields this type does not name are kept as Okta sent them.
 */
export interface PasswordRule {
    id: string;
    name: string;
    priority: number;
    status: string;
    system: boolean;
    type: "PASSWORD";
    conditions?: unknown;
    actions?: {
        passwordChange?: { access: AccessDecision };
        selfServicePasswordReset?: SelfServicePasswordResetAction;
        selfServiceUnlock?: { access: AccessDecision };
        [extra: string]: unknown;
    };
    created?: string;
    lastUpdated?: string;
    _links?: Record<string, unknown>;
    [extra: string]: unknown;
}
