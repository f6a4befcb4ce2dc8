/**
 * G02: a rule that only a phishing-resistant authenticator satisfies locks out users who have none, unless a rule
 * reached first lets them enroll one with what they have (Okta's "first phishing-resistant authenticator" rule at
 * the top). Pure.
 */
import { PHISHING_RESISTANT_KEYS } from "../el";
import {
    describePopulation,
    evaluate,
    findMethodProfiles,
    orderRules,
    type RuleDefinition,
} from "../evaluate";
import { createFinding, type GuardFinding, type GuardOptions } from "./finding";
import { findGovernedOperations, requiresPhishingResistance } from "./ruleTraits";

/** Every authenticator a user can hold that is not phishing resistant in any of its methods. */
const NON_PHISHING_RESISTANT_KEYS = [
    "okta_password",
    "security_question",
    "okta_email",
    "phone_number",
    "google_otp",
];

function bootstrapKeys(options: GuardOptions): string[] {
    return PHISHING_RESISTANT_KEYS.map(key =>
        key === "okta_verify" && options.flexibleOktaVerify === true ? "okta_verify_fastpass" : key,
    ).filter(key => findMethodProfiles(key)?.some(p => p.phishingResistant === "TRUE"));
}

function hasBootstrap(
    rules: readonly RuleDefinition[],
    rule: RuleDefinition,
    options: GuardOptions,
): boolean {
    const groups = rule.conditions?.people?.groups?.include?.slice(0, 1) ?? [];
    return bootstrapKeys(options).some(key =>
        evaluate(rules, {
            operation: "enroll",
            authenticator: { key },
            user: { groups, enrolledAuthenticators: NON_PHISHING_RESISTANT_KEYS },
        }).candidates.some(c => c.rule !== rule.name && c.satisfaction?.status !== "NOT_SATISFIED"),
    );
}

/**
 * An error for each active rule governing enroll, unenroll, recover or unlockAccount whose constraints all demand
 * a phishing-resistant authenticator, when a user of its population holding every other kind of authenticator
 * cannot enroll a phishing-resistant one (webauthn, Okta Verify FastPass, smart card) under any rule reached
 * first. E.g. Okta's use case 2 alone → error; with use case 1 above it → none.
 */
export function findMissingBootstrap(
    rules: readonly RuleDefinition[],
    options: GuardOptions,
): GuardFinding[] {
    return orderRules(rules)
        .filter(o => o.active && requiresPhishingResistance(o.rule))
        .flatMap(({ rule }) => {
            const operations = findGovernedOperations(rule, [
                "enroll",
                "unenroll",
                "recover",
                "unlockAccount",
            ]);
            if (operations.length === 0 || hasBootstrap(rules, rule, options)) return [];
            return [
                createFinding({
                    check: "G02",
                    severity: "error",
                    rule: rule.name,
                    population: `${describePopulation(rule.conditions)} without a phishing-resistant authenticator`,
                    problem:
                        `it requires a phishing-resistant authenticator for ${operations.join(", ")}, and no rule reached ` +
                        "first lets these users enroll their first one with what they have.",
                    fix:
                        `add a rule above "${rule.name}" for accessRequest.operation == 'enroll' && ` +
                        "(accessRequest.authenticator.key == 'webauthn' || accessRequest.authenticator.key == 'okta_verify' || ...) " +
                        "that ALLOWs with a factor they already hold, like Okta's first-phishing-resistant-authenticator rule",
                }),
            ];
        });
}
