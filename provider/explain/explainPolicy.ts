/**
 * The account management policy as a person reads it: its rules in evaluation order, one table row each, then
 * the guard's findings. Pure.
 */
import {
    describeRequirement,
    describeWhere,
    describeWho,
    findExpressionCoverage,
    orderRules,
    toRuleDefinitions,
    type OrderedRule,
    type RuleInput,
} from "../evaluate";
import { guardAll, type GuardFinding } from "../guard";
import { formatTable, type Column } from "./textTable";

const COLUMNS: readonly Column[] = [
    { heading: "Priority", width: 8 },
    { heading: "Name", width: 28 },
    { heading: "Status", width: 8 },
    { heading: "Who", width: 28 },
    { heading: "Operation", width: 40 },
    { heading: "From where", width: 28 },
    { heading: "Must present", width: 44 },
];

function describeRow({ rule, catchAll, assumed }: OrderedRule): string[] {
    return [
        typeof rule.priority === "number" ? String(rule.priority) : "-",
        assumed ? `${rule.name} (assumed: Okta's default)` : rule.name,
        rule.status ?? "ACTIVE",
        describeWho(rule.conditions),
        catchAll
            ? "every request no rule above takes, and profile edits"
            : findExpressionCoverage(rule.conditions?.elCondition?.condition).text,
        describeWhere(rule.conditions),
        describeRequirement(rule.actions).text,
    ];
}

function describeFindings(findings: readonly GuardFinding[]): string[] {
    if (findings.length === 0) return ["Findings: none."];
    const count = (severity: GuardFinding["severity"]) =>
        findings.filter(f => f.severity === severity).length;
    const tally = (["error", "warning", "info"] as const)
        .filter(severity => count(severity) > 0)
        .map(severity => `${count(severity)} ${severity}${count(severity) > 1 ? "s" : ""}`)
        .join(", ");
    return [
        `Findings (${tally}):`,
        ...findings.map(f => `  ${f.severity.toUpperCase().padEnd(7)} ${f.message}`),
    ];
}

/**
 * The policy as text: a heading, a table of the rules in the order Okta evaluates them (priority, name, status,
 * who, operation from the expression such as "enroll: webauthn, okta_verify", from where, what the user must
 * present), then the findings, by default every finding of `guardAll(rules)` (pass `[]` for none). E.g. for Okta's
 * recovery use case the row reads `3  Phishing-resistant recovery and unlock  ACTIVE  everyone  recover: any
 * authenticator; unlockAccount: any authenticator  anywhere  1 factor type; one of: [possession factor, phishing
 * resistant]; re-authenticate every time` (wrapped in its columns).
 */
export function explainPolicy(inputs: readonly RuleInput[], findings?: readonly GuardFinding[]): string {
    const rules = toRuleDefinitions(inputs);
    const ordered = orderRules(rules);
    const lines = [
        `Account management policy: ${ordered.length} rule${ordered.length === 1 ? "" : "s"}, evaluated top to bottom; the first active rule whose conditions all match fires.`,
        "",
        ...formatTable(COLUMNS, ordered.map(describeRow)),
        "",
        ...describeFindings(findings ?? guardAll(rules)),
    ];
    return `${lines.join("\n")}\n`;
}
