/**
 * Pieces the use-case presets share: the options every preset takes, the default priorities that keep Okta's
 * recommended order, the "anyone" conditions the Admin Console sends, and the phishing-resistant possession
 * requirement. Pure: no I/O.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { AccountManagementPolicyRuleArgs } from "../resources/accountManagementPolicyRule";
import type { DeepInput } from "../resources/deepInput";
import type { PeopleCondition, PlatformCondition, UserTypeCondition } from "../rule/types";

/** Options every preset takes, e.g. `{ groups: [pilots.id], name: "PR enrollment (pilot)", priority: 5 }`. */
export interface PresetOptions {
    /** Only users in any of these groups (ids, e.g. `"00g1emaKYZTWRYYRRTSK"`); omitted: every user. */
    groups?: pulumi.Input<pulumi.Input<string>[]>;
    /** The rule's name in Okta, unique in the policy; each preset has a default. */
    name?: pulumi.Input<string>;
    /** 0 is the top, 98 the lowest a rule can take; each preset has a default (see `USE_CASE_PRIORITIES`). */
    priority?: pulumi.Input<number>;
}

/**
 * The priorities the presets take when none is given, in Okta's recommended order, e.g.
 * `USE_CASE_PRIORITIES.authenticatorEnrollment` is `2`. Priority 0 stays free for Okta's "Password Expiry Rule",
 * which Okta keeps on top; the catch-all rule sits at 99.
 */
export const USE_CASE_PRIORITIES = {
    firstPhishingResistantAuthenticator: 1,
    authenticatorEnrollment: 2,
    passwordRecoveryAndUnlock: 3,
} as const;

/**
 * The conditions that restrict nobody but `groups`, written out as the Admin Console sends its "Any" choices, e.g.
 * `describeAnyone(["00g1"])` is `{ people: { users: { include: [], exclude: [] }, groups: { include: ["00g1"],
 * exclude: [] } }, userType: { include: [], exclude: [] }, platform: { include: [] } }`.
 */
export function describeAnyone(groups: PresetOptions["groups"]): {
    people: DeepInput<PeopleCondition>;
    userType: DeepInput<UserTypeCondition>;
    platform: DeepInput<PlatformCondition>;
} {
    return {
        people: { users: { include: [], exclude: [] }, groups: { include: groups ?? [], exclude: [] } },
        userType: { include: [], exclude: [] },
        platform: { include: [] },
    };
}

/**
 * `actions` that allow the operation after one phishing-resistant possession factor, prompted every time, as the
 * Admin Console's "Possession factor" + "Phishing resistant" + "Every time" maps to the API: `{ appSignOn: { access:
 * "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode: "1FA", reauthenticateIn: "PT0S", constraints:
 * [{ possession: { phishingResistant: "REQUIRED" } }] } } }`.
 */
export function requirePhishingResistantPossession(): AccountManagementPolicyRuleArgs["actions"] {
    return {
        appSignOn: {
            access: "ALLOW",
            verificationMethod: {
                type: "ASSURANCE",
                factorMode: "1FA",
                reauthenticateIn: "PT0S",
                constraints: [{ possession: { phishingResistant: "REQUIRED" } }],
            },
        },
    };
}
