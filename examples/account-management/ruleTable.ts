/**
 * The rules of the account management policy as a readable table: priority, name, status, when the rule applies
 * and what the user must present. Pure.
 */
import type { Constraint, OktaRule } from "../../provider/rule/types";

/** Column titles and widths; long cells wrap inside their column. */
const COLUMNS = [
    { title: "Priority", width: 8 },
    { title: "Name", width: 26 },
    { title: "Status", width: 8 },
    { title: "When", width: 58 },
    { title: "Must present", width: 36 },
];

/**
 * The table, one row per rule in Okta's order, e.g. a row `1 | First phishing-resistant authenticator | ACTIVE |
 * zones nzo1; risk LOW; accessRequest.operation == 'enroll' && (...) | 2 factors, possession with user
 * interaction, every time`.
 */
export function formatRuleTable(rules: OktaRule[]): string {
    const rows = rules.map(rule => [
        String(rule.priority),
        rule.name,
        rule.status,
        describeWhen(rule),
        describeRequirement(rule),
    ]);
    const header = COLUMNS.map(column => column.title);
    const separator = COLUMNS.map(column => "-".repeat(column.width));
    return [header, separator, ...rows].flatMap(formatRow).join("\n");
}

/**
 * When the rule applies, e.g. `groups 00g1; zones nzo1; risk LOW; accessRequest.operation == 'enroll'`; `any
 * request` for the catch-all rule.
 */
export function describeWhen(rule: OktaRule): string {
    const conditions = rule.conditions ?? {};
    const parts: string[] = [];
    const groups = conditions.people?.groups?.include ?? [];
    if (groups.length > 0) parts.push(`groups ${groups.join(", ")}`);
    if (conditions.network?.connection === "ZONE") {
        const include = conditions.network.include ?? [];
        const exclude = conditions.network.exclude ?? [];
        if (include.length > 0) parts.push(`zones ${include.join(", ")}`);
        if (exclude.length > 0) parts.push(`not zones ${exclude.join(", ")}`);
    }
    const risk = conditions.riskScore?.level;
    if (risk !== undefined && risk !== "ANY") parts.push(`risk ${risk}`);
    const expression = conditions.elCondition?.condition;
    if (expression) parts.push(expression);
    return parts.length > 0 ? parts.join("; ") : "any request";
}

/**
 * What the user must present, e.g. `1 factor, phishing-resistant possession, every time`, `denied`, or `2 factors
 * if enrolled` (the catch-all's `2FA_If_Possible`).
 */
export function describeRequirement(rule: OktaRule): string {
    const action = rule.actions.appSignOn;
    if (action.access === "DENY") return "denied";
    const method = action.verificationMethod;
    if (method.type === "ID_PROOFING") return `identity verification through ${method.id}`;
    if (method.type === "AUTH_METHOD_CHAIN") return "a chain of authentication methods";
    const factors: Record<string, string> = {
        "1FA": "1 factor",
        "2FA": "2 factors",
        "2FA_If_Possible": "2 factors if enrolled",
    };
    const parts = [factors[method.factorMode ?? "2FA"] ?? String(method.factorMode)];
    const alternatives = (method.constraints ?? []).map(describeConstraint).filter(text => text !== "");
    if (alternatives.length > 0) parts.push(alternatives.join(" or "));
    if (method.reauthenticateIn !== undefined) {
        parts.push(method.reauthenticateIn === "PT0S" ? "every time" : `every ${method.reauthenticateIn}`);
    }
    return parts.join(", ");
}

function describeConstraint(constraint: Constraint): string {
    const parts: string[] = [];
    const knowledge = constraint.knowledge;
    if (knowledge)
        parts.push(`knowledge${knowledge.types ? ` (${knowledge.types.join(", ").toLowerCase()})` : ""}`);
    const possession = constraint.possession;
    if (possession) {
        const traits = [
            possession.phishingResistant === "REQUIRED" ? "phishing-resistant" : "",
            possession.hardwareProtection === "REQUIRED" ? "hardware-protected" : "",
            possession.deviceBound === "REQUIRED" ? "device-bound" : "",
        ].filter(trait => trait !== "");
        const extras = [
            possession.userPresence === "REQUIRED" ? "with user interaction" : "",
            possession.userVerification === "REQUIRED" ? "with PIN or biometrics" : "",
        ].filter(extra => extra !== "");
        parts.push([...traits, "possession", ...extras].join(" "));
    }
    return parts.join(" + ");
}

function formatRow(cells: string[]): string[] {
    const wrapped = cells.map((cell, index) => wrap(cell, COLUMNS[index].width));
    const height = Math.max(...wrapped.map(lines => lines.length));
    return Array.from({ length: height }, (_, line) =>
        wrapped
            .map((lines, index) => (lines[line] ?? "").padEnd(COLUMNS[index].width))
            .join("  ")
            .trimEnd(),
    );
}

/** Splits `text` into lines of at most `width` characters, at spaces where possible. */
function wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    let current = "";
    for (const word of text.split(" ")) {
        for (let rest = word; rest.length > 0; rest = rest.slice(width)) {
            const piece = rest.slice(0, width);
            if (current === "") current = piece;
            else if (current.length + 1 + piece.length <= width) current += ` ${piece}`;
            else {
                lines.push(current);
                current = piece;
            }
        }
    }
    return [...lines, current];
}
