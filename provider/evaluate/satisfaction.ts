/**
 * Whether a user's enrolled authenticators satisfy what a rule asks for, in three values. Okta does not fall
 * through to the next rule when the user cannot satisfy the one that fires: the request is denied. Pure.
 */
import type { Truth } from "../el";
import type {
    AssuranceMethod,
    Constraint,
    KnowledgeConstraint,
    PossessionConstraint,
    RuleActions,
} from "../rule/types";
import { findMethodProfiles, type FactorClass, type MethodProfile } from "./authenticatorProfiles";
import type { AccessRequest, EnrolledAuthenticator } from "./request";
import { describeConstraint, TWO_FACTORS_IF_POSSIBLE } from "./requirement";
import { agreedBy, allOf, anyOf } from "./truth";

/**
 * Whether the user can satisfy the rule, e.g. `{ status: "NOT_SATISFIED", reason: "none of the usable
 * authenticators (okta_password, okta_email) meets [possession factor, phishing resistant]", usable:
 * ["okta_password", "okta_email"] }`. `usable` lists the enrolled authenticators that count for this request.
 */
export interface Satisfaction {
    status: "SATISFIED" | "NOT_SATISFIED" | "UNDETERMINED";
    reason: string;
    usable: string[];
}

const PASSWORD_KEY = "okta_password";

type Option = { kind: "known"; profile: MethodProfile } | { kind: "unknown"; key: string };
type Verdict = { truth: Truth; reason: string };
type Scenario = { excluded: string[]; assumption?: string };

function normalize(enrolled: EnrolledAuthenticator): { key: string; methods?: string[] } {
    return typeof enrolled === "string" ? { key: enrolled } : enrolled;
}

function optionsOf(enrolled: ReadonlyArray<{ key: string; methods?: string[] }>): Option[] {
    return enrolled.flatMap((item): Option[] => {
        const profiles = findMethodProfiles(item.key);
        if (profiles === undefined) return [{ kind: "unknown", key: item.key }];
        const methods = item.methods?.map(m => m.toUpperCase());
        return profiles
            .filter(p => methods === undefined || methods.includes(p.method))
            .map(profile => ({ kind: "known", profile }));
    });
}

function scenariosOf(request: AccessRequest, keys: readonly string[]): Scenario[] {
    switch (request.operation) {
        case "enroll": {
            if (request.authenticator === null) return [{ excluded: [] }];
            if (request.authenticator !== undefined) return [{ excluded: [request.authenticator.key] }];
            return [
                { excluded: [], assumption: "if the authenticator being enrolled is a new one" },
                ...keys.map(key => ({ excluded: [key], assumption: `if ${key} is being enrolled again` })),
            ];
        }
        case "recover":
            if (request.metadataType === "expiry") return [{ excluded: [] }];
            if (request.metadataType === undefined) {
                return [
                    {
                        excluded: [PASSWORD_KEY],
                        assumption: "if this is not a password expiry (metadataType is not known)",
                    },
                    { excluded: [], assumption: "if the password expired" },
                ];
            }
            return [{ excluded: [PASSWORD_KEY] }];
        case "unlockAccount":
            return [
                {
                    excluded: [PASSWORD_KEY],
                    assumption: "the password does not count to unlock an account [inference]",
                },
            ];
        case "unenroll":
            return [{ excluded: [] }];
    }
}

function matchFilters(option: MethodProfile, c: KnowledgeConstraint | PossessionConstraint): boolean {
    const sameMethod = (m: { key: string; method?: string }) =>
        m.key === option.key && (m.method === undefined || m.method.toUpperCase() === option.method);
    if (c.types?.length && !c.types.some(t => t.toUpperCase() === option.type)) return false;
    if (c.methods?.length && !c.methods.some(m => m.toUpperCase() === option.method)) return false;
    if (c.authenticationMethods?.length && !c.authenticationMethods.some(sameMethod)) return false;
    return !(c.excludedAuthenticationMethods ?? []).some(sameMethod);
}

function matchClass(
    option: Option,
    kind: "knowledge" | "possession",
    c: KnowledgeConstraint | PossessionConstraint,
): Truth {
    if (option.kind === "unknown") return "UNDETERMINED";
    const profile = option.profile;
    if (!profile.classes.includes(kind) || !matchFilters(profile, c)) return "FALSE";
    if (kind === "knowledge") return "TRUE";
    const p = c as PossessionConstraint;
    return allOf([
        p.phishingResistant === "REQUIRED" ? profile.phishingResistant : "TRUE",
        p.hardwareProtection === "REQUIRED" ? profile.hardwareProtection : "TRUE",
        p.deviceBound === "REQUIRED" ? profile.deviceBound : "TRUE",
        p.userVerification === "REQUIRED" ? profile.userVerification : "TRUE",
    ]);
}

/**
 * Whether one authenticator method meets the knowledge or possession part of a constraint object, e.g. Okta Verify
 * push against `{ possession: { phishingResistant: "REQUIRED" } }` → FALSE, FastPass → TRUE.
 */
export function meetsConstraintPart(
    profile: MethodProfile,
    kind: "knowledge" | "possession",
    constraint: Constraint,
): Truth {
    const part = constraint[kind];
    return part === undefined ? "FALSE" : matchClass({ kind: "known", profile }, kind, part);
}

function keyOf(option: Option): string {
    return option.kind === "known" ? option.profile.key : option.key;
}

function unique(items: readonly string[]): string[] {
    return items.filter((item, i) => items.indexOf(item) === i);
}

function countClasses(options: readonly Option[], needed: number): Verdict {
    const sure = new Set<FactorClass>();
    let extra = 0;
    for (const option of options) {
        if (option.kind === "unknown") extra = 1;
        else option.profile.classes.forEach(c => sure.add(c));
    }
    const inherence =
        options.some(o => o.kind === "known" && o.profile.mayAddInherence) && !sure.has("inherence");
    const most = Math.min(3, sure.size + (inherence ? 1 : 0) + extra);
    const have = sure.size > 0 ? [...sure].join(" and ") : "none";
    const types = `${needed} factor type${needed > 1 ? "s" : ""} needed, certain: ${have}`;
    if (sure.size >= needed) return { truth: "TRUE", reason: types };
    if (most >= needed) {
        return {
            truth: "UNDETERMINED",
            reason: `${types}; whether user verification (inherence) or an authenticator of unknown kind adds one is not known`,
        };
    }
    return { truth: "FALSE", reason: types };
}

function judgeAlternative(constraint: Constraint, needed: number, options: readonly Option[]): Verdict {
    const classes = (["knowledge", "possession"] as const).filter(
        kind => constraint[kind] !== undefined && constraint[kind]?.required !== false,
    );
    const words = `[${describeConstraint(constraint).join(", ")}]`;
    const perClass = classes.map(kind => {
        const truths = options.map(o => matchClass(o, kind, constraint[kind] as KnowledgeConstraint));
        const meeting = options.filter((_, i) => truths[i] === "TRUE").map(keyOf);
        return { kind, truth: anyOf(truths), meeting: unique(meeting) };
    });
    const count = countClasses(options, Math.max(needed, classes.length));
    const truth = allOf([...perClass.map(c => c.truth), count.truth]);
    const parts = perClass.map(c =>
        c.truth === "TRUE"
            ? `${c.meeting.join(" or ")} meets the ${c.kind} part of ${words}`
            : c.truth === "FALSE"
              ? `no usable authenticator meets the ${c.kind} part of ${words}`
              : `no usable authenticator is certain to meet the ${c.kind} part of ${words}`,
    );
    const relevant = truth === "TRUE" ? parts : parts.filter((_, i) => perClass[i].truth === truth);
    return {
        truth,
        reason: [...relevant, ...(truth === "TRUE" || count.truth === truth ? [count.reason] : [])].join(
            "; ",
        ),
    };
}

function judgeFactors(method: AssuranceMethod, needed: number, options: readonly Option[]): Verdict {
    const constraints = method.constraints?.length ? method.constraints : [{}];
    const verdicts = constraints.map(c => judgeAlternative(c, needed, options));
    const truth = anyOf(verdicts.map(v => v.truth));
    const chosen = verdicts.find(v => v.truth === truth) ?? verdicts[0];
    return {
        truth,
        reason:
            truth === "FALSE" && verdicts.length > 1
                ? verdicts.map(v => v.reason).join("; or ")
                : chosen.reason,
    };
}

function judgeAssurance(method: AssuranceMethod, options: readonly Option[]): Verdict {
    if (method.factorMode === "1FA" || method.factorMode === "2FA") {
        return judgeFactors(method, method.factorMode === "1FA" ? 1 : 2, options);
    }
    if (method.factorMode === TWO_FACTORS_IF_POSSIBLE) {
        const two = judgeFactors(method, 2, options);
        if (two.truth === "TRUE") return two;
        const one = judgeFactors(method, 1, options);
        const undocumented = "2FA_If_Possible is not documented by Okta";
        return {
            truth: "UNDETERMINED",
            reason:
                one.truth === "FALSE"
                    ? `${undocumented}, and the user has no usable factor (${one.reason})`
                    : `${undocumented}; read as "2FA if the user has two factor types enrolled, otherwise 1" [inference], the user satisfies it with ${one.reason}`,
        };
    }
    return { truth: "UNDETERMINED", reason: "the rule sets no factorMode" };
}

const STATUS_OF: Record<Truth, Satisfaction["status"]> = {
    TRUE: "SATISFIED",
    FALSE: "NOT_SATISFIED",
    UNDETERMINED: "UNDETERMINED",
};

/**
 * Whether the user of `request` can satisfy `actions`, or undefined when the request does not list the user's
 * enrolled authenticators. The authenticator being enrolled does not count; for `recover` the password counts
 * only when `metadataType` is `"expiry"`, and for `unlockAccount` it does not count (an inference). E.g. a user
 * with `["okta_password", "okta_email"]` enrolling `webauthn` under `[{ possession: { phishingResistant:
 * "REQUIRED" } }]` → `NOT_SATISFIED`.
 */
export function assessSatisfaction(actions: RuleActions, request: AccessRequest): Satisfaction | undefined {
    const enrolled = request.user.enrolledAuthenticators?.map(normalize);
    if (enrolled === undefined) return undefined;
    const keys = unique(enrolled.map(e => e.key));
    const scenarios = scenariosOf(request, keys);
    const usable = keys.filter(key => !scenarios[0].excluded.includes(key));
    const signOn = actions.appSignOn;
    const method = signOn.verificationMethod;
    if (signOn.access === "DENY")
        return { status: "NOT_SATISFIED", reason: "the rule denies access", usable };
    if (method.type !== "ASSURANCE") {
        const what =
            method.type === "ID_PROOFING"
                ? `passing identity verification with ${method.id}, not on enrolled authenticators`
                : "an authentication method chain, which Okta does not document for this policy";
        return { status: "UNDETERMINED", reason: `depends on ${what}`, usable };
    }
    const verdicts = scenarios.map(scenario => ({
        scenario,
        verdict: judgeAssurance(method, optionsOf(enrolled.filter(e => !scenario.excluded.includes(e.key)))),
    }));
    const truth = agreedBy(verdicts.map(v => v.verdict.truth));
    const base = `usable: ${usable.length > 0 ? usable.join(", ") : "none"}`;
    if (truth !== "UNDETERMINED" || verdicts.every(v => v.verdict.truth === "UNDETERMINED")) {
        return { status: STATUS_OF[truth], reason: `${verdicts[0].verdict.reason} (${base})`, usable };
    }
    const split = verdicts
        .filter(v => v.scenario.assumption !== undefined)
        .map(
            v =>
                `${v.verdict.truth === "TRUE" ? "satisfied" : v.verdict.truth === "FALSE" ? "not satisfied" : "undetermined"} ${v.scenario.assumption}`,
        );
    return { status: "UNDETERMINED", reason: `${split.join("; ")} (${base})`, usable };
}
