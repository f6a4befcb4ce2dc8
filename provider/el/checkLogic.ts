/**
 * Lint checks on a condition's logic: `&&` and `||` mixed without parentheses, conjunctions that can never be
 * true, and `accessRequest.metadata.type` read outside `recover` requests.
 */
import { pathName, walkExpression, type Expr, type LogicalExpr } from "./ast";
import { logicalChain } from "./nodes";
import { printExpression } from "./printer";
import { problemAt, type ExpressionProblem } from "./problems";
import {
    domainOf,
    everyAssignment,
    holds,
    OTHER_VALUE,
    toProposition,
    type DomainValue,
    type Scalar,
} from "./propositions";
import { METADATA_TYPE_PATH, OPERATION_PATH } from "./vocabulary";

function isGroupRoot(node: Expr, parent: Expr | null, operator?: "&&"): node is LogicalExpr {
    if (node.kind !== "logical" || (operator !== undefined && node.operator !== operator)) return false;
    const joinsParent =
        parent?.kind === "logical" &&
        (operator === undefined ? !node.parenthesized : parent.operator === operator);
    return !joinsParent;
}

function flattenUnparenthesized(root: LogicalExpr): { operands: Expr[]; operators: Array<"&&" | "||"> } {
    const operands: Expr[] = [];
    const operators: Array<"&&" | "||"> = [];
    const visit = (node: Expr) => {
        if (node.kind === "logical" && (node === root || !node.parenthesized)) {
            visit(node.left);
            operators.push(node.operator);
            visit(node.right);
        } else {
            operands.push(node);
        }
    };
    visit(root);
    return { operands, operators };
}

/**
 * Warnings where `&&` and `||` meet without parentheses, showing what the text means and what the author
 * probably meant (as if `||` bound tighter), e.g. Okta's guide example
 * `op == 'enroll' || op == 'unenroll' && (k...)` → means `op == 'enroll' || (op == 'unenroll' && (k...))`,
 * probably meant `(op == 'enroll' || op == 'unenroll') && (k...)`.
 */
export function checkMixedLogic(root: Expr): ExpressionProblem[] {
    const problems: ExpressionProblem[] = [];
    walkExpression(root, (node, parent) => {
        if (!isGroupRoot(node, parent)) return;
        const { operands, operators } = flattenUnparenthesized(node);
        if (!(operators.includes("&&") && operators.includes("||"))) return;
        const groups: Expr[][] = [[operands[0]]];
        operators.forEach((operator, i) => {
            if (operator === "&&") groups.push([operands[i + 1]]);
            else groups[groups.length - 1].push(operands[i + 1]);
        });
        const meant = logicalChain(
            "&&",
            groups.map(group => logicalChain("||", group)),
        );
        problems.push(
            problemAt(
                "warning",
                `'&&' binds tighter than '||', so the condition at ${node.start} means ${printExpression(node)}. ` +
                    `If that is intended, write it with those parentheses; if you meant ${printExpression(meant)}, ` +
                    "write that instead",
                node,
            ),
        );
    });
    return problems;
}

function conjunctsOf(node: Expr): Expr[] {
    return node.kind === "logical" && node.operator === "&&"
        ? [...conjunctsOf(node.left), ...conjunctsOf(node.right)]
        : [node];
}

function describeValues(values: readonly Scalar[]): string {
    return values.map(v => printExpression({ kind: "literal", value: v, start: 0, end: 0 })).join(" or ");
}

/**
 * Warnings for an `&&` chain that requires one attribute to equal two different literals, e.g.
 * `accessRequest.operation == 'enroll' && accessRequest.operation == 'recover'` can never be true.
 */
export function checkContradictions(root: Expr): ExpressionProblem[] {
    const problems: ExpressionProblem[] = [];
    walkExpression(root, (node, parent) => {
        if (!isGroupRoot(node, parent, "&&")) return;
        const allowed = new Map<string, { values: Scalar[]; parts: Expr[] }>();
        for (const conjunct of conjunctsOf(node)) {
            const prop = toProposition(conjunct, false);
            if (prop?.kind !== "member") continue;
            const seen = allowed.get(prop.path);
            allowed.set(prop.path, {
                values: seen === undefined ? prop.values : seen.values.filter(v => prop.values.includes(v)),
                parts: [...(seen?.parts ?? []), conjunct],
            });
        }
        for (const [path, { values, parts }] of allowed) {
            if (values.length > 0 || parts.length < 2) continue;
            const demands = parts
                .map(part => {
                    const prop = toProposition(part, false);
                    const wanted = prop?.kind === "member" ? describeValues(prop.values) : "";
                    return `${wanted} (at ${part.start})`;
                })
                .join(" and ");
            problems.push(
                problemAt(
                    "warning",
                    `this '&&' at ${node.start} can never be true: ${path} cannot be ${demands} at once. ` +
                        "Did you mean '||'?",
                    node,
                ),
            );
        }
    });
    return problems;
}

function readsMetadataOutsideRecover(root: Expr): boolean | undefined {
    const prop = toProposition(root, false);
    if (prop === undefined) return undefined;
    const domain = domainOf([prop]);
    const operations = domain.get(OPERATION_PATH) ?? [null, OTHER_VALUE];
    const types = domain.get(METADATA_TYPE_PATH) ?? [];
    domain.set(
        OPERATION_PATH,
        operations.filter(op => op !== "recover"),
    );
    domain.set(METADATA_TYPE_PATH, [types[0]]);
    const independent = everyAssignment(domain, assignment => {
        const outcomes = types.map((type: DomainValue) =>
            holds(prop, new Map(assignment).set(METADATA_TYPE_PATH, type)),
        );
        return outcomes.every(outcome => outcome === outcomes[0]);
    });
    return independent === undefined ? undefined : !independent;
}

function testsRecover(root: Expr): boolean {
    let found = false;
    walkExpression(root, node => {
        const prop = toProposition(node, false);
        if (prop?.kind === "member" && prop.path === OPERATION_PATH && prop.values.includes("recover"))
            found = true;
    });
    return found;
}

/**
 * A warning when `accessRequest.metadata.type` decides the outcome of a request whose operation is not
 * `recover` (Okta sets metadata only on recover requests), e.g. for `accessRequest.metadata.type == 'expiry'`
 * alone, but not for `accessRequest.operation == 'recover' && accessRequest.metadata.type == 'expiry'`.
 */
export function checkMetadataScope(root: Expr): ExpressionProblem[] {
    const reads: Expr[] = [];
    walkExpression(root, node => {
        if (node.kind === "path" && pathName(node) === METADATA_TYPE_PATH) reads.push(node);
    });
    if (reads.length === 0) return [];
    const outside = readsMetadataOutsideRecover(root) ?? !testsRecover(root);
    if (!outside) return [];
    return [
        problemAt(
            "warning",
            `${METADATA_TYPE_PATH} (at ${reads[0].start}) decides requests whose operation is not 'recover', but ` +
                "Okta sets metadata only on recover requests; test both together, e.g. " +
                `${OPERATION_PATH} == 'recover' && ${METADATA_TYPE_PATH} == 'expiry'`,
            reads[0],
        ),
    ];
}
