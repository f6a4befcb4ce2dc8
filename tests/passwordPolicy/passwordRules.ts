/**
 * PASSWORD policy rules as Okta returns them, for the tests of the password-policy switch: the rule body of Okta's
 * guide ("Update your password policy"), completed with the fields Okta adds to a response.
 */
import type { PasswordRule } from "../../provider/passwordPolicy/types";

/** A rule as a GET returns it, with its `accessControl` given; e.g. `buildPasswordRule("0pr1", "LEGACY")`. */
export function buildPasswordRule(
    id: string,
    accessControl: string | undefined,
    name = `Rule ${id}`,
): PasswordRule {
    return {
        id,
        status: "ACTIVE",
        name,
        priority: 1,
        created: "2024-07-08T17:31:39.000Z",
        lastUpdated: "2024-07-08T17:31:39.000Z",
        system: false,
        conditions: { people: { users: { exclude: [] } }, network: { connection: "ANYWHERE" } },
        actions: {
            passwordChange: { access: "ALLOW" },
            selfServicePasswordReset: {
                access: "ALLOW",
                requirement: {
                    primary: { methods: ["email"] },
                    stepUp: { required: false },
                    ...(accessControl === undefined ? {} : { accessControl }),
                },
            },
            selfServiceUnlock: { access: "ALLOW" },
        },
        type: "PASSWORD",
        _links: { self: { href: `https://acme.okta.com/api/v1/policies/00p1/rules/${id}` } },
    };
}
