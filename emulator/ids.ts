/**
 * Okta-style identifiers: 20 characters, a three-character prefix naming the object kind, then random letters and
 * digits.
 */
import { randomBytes } from "node:crypto";

/** Id prefixes per object kind, as Okta uses them, e.g. `ID_PREFIXES.accessRule` is `"rul"`. */
export const ID_PREFIXES = {
    accessPolicy: "rst",
    passwordPolicy: "00p",
    accessRule: "rul",
    passwordRule: "0pr",
    group: "00g",
    zone: "nzo",
    serviceApp: "0oa",
} as const;

/** Length of every Okta object id, e.g. `"rul2p9xACRTDf9qZV0g4".length`. */
export const ID_LENGTH = 20;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Random letters and digits of the given length, e.g. `generateRandomText(4)` → `"x9Qa"`. */
export function generateRandomText(length: number): string {
    const bytes = randomBytes(length);
    return [...bytes].map(byte => ALPHABET[byte % ALPHABET.length]).join("");
}

/** A fresh 20-character id with the given prefix, e.g. `generateId("rul")` → `"rulq3XbT0mZk8nPa4d7e"`. */
export function generateId(prefix: string): string {
    return prefix + generateRandomText(ID_LENGTH - prefix.length);
}

/** A value for `X-Okta-Request-Id` or an error's `errorId`, e.g. `"oaeZx8VD9aQYq6Y6vWGQ9IOg"`. */
export function generateRequestId(): string {
    return "oae" + generateRandomText(22);
}
