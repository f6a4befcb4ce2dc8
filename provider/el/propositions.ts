/**
 * The propositional core of a condition: comparisons of a request attribute with literals, combined with `!`,
 * `&&`, `||` and `?:`. On that core, questions about every request (do two conditions agree? does one depend on
 * an attribute?) are decided exactly by trying every value each attribute can take that the conditions can tell
 * apart: each literal they mention, `null`, and one "other" value unequal to all of them.
 */
import { pathName, type Expr } from "./ast";
import { AUTHENTICATOR_KEY_PATH, FLEXIBLE_OKTA_VERIFY_KEYS } from "./vocabulary";

/** A literal value an attribute is compared with, e.g. `"enroll"`, `true` or `null`. */
export type Scalar = string | number | boolean | null;

/** The value of an attribute unequal to every literal the conditions mention. */
export const OTHER_VALUE: unique symbol = Symbol("other value");

/** A value an attribute takes in one assignment, e.g. `"enroll"`, `null` or `OTHER_VALUE`. */
export type DomainValue = Scalar | typeof OTHER_VALUE;

/**
 * A condition reduced to set membership, e.g. `accessRequest.operation != 'enroll'` →
 * `{ kind: "not", operand: { kind: "member", path: "accessRequest.operation", values: ["enroll"] } }`.
 */
export type Proposition =
    | { kind: "constant"; value: boolean }
    | { kind: "member"; path: string; values: Scalar[] }
    | { kind: "not"; operand: Proposition }
    | { kind: "and" | "or"; left: Proposition; right: Proposition }
    | { kind: "if"; test: Proposition; whenTrue: Proposition; whenFalse: Proposition };

/** One value per attribute, keyed by path, e.g. `Map { "accessRequest.operation" => "recover" }`. */
export type Assignment = ReadonlyMap<string, DomainValue>;

/** Most assignments tried before a question is declared undecidable (the conditions are then too large). */
export const MAX_ASSIGNMENTS = 1 << 16;

function literalOf(expr: Expr): Scalar | undefined {
    return expr.kind === "literal" ? expr.value : undefined;
}

function sameScalar(a: DomainValue, b: DomainValue): boolean {
    return a === b && a !== OTHER_VALUE;
}

function expandKeys(path: string, values: Scalar[], flexibleOktaVerify: boolean): Scalar[] {
    if (!flexibleOktaVerify || path !== AUTHENTICATOR_KEY_PATH) return values;
    const expanded = values.flatMap(v => (v === "okta_verify" ? [...FLEXIBLE_OKTA_VERIFY_KEYS] : [v]));
    return expanded.filter((v, i) => expanded.indexOf(v) === i);
}

function membership(expr: Expr, values: Scalar[], flexibleOktaVerify: boolean): Proposition | undefined {
    if (expr.kind !== "path") return undefined;
    const path = pathName(expr);
    return { kind: "member", path, values: expandKeys(path, values, flexibleOktaVerify) };
}

function comparisonToProposition(
    expr: Expr & { kind: "comparison" },
    flexible: boolean,
): Proposition | undefined {
    if (expr.operator !== "==" && expr.operator !== "!=") return undefined;
    const leftLiteral = literalOf(expr.left);
    const rightLiteral = literalOf(expr.right);
    let equal: Proposition | undefined;
    if (leftLiteral !== undefined && rightLiteral !== undefined) {
        equal = { kind: "constant", value: leftLiteral === rightLiteral };
    } else if (rightLiteral !== undefined) {
        equal = membership(expr.left, [rightLiteral], flexible);
    } else if (leftLiteral !== undefined) {
        equal = membership(expr.right, [leftLiteral], flexible);
    }
    if (equal === undefined) return undefined;
    return expr.operator === "==" ? equal : { kind: "not", operand: equal };
}

function containsToProposition(expr: Expr & { kind: "call" }, flexible: boolean): Proposition | undefined {
    if (expr.method !== "contains" || expr.target?.kind !== "list" || expr.args.length !== 1)
        return undefined;
    const items = expr.target.items.map(literalOf);
    if (items.some(item => item === undefined)) return undefined;
    const values = items as Scalar[];
    const argument = literalOf(expr.args[0]);
    if (argument !== undefined) return { kind: "constant", value: values.includes(argument) };
    return membership(expr.args[0], values, flexible);
}

/**
 * The proposition a condition states, or undefined when it uses anything outside the propositional core
 * (ordering comparisons, two attributes compared with each other, methods other than a literal list's
 * `contains`). A bare attribute stands for `attribute == true`. With `flexibleOktaVerify`, the key `okta_verify`
 * stands for its three per-method keys. E.g. `{'recover', 'unlockAccount'}.contains(accessRequest.operation)` →
 * `{ kind: "member", path: "accessRequest.operation", values: ["recover", "unlockAccount"] }`.
 */
export function toProposition(expr: Expr, flexibleOktaVerify: boolean): Proposition | undefined {
    const recurse = (e: Expr) => toProposition(e, flexibleOktaVerify);
    switch (expr.kind) {
        case "literal":
            return typeof expr.value === "boolean" ? { kind: "constant", value: expr.value } : undefined;
        case "path":
            return membership(expr, [true], flexibleOktaVerify);
        case "list":
            return undefined;
        case "call":
            return containsToProposition(expr, flexibleOktaVerify);
        case "comparison":
            return comparisonToProposition(expr, flexibleOktaVerify);
        case "not": {
            const operand = recurse(expr.operand);
            return operand && { kind: "not", operand };
        }
        case "logical": {
            const left = recurse(expr.left);
            const right = recurse(expr.right);
            return left && right && { kind: expr.operator === "&&" ? "and" : "or", left, right };
        }
        case "conditional": {
            const test = recurse(expr.test);
            const whenTrue = recurse(expr.whenTrue);
            const whenFalse = recurse(expr.whenFalse);
            return test && whenTrue && whenFalse && { kind: "if", test, whenTrue, whenFalse };
        }
    }
}

/** Whether a proposition holds under an assignment, e.g. `member(operation, ["recover"])` under `operation = OTHER_VALUE` → false. */
export function holds(prop: Proposition, assignment: Assignment): boolean {
    switch (prop.kind) {
        case "constant":
            return prop.value;
        case "member": {
            const value = assignment.get(prop.path) ?? null;
            return prop.values.some(v => sameScalar(v, value));
        }
        case "not":
            return !holds(prop.operand, assignment);
        case "and":
            return holds(prop.left, assignment) && holds(prop.right, assignment);
        case "or":
            return holds(prop.left, assignment) || holds(prop.right, assignment);
        case "if":
            return holds(prop.test, assignment)
                ? holds(prop.whenTrue, assignment)
                : holds(prop.whenFalse, assignment);
    }
}

function collectValues(prop: Proposition, domain: Map<string, DomainValue[]>): void {
    switch (prop.kind) {
        case "constant":
            return;
        case "member": {
            const values = domain.get(prop.path) ?? [null, OTHER_VALUE];
            domain.set(prop.path, values);
            for (const v of prop.values) {
                if (!values.includes(v)) values.push(v);
            }
            return;
        }
        case "not":
            return collectValues(prop.operand, domain);
        case "and":
        case "or":
            collectValues(prop.left, domain);
            return collectValues(prop.right, domain);
        case "if":
            collectValues(prop.test, domain);
            collectValues(prop.whenTrue, domain);
            return collectValues(prop.whenFalse, domain);
    }
}

/**
 * Every value each attribute needs to be tried with: the literals the propositions mention, `null` and
 * `OTHER_VALUE`. E.g. for `operation == 'enroll'` → `Map { "accessRequest.operation" => [null, OTHER_VALUE, "enroll"] }`.
 */
export function domainOf(props: readonly Proposition[]): Map<string, DomainValue[]> {
    const domain = new Map<string, DomainValue[]>();
    for (const prop of props) collectValues(prop, domain);
    return domain;
}

/**
 * Whether `predicate` holds for every assignment of a domain, stopping at the first that fails; undefined when
 * there are more than `MAX_ASSIGNMENTS`. The assignment passed is reused between calls: copy it to keep it. E.g.
 * a domain with two attributes of 3 and 4 values is tried with 12 assignments.
 */
export function everyAssignment(
    domain: ReadonlyMap<string, readonly DomainValue[]>,
    predicate: (assignment: Assignment) => boolean,
): boolean | undefined {
    const entries = [...domain];
    if (entries.reduce((count, [, values]) => count * values.length, 1) > MAX_ASSIGNMENTS) return undefined;
    const indexes = entries.map(() => 0);
    const assignment = new Map<string, DomainValue>(entries.map(([path, values]) => [path, values[0]]));
    for (;;) {
        if (!predicate(assignment)) return false;
        let position = 0;
        while (position < entries.length && indexes[position] === entries[position][1].length - 1) {
            indexes[position] = 0;
            assignment.set(entries[position][0], entries[position][1][0]);
            position++;
        }
        if (position === entries.length) return true;
        indexes[position]++;
        assignment.set(entries[position][0], entries[position][1][indexes[position]]);
    }
}
