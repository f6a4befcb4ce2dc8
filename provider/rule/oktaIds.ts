/**
 * The kinds of Okta object a rule refers to by id, with the prefixes Okta gives their ids and a sample id,
 * e.g. `OKTA_ID_KINDS.group` is `{ label: "group", prefixes: ["00g"], example: "00g1emaKYZTWRYYRRTSK" }`.
 */
export const OKTA_ID_KINDS = {
    group: { label: "group", prefixes: ["00g"], example: "00g1emaKYZTWRYYRRTSK" },
    user: { label: "user", prefixes: ["00u"], example: "00ub0oNGTSWTBKOLGLNR" },
    networkZone: { label: "network zone", prefixes: ["nzo"], example: "nzo5dtwhzly9mXvlN0g7" },
    userType: { label: "user type", prefixes: ["oty"], example: "otyfnjfba4ye7pgjB0g4" },
    deviceAssurance: { label: "device assurance policy", prefixes: ["dae"], example: "dae1f42iavrXPlAtG0g5" },
    policy: { label: "policy", prefixes: ["rst", "00p"], example: "rst5czs80uoZHaUxK0g7" },
    rule: { label: "policy rule", prefixes: ["rul", "0pr"], example: "rul2p9xACRTDf9qZV0g4" },
    identityProvider: {
        label: "identity provider or app",
        prefixes: ["0oa"],
        example: "0oa62bfdiumsUndnZ0h7",
    },
    authenticator: { label: "authenticator", prefixes: ["aut"], example: "aut1nbsPHh7jNjjyP0g4" },
} as const;

/** A kind of Okta id, e.g. `"networkZone"`. */
export type OktaIdKind = keyof typeof OKTA_ID_KINDS;

/**
 * The kind an id's prefix reveals, or `undefined`, e.g. `findIdKind("nzo5dtwhzly9mXvlN0g7")` is
 * `"networkZone"`.
 */
export function findIdKind(id: string): OktaIdKind | undefined {
    const kinds = Object.keys(OKTA_ID_KINDS) as OktaIdKind[];
    return kinds.find(kind => OKTA_ID_KINDS[kind].prefixes.some(prefix => id.startsWith(prefix)));
}

/**
 * Why `id` cannot be an id of kind `expected`, or `undefined` when it can, e.g.
 * `explainWrongIdKind("nzo5dtwhzly9mXvlN0g7", "group")` is `"nzo5dtwhzly9mXvlN0g7" is a network zone id, not
 * a group id (group ids start "00g", e.g. "00g1emaKYZTWRYYRRTSK")`.
 */
export function explainWrongIdKind(id: string, expected: OktaIdKind): string | undefined {
    const want = OKTA_ID_KINDS[expected];
    const starts = `${want.label} ids start ${want.prefixes.map(p => `"${p}"`).join(" or ")}, e.g. "${want.example}"`;
    const actual = findIdKind(id);
    if (actual === expected) {
        return /^[A-Za-z0-9]+$/.test(id) ? undefined : `"${id}" is not an Okta id (${starts})`;
    }
    if (actual !== undefined) {
        return `"${id}" is ${withArticle(OKTA_ID_KINDS[actual].label)} id, not ${withArticle(want.label)} id (${starts})`;
    }
    return `"${id}" is not ${withArticle(want.label)} id (${starts})`;
}

function withArticle(label: string): string {
    return `${/^[aeio]/.test(label) ? "an" : "a"} ${label}`;
}
