/**
 * Splits an Expression Language condition into tokens the way Spring's SpEL tokenizer does: strings in single or
 * double quotes with the quote doubled to escape it, decimal numbers, identifiers, and operators, with the textual
 * operators `not`, `eq`, `ne`, `lt`, `gt`, `le`, `ge`, `div`, `mod` (any case) read as their symbols.
 */
import type { Span } from "./ast";

/** A token, e.g. `{ kind: "string", text: "'enroll'", value: "enroll", start: 27, end: 35 }`. */
export type Token =
    | (Span & { kind: "string"; text: string; value: string })
    | (Span & { kind: "number"; text: string; value: number })
    | (Span & { kind: "identifier"; text: string })
    | (Span & { kind: "operator"; text: string; operator: string })
    | (Span & { kind: "end"; text: "" });

/** A syntax error at a span, e.g. `new ExpressionSyntaxError("unterminated string starting at 3", { start: 3, end: 9 })`. */
export class ExpressionSyntaxError extends Error {
    constructor(
        message: string,
        readonly span: Span,
    ) {
        super(message);
        this.name = "ExpressionSyntaxError";
    }
}

const SYMBOLS = [
    "?.",
    "?:",
    "==",
    "!=",
    "<=",
    ">=",
    "&&",
    "||",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ".",
    "?",
    ":",
    "!",
    "<",
    ">",
    "=",
    "&",
    "|",
    "+",
    "-",
    "*",
    "/",
    "%",
    "^",
    "#",
    "@",
];

const TEXTUAL_OPERATORS = new Map([
    ["not", "!"],
    ["eq", "=="],
    ["ne", "!="],
    ["lt", "<"],
    ["gt", ">"],
    ["le", "<="],
    ["ge", ">="],
    ["div", "/"],
    ["mod", "%"],
]);

const TYPOGRAPHIC_QUOTES = "\u2018\u2019\u201c\u201d";

function isIdentifierStart(c: string): boolean {
    return /[A-Za-z_$]/.test(c);
}

function isIdentifierPart(c: string): boolean {
    return /[A-Za-z0-9_$]/.test(c);
}

function isDigit(c: string): boolean {
    return c >= "0" && c <= "9";
}

function lexString(text: string, start: number): Token {
    const quote = text[start];
    let value = "";
    let i = start + 1;
    while (i < text.length) {
        if (text[i] === quote) {
            if (text[i + 1] === quote) {
                value += quote;
                i += 2;
                continue;
            }
            return { kind: "string", text: text.slice(start, i + 1), value, start, end: i + 1 };
        }
        value += text[i];
        i++;
    }
    throw new ExpressionSyntaxError(
        `unterminated string starting at ${start}: add the closing ${quote} (write ${quote}${quote} for a quote inside it)`,
        { start, end: text.length },
    );
}

function lexNumber(text: string, start: number): Token {
    let i = start;
    while (isDigit(text[i] ?? "")) i++;
    if (text[i] === "." && isDigit(text[i + 1] ?? "")) {
        i++;
        while (isDigit(text[i] ?? "")) i++;
    }
    if (/[eE]/.test(text[i] ?? "")) {
        let j = i + 1;
        if (/[+-]/.test(text[j] ?? "")) j++;
        if (isDigit(text[j] ?? "")) {
            i = j;
            while (isDigit(text[i] ?? "")) i++;
        }
    }
    if (isIdentifierPart(text[i] ?? "")) {
        let j = i;
        while (isIdentifierPart(text[j] ?? "")) j++;
        throw new ExpressionSyntaxError(
            `malformed number '${text.slice(start, j)}' at ${start}: only decimal numbers such as 3 or 2.5 are supported`,
            { start, end: j },
        );
    }
    const raw = text.slice(start, i);
    return { kind: "number", text: raw, value: Number(raw), start, end: i };
}

/**
 * The tokens of `text`, ending with an `end` token; throws `ExpressionSyntaxError` on an unterminated string, a
 * malformed number or a character outside the language. E.g. `a == 'b'` → identifier `a`, operator `==`,
 * string `b`, end.
 */
export function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
        } else if (c === "'" || c === '"') {
            const token = lexString(text, i);
            tokens.push(token);
            i = token.end;
        } else if (isDigit(c)) {
            const token = lexNumber(text, i);
            tokens.push(token);
            i = token.end;
        } else if (isIdentifierStart(c)) {
            let j = i;
            while (isIdentifierPart(text[j] ?? "")) j++;
            const word = text.slice(i, j);
            const operator = TEXTUAL_OPERATORS.get(word.toLowerCase());
            tokens.push(
                operator === undefined
                    ? { kind: "identifier", text: word, start: i, end: j }
                    : { kind: "operator", text: word, operator, start: i, end: j },
            );
            i = j;
        } else {
            const symbol = SYMBOLS.find(s => text.startsWith(s, i));
            if (symbol === undefined) {
                const hint = TYPOGRAPHIC_QUOTES.includes(c)
                    ? `: it is a typographic quote; use a straight ' instead`
                    : "";
                throw new ExpressionSyntaxError(`unexpected character '${c}' at ${i}${hint}`, {
                    start: i,
                    end: i + 1,
                });
            }
            tokens.push({
                kind: "operator",
                text: symbol,
                operator: symbol,
                start: i,
                end: i + symbol.length,
            });
            i += symbol.length;
        }
    }
    tokens.push({ kind: "end", text: "", start: text.length, end: text.length });
    return tokens;
}
