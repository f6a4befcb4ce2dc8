/**
 * What a rule's action asks of the user, in words: constraint alternatives joined by OR, the properties of one
 * alternative joined by AND. Pure.
 */
import type {
    AuthenticationMethod,
    Constraint,
    FactorMode,
    KnowledgeConstraint,
    PossessionConstraint,
    RuleActions,
} from "../rule/types";

/**
 * What the user must present when a rule fires, e.g. Okta's recovery use case:
 * `{ kind: "ASSURANCE", access: "ALLOW", factorMode: "1FA", alternatives: [["possession factor", "phishing
 * resistant"]], reauthenticateIn: "PT0S", notes: [], text: "1 factor type; one of: [possession factor, phishing
 * resistant]; re-authenticate every time" }`.
 */
export interface Requirement {
    kind: "DENY" | "ASSURANCE" | "ID_PROOFING" | "AUTH_METHOD_CHAIN";
    access: "ALLOW" | "DENY";
    factorMode?: FactorMode;
    /** Each entry is one constraint object: any one entry suffices, and every property in it must hold. */
    alternatives: string[][];
    reauthenticateIn?: string;
    /** The identity verification provider of an ID_PROOFING rule, e.g. `"0oa62bfdiumsUndnZ0h7"`. */
    identityProviderId?: string;
    /** What the reading rests on when Okta does not document it, e.g. the catch-all's `2FA_If_Possible`. */
    notes: string[];
    text: string;
}

/** `"2FA_If_Possible"`: the factor mode of Okta's catch-all rule, outside the API's enum and undocumented. */
export const TWO_FACTORS_IF_POSSIBLE = "2FA_If_Possible";

const TWO_FA_IF_POSSIBLE_NOTE =
    "2FA_If_Possible is not documented by Okta; read as 2FA if the user has two factor types enrolled, otherwise 1 [inference]";

function describeMethods(methods: readonly AuthenticationMethod[]): string {
    return methods.map(m => (m.method ? `${m.key} (${m.method})` : m.key)).join(", ");
}

function describeClass(
    kind: "knowledge" | "possession",
    c: KnowledgeConstraint | PossessionConstraint,
): string[] {
    const parts = [c.required === false ? `${kind} factor if used` : `${kind} factor`];
    if (c.types?.length) parts.push(`type ${c.types.map(t => t.toLowerCase()).join(" or ")}`);
    if (c.methods?.length) parts.push(`method ${c.methods.join(" or ")}`);
    if (c.authenticationMethods?.length) parts.push(`only ${describeMethods(c.authenticationMethods)}`);
    if (c.excludedAuthenticationMethods?.length)
        parts.push(`not ${describeMethods(c.excludedAuthenticationMethods)}`);
    if (kind === "possession") {
        const p = c as PossessionConstraint;
        if (p.phishingResistant === "REQUIRED") parts.push("phishing resistant");
        if (p.hardwareProtection === "REQUIRED") parts.push("hardware protected");
        if (p.deviceBound === "REQUIRED") parts.push("device bound");
        if (p.userVerification === "REQUIRED") {
            const how = p.userVerificationMethods?.length
                ? ` (${p.userVerificationMethods.join(" or ")})`
                : "";
            parts.push(`user verification${how}`);
        }
    }
    if (c.reauthenticateIn !== undefined) parts.push(describeReauthentication(c.reauthenticateIn));
    return parts;
}

/** One constraint object as the properties that must all hold, e.g. `{ knowledge: { types: ["password"] } }` → `["knowledge factor", "type password"]`. */
export function describeConstraint(constraint: Constraint): string[] {
    return [
        ...(constraint.knowledge ? describeClass("knowledge", constraint.knowledge) : []),
        ...(constraint.possession ? describeClass("possession", constraint.possession) : []),
    ];
}

function describeReauthentication(duration: string): string {
    return duration === "PT0S" ? "re-authenticate every time" : `re-authenticate after ${duration}`;
}

function describeFactorMode(mode: FactorMode | undefined): string {
    if (mode === "1FA") return "1 factor type";
    if (mode === "2FA") return "any 2 factor types";
    if (mode === TWO_FACTORS_IF_POSSIBLE)
        return "2FA if the user has two factor types enrolled, otherwise 1 [inference]";
    return "factor mode not set";
}

/**
 * The requirement of a rule's action, e.g. `{ appSignOn: { access: "DENY", ... } }` → text `"access denied"`;
 * an ID_PROOFING method with id `"0oa1"` → `"identity verification with 0oa1"`; the catch-all's `2FA_If_Possible`
 * with no constraints → `"2FA if the user has two factor types enrolled, otherwise 1 [inference]; re-authenticate
 * every time"` with a note that Okta does not document it.
 */
export function describeRequirement(actions: RuleActions): Requirement {
    const signOn = actions.appSignOn;
    const method = signOn.verificationMethod;
    if (signOn.access === "DENY") {
        return { kind: "DENY", access: "DENY", alternatives: [], notes: [], text: "access denied" };
    }
    if (method.type === "ID_PROOFING") {
        return {
            kind: "ID_PROOFING",
            access: "ALLOW",
            alternatives: [],
            identityProviderId: method.id,
            notes: [],
            text: `identity verification with ${method.id}`,
        };
    }
    if (method.type === "AUTH_METHOD_CHAIN") {
        return {
            kind: "AUTH_METHOD_CHAIN",
            access: "ALLOW",
            alternatives: [],
            reauthenticateIn: method.reauthenticateIn,
            notes: ["authentication method chains are not documented for this policy"],
            text: "an authentication method chain (not documented for this policy)",
        };
    }
    const alternatives = (method.constraints ?? []).map(describeConstraint).filter(a => a.length > 0);
    const parts = [describeFactorMode(method.factorMode)];
    if (alternatives.length > 0)
        parts.push(`one of: ${alternatives.map(a => `[${a.join(", ")}]`).join(" or ")}`);
    if (method.reauthenticateIn !== undefined) parts.push(describeReauthentication(method.reauthenticateIn));
    return {
        kind: "ASSURANCE",
        access: "ALLOW",
        factorMode: method.factorMode,
        alternatives,
        reauthenticateIn: method.reauthenticateIn,
        notes: method.factorMode === TWO_FACTORS_IF_POSSIBLE ? [TWO_FA_IF_POSSIBLE_NOTE] : [],
        text: parts.join("; "),
    };
}
