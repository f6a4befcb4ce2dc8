/** Rules for the rule set tests: small, valid, each told apart by its name and operation. */
import type { RuleSetEntry } from "../../provider/ruleSet/ruleSetInputs";

/**
 * A valid rule named `name` for `operation`, e.g. `entry("Enroll")` allows enrollment with one factor. Rules of
 * one operation shadow each other (a guard warning, not an error).
 */
export function entry(name: string, operation = "enroll", factorMode: "1FA" | "2FA" = "1FA"): RuleSetEntry {
    return {
        name,
        conditions: { elCondition: { condition: `accessRequest.operation == '${operation}'` } },
        actions: {
            appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode } },
        },
    };
}
