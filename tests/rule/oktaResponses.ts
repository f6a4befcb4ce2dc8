/** Okta's rule responses for tests: the fields Okta adds to every rule it returns. */
import type { OktaRule } from "../../provider/rule/types";

/** The account management policy id of the guide's example org, `"rst5czs80uoZHaUxK0g7"`. */
export const POLICY_ID = "rst5czs80uoZHaUxK0g7";

/**
 * `rule` as Okta returns it: with `id`, `priority`, `status: "ACTIVE"`, `system: false`, `type`, `created`,
 * `lastUpdated` and `_links` (self and deactivate) unless `rule` sets them, e.g.
 * `withOktaFields("rul1", 3, { name, conditions, actions }).priority` is `3`.
 */
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
