/**
 * What one Pulumi program declares about each policy's rules, gathered as the resource classes are constructed,
 * so that conflicts show at preview, before any API call: two single rules at one priority, a rule owned both by
 * a single resource and by a rule set, two sets on one policy. Pure: the resource classes log the findings.
 *
 * Policies are told apart by the `policyId` the program passes (`""` when omitted): a rule with the policy's id
 * and one without it are not compared, although both land in the account management policy.
 */
import type { ForeignRulesMode } from "./ruleSetInputs";

/** A conflict found at program time, e.g. `{ severity: "error", message: 'rule "Enroll" is declared by ...' }`. */
export interface DeclarationFinding {
    severity: "warning" | "error";
    message: string;
}

interface SingleRuleDeclaration {
    ruleName: string;
    priority?: number;
}

interface RuleSetDeclaration {
    ruleNames: readonly string[];
    mode: ForeignRulesMode;
}

/**
 * The declarations of one program, by policy and resource name; declaring a resource name again replaces its
 * earlier declaration. E.g. after `declareSingleRule("", "a", "A", 2)`, `declareSingleRule("", "b", "B", 2)`
 * returns a warning that "a" and "b" both declare priority 2.
 */
export class ProgramDeclarations {
    private readonly singles = new Map<string, Map<string, SingleRuleDeclaration>>();
    private readonly sets = new Map<string, Map<string, RuleSetDeclaration>>();

    /**
     * Records `AccountManagementPolicyRule` `resource` (rule `ruleName`, `priority` if declared) in policy
     * `policyKey` and returns its conflicts with what was declared before, e.g. a warning when another single rule
     * declares the same priority, an error when a rule set lists `ruleName`.
     */
    declareSingleRule(
        policyKey: string,
        resource: string,
        ruleName: string,
        priority: number | undefined,
    ): DeclarationFinding[] {
        const findings: DeclarationFinding[] = [];
        for (const [other, declared] of this.singlesOf(policyKey)) {
            if (other === resource || priority === undefined || declared.priority !== priority) continue;
            findings.push(describeSharedPriority(resource, other, priority));
        }
        for (const [set, declared] of this.setsOf(policyKey)) {
            findings.push(...findSetConflicts(set, declared, resource, { ruleName, priority }));
        }
        this.singlesOf(policyKey).set(resource, { ruleName, priority });
        return findings;
    }

    /**
     * Records `AccountManagementPolicyRules` `resource` listing `ruleNames` in policy `policyKey` and returns its
     * conflicts with what was declared before, e.g. an error for a second set on the policy or for a rule name a
     * single rule resource already declares.
     */
    declareRuleSet(
        policyKey: string,
        resource: string,
        ruleNames: readonly string[],
        mode: ForeignRulesMode,
    ): DeclarationFinding[] {
        const findings: DeclarationFinding[] = [];
        for (const other of this.setsOf(policyKey).keys()) {
            if (other === resource) continue;
            findings.push({
                severity: "error",
                message:
                    `AccountManagementPolicyRules "${resource}" and "${other}" both order the rules of ${describePolicy(policyKey)}: ` +
                    `each would push the other's rules down on every run. Merge them into one list.`,
            });
        }
        const declared = { ruleNames, mode };
        for (const [single, rule] of this.singlesOf(policyKey)) {
            findings.push(...findSetConflicts(resource, declared, single, rule));
        }
        this.setsOf(policyKey).set(resource, declared);
        return findings;
    }

    private singlesOf(policyKey: string): Map<string, SingleRuleDeclaration> {
        let found = this.singles.get(policyKey);
        if (!found) this.singles.set(policyKey, (found = new Map()));
        return found;
    }

    private setsOf(policyKey: string): Map<string, RuleSetDeclaration> {
        let found = this.sets.get(policyKey);
        if (!found) this.sets.set(policyKey, (found = new Map()));
        return found;
    }
}

function describePolicy(policyKey: string): string {
    return policyKey === "" ? "the account management policy" : `policy ${policyKey}`;
}

function describeSharedPriority(resource: string, other: string, priority: number): DeclarationFinding {
    return {
        severity: "warning",
        message:
            `AccountManagementPolicyRule "${resource}" declares priority ${priority}, as "${other}" does: Okta holds one ` +
            `rule per priority and pushes the other down, so the two never both hold it and every run moves one of ` +
            `them. Give each rule its own priority, or list the rules in order in one AccountManagementPolicyRules ` +
            `(list position is priority).`,
    };
}

function findSetConflicts(
    set: string,
    declared: RuleSetDeclaration,
    single: string,
    rule: SingleRuleDeclaration,
): DeclarationFinding[] {
    const findings: DeclarationFinding[] = [];
    if (declared.ruleNames.includes(rule.ruleName)) {
        findings.push({
            severity: "error",
            message:
                `rule "${rule.ruleName}" is declared both by AccountManagementPolicyRule "${single}" and by ` +
                `AccountManagementPolicyRules "${set}": each would overwrite the other. Keep it in one of them.`,
        });
    }
    if (declared.mode === "remove") {
        findings.push({
            severity: "error",
            message:
                `AccountManagementPolicyRules "${set}" has foreignRules: "remove", which deletes every rule it does not ` +
                `list, so it would delete the rule of AccountManagementPolicyRule "${single}". List that rule in the ` +
                `set, or use foreignRules: "keep".`,
        });
    } else if (
        declared.mode === "report" &&
        rule.priority !== undefined &&
        rule.priority < declared.ruleNames.length
    ) {
        findings.push({
            severity: "warning",
            message:
                `AccountManagementPolicyRule "${single}" declares priority ${rule.priority}, inside the priorities 0..` +
                `${declared.ruleNames.length - 1} of AccountManagementPolicyRules "${set}", which pushes the rules it ` +
                `does not list below its own (foreignRules: "report"): the two move each other on every run. Use ` +
                `foreignRules: "keep" on the set (its rules then take the priorities around this one), or list this ` +
                `rule in the set.`,
        });
    }
    return findings;
}
