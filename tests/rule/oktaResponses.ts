/**
 * Rules as Okta returns them, built the way Okta's recorded responses show: read-only fields added, defaults filled
 * in (`people.users.exclude`, `userType`, constraint `required`), empty `platform` dropped and `platform.exclude`
 * added, no `keepMeSignedIn` on this policy's rules.
 */
import type { OktaRule } from "../../provider/rule/types";

export const POLICY_ID = "rst5czs80uoZHaUxK0g7";

/** Okta's read-only fields of a rule with the given id and priority, e.g. `created`, `_links`. */
export function withOktaFields(
    id: string,
    priority: number,
    rule: Partial<OktaRule> & Pick<OktaRule, "name" | "conditions" | "actions">,
): OktaRule {
    const href = `https://example.okta.com/api/v1/policies/${POLICY_ID}/rules/${id}`;
    return {
        id,
        priority,
        status: "ACTIVE",
        system: false,
        type: "ACCESS_POLICY",
        created: "2026-01-06T09:19:39.000Z",
        lastUpdated: "2026-01-06T09:19:39.000Z",
        _links: {
            self: { href, hints: { allow: ["GET", "PUT", "DELETE"] } },
            deactivate: { href: `${href}/lifecycle/deactivate`, hints: { allow: ["POST"] } },
        },
        ...rule,
    };
}
