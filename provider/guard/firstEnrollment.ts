/**
 * G01: new users must be able to enroll a first authenticator. Okta does not fall through to the next rule when a
 * user cannot satisfy the one that fires: "the user cannot satisfy the ... rule ... resulting in a deny outcome".
 * Pure.
 */
import { evaluate, type RuleDefinition } from "../evaluate";
import { AUTHENTICATOR_KEYS } from "../rule/types";
import { FLEXIBLE_OKTA_VERIFY_KEYS } from "../el";
import { createFinding, type GuardFinding, type GuardOptions } from "./finding";
import { listPopulations, type Population } from "./populations";

/** What a new user holds when the options do not say: `["okta_password"]`. */
export const DEFAULT_NEW_USER_AUTHENTICATORS = ["okta_password"];

/** The keys tried first, so that a finding's example names a common authenticator. */
const COMMON_KEYS = [
    "okta_email",
    "phone_number",
    "okta_verify",
    "webauthn",
    "google_otp",
    "security_question",
];

/**
 * The keys a user can enroll in the org, common ones first, e.g. `["okta_email", "phone_number", "okta_verify",
 * ...]`, without the per-method Okta Verify keys when Flexible Okta Verify is off and without `okta_verify` when
 * it is on.
 */
function listEnrollableKeys(options: GuardOptions): string[] {
    const hidden: readonly string[] =
        options.flexibleOktaVerify === true ? ["okta_verify"] : FLEXIBLE_OKTA_VERIFY_KEYS;
    const keys = [...COMMON_KEYS, ...AUTHENTICATOR_KEYS.filter(key => !COMMON_KEYS.includes(key))];
    return keys.filter(key => !hidden.includes(key));
}

interface Attempt {
    key: string;
    blocker: string;
}

function tryEnrolling(
    rules: readonly RuleDefinition[],
    population: Population,
    held: readonly string[],
    keys: readonly string[],
): Attempt[] | undefined {
    const attempts: Attempt[] = [];
    for (const key of keys.filter(k => !held.includes(k))) {
        const evaluation = evaluate(rules, {
            operation: "enroll",
            authenticator: { key },
            user: { groups: population.groups, enrolledAuthenticators: [...held] },
        });
        if (evaluation.candidates.some(c => c.satisfaction?.status !== "NOT_SATISFIED")) return undefined;
        attempts.push({ key, blocker: evaluation.candidates[evaluation.candidates.length - 1].rule });
    }
    return attempts;
}

function mostCommon(names: readonly string[]): string {
    const counts = new Map<string, number>();
    names.forEach(name => counts.set(name, (counts.get(name) ?? 0) + 1));
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * An error for each population (by the groups the rules name) where a new user, holding nothing or only
 * `options.newUserAuthenticators` (default only a password), can enroll no authenticator at all: for every key,
 * every rule that may fire asks for more than they hold. The finding names the rule that blocks most keys. E.g.
 * Okta's use cases 1 and 2 without anything else → an error on "Phishing-resistant authenticator enrollment"
 * for everyone: a user with only a password has no possession factor for use case 1 nor a phishing-resistant one.
 */
export function findFirstEnrollmentDeadlock(
    rules: readonly RuleDefinition[],
    options: GuardOptions,
): GuardFinding[] {
    const held = options.newUserAuthenticators ?? DEFAULT_NEW_USER_AUTHENTICATORS;
    const keys = listEnrollableKeys(options);
    return listPopulations(rules).flatMap(population => {
        const withNothing = tryEnrolling(rules, population, [], keys);
        const withHeld = withNothing && tryEnrolling(rules, population, held, keys);
        if (withNothing === undefined || withHeld === undefined) return [];
        const blocker = mostCommon(withHeld.map(a => a.blocker));
        const sample = withHeld.find(a => a.blocker === blocker)?.key ?? keys[0];
        const holding = held.length > 0 ? `only ${held.join(" and ")}` : "nothing";
        return [
            createFinding({
                check: "G01",
                severity: "error",
                rule: blocker,
                population: `${population.label}, when new (holding nothing or ${holding})`,
                problem:
                    `they cannot enroll any first authenticator: for every key the rule that fires asks for more than ` +
                    `they hold (e.g. enrolling ${sample} fires "${blocker}"), and Okta denies instead of trying the next rule.`,
                fix:
                    `add a rule above "${blocker}" with accessRequest.operation == 'enroll' && accessRequest.authenticator.key == '<key>' ` +
                    "that ALLOWs with factorMode 1FA and no constraint (the password suffices), or set newUserAuthenticators " +
                    "if new users always hold more",
            }),
        ];
    });
}
