/**
 * The offline evaluator: which rule of the account management policy fires for one request, why the rules before
 * it do not, and what the user must then present. Pure: no I/O.
 */
import { combineVerdicts, matchConditions, type ConditionResult, type MatchStatus } from "./matchConditions";
import type { AccessRequest } from "./request";
import { describeRequirement, type Requirement } from "./requirement";
import { toRuleDefinitions, type RuleInput } from "./ruleInput";
import { orderRules, type OrderedRule, type RuleDefinition } from "./ruleOrder";
import { assessSatisfaction, type Satisfaction } from "./satisfaction";

/**
 * How one rule fared, e.g. `{ rule: "Recovery", position: 1, status: "NOT_MATCH", conditions: [...], reason:
 * "riskScore: risk HIGH; the rule matches LOW only" }`. Inactive rules are listed with status `"INACTIVE"`.
 */
export interface RuleTrace {
    rule: string;
    /** 0 for the rule Okta considers first. */
    position: number;
    status: MatchStatus | "INACTIVE";
    conditions: ConditionResult[];
    reason: string;
}

/**
 * What happens when a rule fires, e.g. `{ rule: "Recovery", requirement: { text: "1 factor type; one of:
 * [possession factor, phishing resistant]; ..." }, satisfaction: { status: "NOT_SATISFIED", ... } }`.
 * `satisfaction` is present when the request lists the user's enrolled authenticators.
 */
export interface RuleOutcome {
    rule: string;
    requirement: Requirement;
    satisfaction?: Satisfaction;
}

/**
 * The evaluation of one request, e.g. `{ status: "DETERMINED", rule: "Recovery", outcome, candidates: [outcome],
 * trace, missingFacts: [], summary: "\"Recovery\" fires: ..." }`. When a rule before the first certain match is
 * UNDETERMINED, `status` is `"UNDETERMINED"`, `rule` and `outcome` are absent, `candidates` lists every rule that
 * could fire in order, and `missingFacts` names the request fields that would decide.
 */
export interface Evaluation {
    status: "DETERMINED" | "UNDETERMINED";
    rule?: string;
    outcome?: RuleOutcome;
    candidates: RuleOutcome[];
    trace: RuleTrace[];
    missingFacts: string[];
    summary: string;
}

function traceRule(ordered: OrderedRule, request: AccessRequest): RuleTrace {
    const name = ordered.rule.name;
    const base = { rule: name, position: ordered.position };
    if (!ordered.active)
        return { ...base, status: "INACTIVE", conditions: [], reason: "inactive rules never fire" };
    if (ordered.catchAll) {
        const reason = ordered.assumed
            ? "Okta's catch-all (assumed) matches every request"
            : "the catch-all matches every request";
        return { ...base, status: "MATCH", conditions: [], reason };
    }
    const conditions = matchConditions(ordered.rule.conditions, request);
    const status = combineVerdicts(conditions);
    const reason =
        status === "MATCH"
            ? "every condition matches"
            : conditions
                  .filter(c => c.status === status)
                  .map(c => `${c.condition}: ${c.reason}`)
                  .join("; ");
    return { ...base, status, conditions, reason };
}

function outcomeOf(rule: RuleDefinition, request: AccessRequest): RuleOutcome {
    const satisfaction = assessSatisfaction(rule.actions, request);
    return {
        rule: rule.name,
        requirement: describeRequirement(rule.actions),
        ...(satisfaction !== undefined ? { satisfaction } : {}),
    };
}

function describeOutcome(outcome: RuleOutcome): string {
    const can = outcome.satisfaction
        ? `; the user ${
              { SATISFIED: "can", NOT_SATISFIED: "cannot", UNDETERMINED: "may or may not" }[
                  outcome.satisfaction.status
              ]
          } satisfy it: ${outcome.satisfaction.reason}`
        : "";
    return `"${outcome.rule}" fires: ${outcome.requirement.text}${can}`;
}

/**
 * Which rule fires for `request`: the first active rule, in priority order, whose conditions all match (the
 * catch-all last, assumed as Okta's default when `rules` has no system rule). Accepts rules as Okta returns them,
 * as a program declares them, or as the presets return them (plain values); a list without priorities is taken in
 * list order. E.g. with Okta's recovery use
 * case and a request `{ operation: "recover", metadataType: null, user: { groups: [] } }` → `{ status:
 * "DETERMINED", rule: "Phishing-resistant recovery and unlock", outcome: { requirement: { text: "1 factor type;
 * one of: [possession factor, phishing resistant]; re-authenticate every time" } }, ... }`.
 */
export function evaluate(rules: readonly RuleInput[], request: AccessRequest): Evaluation {
    const trace: RuleTrace[] = [];
    const possible: OrderedRule[] = [];
    for (const ordered of orderRules(toRuleDefinitions(rules))) {
        const entry = traceRule(ordered, request);
        trace.push(entry);
        if (entry.status === "UNDETERMINED") possible.push(ordered);
        if (entry.status === "MATCH") {
            possible.push(ordered);
            break;
        }
    }
    const candidates = possible.map(ordered => outcomeOf(ordered.rule, request));
    const missingFacts = trace
        .filter(t => t.status === "UNDETERMINED")
        .flatMap(t => t.conditions.flatMap(c => c.missingFacts))
        .filter((fact, i, all) => all.indexOf(fact) === i);
    if (candidates.length === 1) {
        const outcome = candidates[0];
        return {
            status: "DETERMINED",
            rule: outcome.rule,
            outcome,
            candidates,
            trace,
            missingFacts,
            summary: describeOutcome(outcome),
        };
    }
    const needs = missingFacts.length > 0 ? ` (unknown: ${missingFacts.join(", ")})` : "";
    const summary =
        `undetermined${needs}: ${candidates.map(c => `"${c.rule}"`).join(" or ")} may fire; ` +
        candidates.map(describeOutcome).join("; or ");
    return { status: "UNDETERMINED", candidates, trace, missingFacts, summary };
}
