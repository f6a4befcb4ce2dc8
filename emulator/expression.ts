/**
 * A well-formedness check of Okta Expression Language conditions, as far as the emulator can judge them without
 * evaluating: not empty, quotes closed, brackets balanced, no binary operator missing an operand. Pure.
 */

const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
const BINARY_OPERATORS = ["&&", "||", "==", "!=", ">=", "<="];

type Token = {
    kind: "string" | "open" | "close" | "operator" | "word" | "comma";
    text: string;
    offset: number;
};

/**
 * Why `expression` is not well-formed, or `undefined` when it is.
 * E.g. `findExpressionSyntaxError("accessRequest.operation == 'enroll")` →
 * `"the string starting at offset 27 is never closed: add the missing ' quote"`.
 */
export function findExpressionSyntaxError(expression: string): string | undefined {
    if (expression.trim() === "") {
        return "the expression is empty: write a condition such as accessRequest.operation == 'enroll'";
    }
    const tokens = tokenize(expression);
    if (typeof tokens === "string") {
        return tokens;
    }
    return findBracketError(tokens) ?? findOperatorError(tokens);
}

function tokenize(expression: string): Token[] | string {
    const tokens: Token[] = [];
    let index = 0;
    while (index < expression.length) {
        const char = expression[index];
        if (/\s/.test(char)) {
            index += 1;
        } else if (char === "'" || char === '"') {
            const end = findClosingQuote(expression, index);
            if (end === undefined) {
                return `the string starting at offset ${index} is never closed: add the missing ${char} quote`;
            }
            tokens.push({ kind: "string", text: expression.slice(index, end + 1), offset: index });
            index = end + 1;
        } else if (char in CLOSERS) {
            tokens.push({ kind: "open", text: char, offset: index });
            index += 1;
        } else if (char === ")" || char === "]" || char === "}") {
            tokens.push({ kind: "close", text: char, offset: index });
            index += 1;
        } else if (char === ",") {
            tokens.push({ kind: "comma", text: char, offset: index });
            index += 1;
        } else {
            const operator = BINARY_OPERATORS.find(op => expression.startsWith(op, index));
            if (operator !== undefined) {
                tokens.push({ kind: "operator", text: operator, offset: index });
                index += operator.length;
            } else {
                const word = /^[^\s'"()[\]{},&|=!<>]+/.exec(expression.slice(index));
                const text = word === null ? char : word[0];
                tokens.push({ kind: "word", text, offset: index });
                index += text.length;
            }
        }
    }
    return tokens;
}

function findClosingQuote(expression: string, start: number): number | undefined {
    const quote = expression[start];
    for (let index = start + 1; index < expression.length; index += 1) {
        if (expression[index] === "\\") {
            index += 1;
        } else if (expression[index] === quote) {
            return index;
        }
    }
    return undefined;
}

function findBracketError(tokens: Token[]): string | undefined {
    const open: Token[] = [];
    for (const token of tokens) {
        if (token.kind === "open") {
            open.push(token);
        } else if (token.kind === "close") {
            const last = open.pop();
            if (last === undefined) {
                return `the ${token.text} at offset ${token.offset} closes nothing: remove it or add the opening bracket`;
            }
            if (CLOSERS[last.text] !== token.text) {
                return `the ${last.text} at offset ${last.offset} is closed by ${token.text} at offset ${token.offset}: use ${CLOSERS[last.text]}`;
            }
        }
    }
    const unclosed = open.pop();
    return unclosed === undefined
        ? undefined
        : `the ${unclosed.text} at offset ${unclosed.offset} is never closed: add ${CLOSERS[unclosed.text]}`;
}

function findOperatorError(tokens: Token[]): string | undefined {
    for (let index = 0; index < tokens.length; index += 1) {
        const token = tokens[index];
        if (token.kind !== "operator") {
            continue;
        }
        const before = tokens[index - 1];
        const after = tokens[index + 1];
        const leftMissing =
            before === undefined ||
            before.kind === "open" ||
            before.kind === "operator" ||
            before.kind === "comma";
        const rightMissing =
            after === undefined ||
            after.kind === "close" ||
            after.kind === "operator" ||
            after.kind === "comma";
        if (leftMissing || rightMissing) {
            return `the operator ${token.text} at offset ${token.offset} lacks ${leftMissing ? "a left" : "a right"} operand`;
        }
    }
    return undefined;
}
