/**
 * Parses Okta Expression Language conditions with SpEL's grammar and precedence (lowest first): ternary `?:`,
 * `||`/`or`, `&&`/`and`, one relational operator per operand chain, unary `!`/`not`, then primaries (literals,
 * `( ... )`, property paths with `.` and `?.`, inline lists `{...}`, method calls). SpEL features Okta does not
 * support (assignment, arithmetic, `matches`, `instanceof`, `between`, variables, bean and type references,
 * constructors, indexing, selection, projection, inline maps) are syntax errors that say so.
 */
import type { ComparisonOperator, Expr, PathExpr } from "./ast";
import { COMPARISON_OPERATORS } from "./ast";
import { ExpressionSyntaxError, tokenize, type Token } from "./lexer";
import type { ExpressionProblem } from "./problems";

/** The outcome of parsing, e.g. `{ ok: true, expr: { kind: "comparison", ... } }` or `{ ok: false, problems: [...] }`. */
export type ParseResult = { ok: true; expr: Expr } | { ok: false; problems: ExpressionProblem[] };

const UNSUPPORTED_WORD_OPERATORS = ["matches", "instanceof", "between"];
const ARITHMETIC = ["+", "-", "*", "/", "%", "^"];

function describe(token: Token): string {
    return token.kind === "end"
        ? `the end of the condition at ${token.start}`
        : `'${token.text}' at ${token.start}`;
}

class Parser {
    private index = 0;

    constructor(private readonly tokens: Token[]) {}

    parseCondition(): Expr {
        if (this.peek().kind === "end") {
            throw new ExpressionSyntaxError(
                "the condition is empty: write an expression such as accessRequest.operation == 'enroll'",
                { start: 0, end: 0 },
            );
        }
        const expr = this.expression();
        const next = this.peek();
        if (next.kind !== "end") {
            if (this.isOperator(next, ")")) {
                throw new ExpressionSyntaxError(
                    `unmatched ')' at ${next.start}: remove it or add the '(' it closes`,
                    next,
                );
            }
            throw new ExpressionSyntaxError(
                `unexpected ${describe(next)}: expected &&, ||, a comparison or the end of the condition`,
                next,
            );
        }
        return expr;
    }

    private peek(offset = 0): Token {
        return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    }

    private next(): Token {
        const token = this.peek();
        this.index = Math.min(this.index + 1, this.tokens.length - 1);
        return token;
    }

    private isOperator(token: Token, operator: string): boolean {
        return token.kind === "operator" && token.operator === operator;
    }

    private isWord(token: Token, word: string): boolean {
        return token.kind === "identifier" && token.text.toLowerCase() === word;
    }

    private expect(operator: string, failure: (found: Token) => string): Token {
        const token = this.peek();
        if (!this.isOperator(token, operator)) {
            throw new ExpressionSyntaxError(failure(token), token);
        }
        return this.next();
    }

    private expression(): Expr {
        const test = this.logicalOr();
        const token = this.peek();
        if (this.isOperator(token, "?:")) {
            throw new ExpressionSyntaxError(
                `the Elvis operator '?:' at ${token.start} is not supported: write 'x != null ? x : y'`,
                token,
            );
        }
        if (!this.isOperator(token, "?")) {
            return test;
        }
        this.next();
        const whenTrue = this.expression();
        this.expect(":", found => `expected ':' of the '?' at ${token.start}, found ${describe(found)}`);
        const whenFalse = this.expression();
        return { kind: "conditional", test, whenTrue, whenFalse, start: test.start, end: whenFalse.end };
    }

    private logicalOr(): Expr {
        let left = this.logicalAnd();
        while (this.isOperator(this.peek(), "||") || this.isWord(this.peek(), "or")) {
            this.next();
            const right = this.logicalAnd();
            left = { kind: "logical", operator: "||", left, right, start: left.start, end: right.end };
        }
        return left;
    }

    private logicalAnd(): Expr {
        let left = this.relational();
        while (this.isOperator(this.peek(), "&&") || this.isWord(this.peek(), "and")) {
            this.next();
            const right = this.relational();
            left = { kind: "logical", operator: "&&", left, right, start: left.start, end: right.end };
        }
        return left;
    }

    private comparisonOperator(): ComparisonOperator | undefined {
        const token = this.peek();
        return token.kind === "operator"
            ? COMPARISON_OPERATORS.find(operator => operator === token.operator)
            : undefined;
    }

    private relational(): Expr {
        const left = this.unary();
        this.rejectUnsupportedOperator();
        const operator = this.comparisonOperator();
        if (operator === undefined) {
            return left;
        }
        this.next();
        const right = this.unary();
        this.rejectUnsupportedOperator();
        const chained = this.peek();
        if (this.comparisonOperator() !== undefined) {
            throw new ExpressionSyntaxError(
                `comparisons cannot be chained: '${chained.text}' at ${chained.start} follows the comparison that ` +
                    `starts at ${left.start}; join two comparisons with &&, e.g. a == b && b == c`,
                chained,
            );
        }
        return { kind: "comparison", operator, left, right, start: left.start, end: right.end };
    }

    private rejectUnsupportedOperator(): void {
        const token = this.peek();
        const at = `at ${token.start}`;
        let message: string | undefined;
        if (token.kind === "operator") {
            if (token.operator === "=") {
                message = `'=' ${at} assigns, which a condition cannot do: compare with '=='`;
            } else if (token.operator === "&") {
                message = `'&' ${at} is not an operator: write '&&' for and`;
            } else if (token.operator === "|") {
                message = `'|' ${at} is not an operator: write '||' for or`;
            } else if (ARITHMETIC.includes(token.operator)) {
                message = `arithmetic ('${token.text}' ${at}) is not supported in conditions`;
            }
        } else if (
            token.kind === "identifier" &&
            UNSUPPORTED_WORD_OPERATORS.includes(token.text.toLowerCase())
        ) {
            message = `'${token.text}' ${at} is not supported by Okta Expression Language`;
        }
        if (message !== undefined) {
            throw new ExpressionSyntaxError(message, token);
        }
    }

    private unary(): Expr {
        const token = this.peek();
        if (this.isOperator(token, "!")) {
            this.next();
            const operand = this.unary();
            return { kind: "not", operand, start: token.start, end: operand.end };
        }
        if (this.isOperator(token, "-") && this.peek(1).kind === "number") {
            this.next();
            const number = this.next() as Token & { kind: "number" };
            return { kind: "literal", value: -number.value, start: token.start, end: number.end };
        }
        if (this.isOperator(token, "-") || this.isOperator(token, "+")) {
            throw new ExpressionSyntaxError(
                `unary '${token.text}' at ${token.start} is only supported before a number, e.g. -1`,
                token,
            );
        }
        return this.postfix(this.atom());
    }

    private postfix(start: Expr): Expr {
        let expr = start;
        for (;;) {
            const token = this.peek();
            if (this.isOperator(token, "[")) {
                throw new ExpressionSyntaxError(
                    `indexing with '[' at ${token.start} is not supported: use a property path or .contains(...)`,
                    token,
                );
            }
            if (!this.isOperator(token, ".") && !this.isOperator(token, "?.")) {
                return expr;
            }
            this.next();
            const name = this.peek();
            if (name.kind !== "identifier") {
                const selection =
                    ["?", "!", "^", "$"].includes(name.text) && this.isOperator(this.peek(1), "[");
                throw new ExpressionSyntaxError(
                    selection
                        ? `collection selection and projection ('${token.text}${name.text}[') at ${token.start} ` +
                              "are not supported"
                        : `expected a property or method name after '${token.text}' at ${token.start}, ` +
                              `found ${describe(name)}`,
                    name,
                );
            }
            this.next();
            const safe = this.isOperator(token, "?.");
            if (this.isOperator(this.peek(), "(")) {
                const { args, end } = this.arguments();
                expr = { kind: "call", target: expr, method: name.text, args, safe, start: expr.start, end };
            } else if (expr.kind === "path" && !expr.parenthesized) {
                expr = { ...expr, segments: [...expr.segments, { name: name.text, safe }], end: name.end };
            } else {
                throw new ExpressionSyntaxError(
                    `property '${name.text}' at ${name.start} can only follow a name such as accessRequest, ` +
                        "not a literal, list, call or parenthesised expression",
                    name,
                );
            }
        }
    }

    private arguments(): { args: Expr[]; end: number } {
        const open = this.next();
        const args: Expr[] = [];
        if (!this.isOperator(this.peek(), ")")) {
            args.push(this.expression());
            while (this.isOperator(this.peek(), ",")) {
                this.next();
                args.push(this.expression());
            }
        }
        const close = this.expect(
            ")",
            found =>
                `expected ',' or ')' to close the arguments opened at ${open.start}, found ${describe(found)}`,
        );
        return { args, end: close.end };
    }

    private atom(): Expr {
        const token = this.peek();
        switch (token.kind) {
            case "string":
            case "number":
                this.next();
                return { kind: "literal", value: token.value, start: token.start, end: token.end };
            case "identifier":
                return this.identifier(token);
            case "operator":
                if (token.operator === "(") return this.group(token);
                if (token.operator === "{") return this.list(token);
                break;
            case "end":
                throw new ExpressionSyntaxError(
                    `the condition ends at ${token.start} where a value or name is expected`,
                    token,
                );
        }
        const unsupported = new Map([
            ["#", "variable references ('#name')"],
            ["@", "bean references ('@name')"],
            ["&", "factory bean references ('&name')"],
        ]);
        const what = unsupported.get(token.text);
        throw new ExpressionSyntaxError(
            what === undefined
                ? `expected a value, a name or '(' at ${token.start}, found '${token.text}'`
                : `${what} at ${token.start} are not supported by Okta Expression Language`,
            token,
        );
    }

    private identifier(token: Token & { kind: "identifier" }): Expr {
        const word = token.text.toLowerCase();
        const literals = new Map<string, boolean | null>([
            ["true", true],
            ["false", false],
            ["null", null],
        ]);
        const literal = literals.get(word);
        if (literal !== undefined) {
            this.next();
            return { kind: "literal", value: literal, start: token.start, end: token.end };
        }
        if (word === "and" || word === "or") {
            throw new ExpressionSyntaxError(
                `expected a value or name at ${token.start}, found the operator '${token.text}'`,
                token,
            );
        }
        if (word === "new") {
            throw new ExpressionSyntaxError(
                `constructors ('new') at ${token.start} are not supported`,
                token,
            );
        }
        if (token.text === "T" && this.isOperator(this.peek(1), "(")) {
            throw new ExpressionSyntaxError(
                `type references ('T(...)') at ${token.start} are not supported`,
                token,
            );
        }
        this.next();
        if (this.isOperator(this.peek(), "(")) {
            const { args, end } = this.arguments();
            return {
                kind: "call",
                target: null,
                method: token.text,
                args,
                safe: false,
                start: token.start,
                end,
            };
        }
        const path: PathExpr = {
            kind: "path",
            segments: [{ name: token.text, safe: false }],
            start: token.start,
            end: token.end,
        };
        return path;
    }

    private group(open: Token): Expr {
        this.next();
        const inner = this.expression();
        const close = this.expect(
            ")",
            found => `expected ')' to close '(' at ${open.start}, found ${describe(found)}`,
        );
        return { ...inner, parenthesized: true, start: open.start, end: close.end };
    }

    private list(open: Token): Expr {
        this.next();
        const items: Expr[] = [];
        if (!this.isOperator(this.peek(), "}")) {
            items.push(this.expression());
            const colon = this.peek();
            if (this.isOperator(colon, ":")) {
                throw new ExpressionSyntaxError(
                    `inline maps ('{key: value}') at ${open.start} are not supported: a list is written {'a', 'b'}`,
                    colon,
                );
            }
            while (this.isOperator(this.peek(), ",")) {
                this.next();
                items.push(this.expression());
            }
        }
        const close = this.expect(
            "}",
            found => `expected ',' or '}' to close '{' at ${open.start}, found ${describe(found)}`,
        );
        return { kind: "list", items, start: open.start, end: close.end };
    }
}

/**
 * Parses a condition into a tree, or returns the syntax error with its position and what was expected, e.g.
 * `parseExpression("(accessRequest.operation == 'enroll'")` →
 * `{ ok: false, problems: [{ severity: "error", message: "expected ')' to close '(' at 0, found the end of the condition at 36", start: 36, end: 36 }] }`.
 */
export function parseExpression(text: string): ParseResult {
    try {
        return { ok: true, expr: new Parser(tokenize(text)).parseCondition() };
    } catch (error) {
        if (error instanceof ExpressionSyntaxError) {
            return {
                ok: false,
                problems: [
                    {
                        severity: "error",
                        message: error.message,
                        start: error.span.start,
                        end: error.span.end,
                    },
                ],
            };
        }
        throw error;
    }
}
