/**
 * What the lockout guard reports, and what it needs to know about the org. Pure.
 */
import type { RuleDefinition } from "../evaluate";

/** How bad a finding is, e.g. `"error"` (users are locked out), `"warning"` (they may be), `"info"`. */
export type GuardSeverity = "error" | "warning" | "info";

/** The guard's checks by id, with what each looks for, e.g. `GUARD_CHECKS.G07` is `"a rule that can never fire (shadowed by earlier rules)"`. */
export const GUARD_CHECKS = {
    G01: "new users cannot enroll any first authenticator",
    G02: "a phishing-resistant requirement without a bootstrap rule above it",
    G03: "recovery that requires the password being recovered",
    G04: "the Password Expiry Rule shadowed, removed or changed",
    G06: "a rule without an operation condition above operation rules",
    G07: "a rule that can never fire (shadowed by earlier rules)",
    G08: "an expression that probably does not say what was meant",
    G09: "okta_verify keys that do not fit the org's Flexible Okta Verify setting",
    G10: "a broad DENY on enroll, recover or unlock",
    G12: "device conditions on recovery or unlock (lost-device lockout)",
    G13: "two factor types required to enroll",
    G16: "constraint alternatives written where both were meant",
} as const;

/** A guard check id, e.g. `"G07"`. */
export type GuardCheckId = keyof typeof GUARD_CHECKS;

/**
 * One finding, e.g. `{ check: "G03", severity: "error", rule: "Recovery", population: "everyone", message:
 * "[G03] Rule \"Recovery\" (everyone): ... Fix: ...", fix: "add an alternative without the password ...",
 * property: "actions.appSignOn.verificationMethod.constraints" }`. `message` names the rule, the population and
 * the fix; `property` is the rule input the finding is about, when there is one.
 */
export interface GuardFinding {
    check: GuardCheckId;
    severity: GuardSeverity;
    rule: string;
    population: string;
    message: string;
    fix: string;
    property?: string;
}

/**
 * What the guard knows about the org, e.g. `{ flexibleOktaVerify: true, newUserAuthenticators: ["okta_password",
 * "okta_email"] }`.
 */
export interface GuardOptions {
    /** Whether Flexible Okta Verify is on in the org; unset skips G09. */
    flexibleOktaVerify?: boolean;
    /** What a new user holds before enrolling anything (G01); default `["okta_password"]`. A user with none is tried too. */
    newUserAuthenticators?: string[];
    /** The policy's rules before the change under review, e.g. as read from Okta (G04 compares against them). */
    previousRules?: readonly RuleDefinition[];
}

/** The parts of a finding before its message is composed, e.g. `{ check: "G13", severity: "warning", rule: "Enroll", population: "everyone", problem: "...", fix: "..." }`. */
export interface FindingParts {
    check: GuardCheckId;
    severity: GuardSeverity;
    rule: string;
    population: string;
    problem: string;
    fix: string;
    property?: string;
}

/**
 * A finding with its message composed from the parts, e.g. parts `{ check: "G13", rule: "Enroll", population:
 * "everyone", problem: "it asks for two factor types.", fix: "use 1FA" }` → message `[G13] Rule "Enroll"
 * (everyone): it asks for two factor types. Fix: use 1FA. To silence: suppressChecks: ["G13"].`
 */
export function createFinding(parts: FindingParts): GuardFinding {
    const message =
        `[${parts.check}] Rule "${parts.rule}" (${parts.population}): ${parts.problem} Fix: ${parts.fix}. ` +
        `To silence: suppressChecks: ["${parts.check}"].`;
    return {
        check: parts.check,
        severity: parts.severity,
        rule: parts.rule,
        population: parts.population,
        message,
        fix: parts.fix,
        ...(parts.property !== undefined ? { property: parts.property } : {}),
    };
}

/**
 * The findings whose rule does not silence their check, e.g. a G07 finding on a rule with `suppressChecks:
 * ["G07"]` is dropped, a G03 finding on it is kept.
 */
export function dropSilenced(
    findings: readonly GuardFinding[],
    rules: readonly RuleDefinition[],
): GuardFinding[] {
    return findings.filter(
        finding =>
            !rules.some(
                rule => rule.name === finding.rule && (rule.suppressChecks ?? []).includes(finding.check),
            ),
    );
}
