import { type InputChecker, joinPath } from "./inputChecker";
import { explainWrongIdKind } from "./oktaIds";
import { isAbsent, isRecord } from "./plainJson";
import { validateConstraint } from "./validateConstraint";
import {
    ACCESS_DECISIONS,
    FACTOR_MODES,
    VERIFICATION_METHOD_TYPES,
    type VerificationMethodType,
} from "./types";

/** The fields each verification method type takes. */
const METHOD_FIELDS: Record<VerificationMethodType, readonly string[]> = {
    ASSURANCE: ["type", "factorMode", "reauthenticateIn", "inactivityPeriod", "constraints"],
    ID_PROOFING: ["type", "id"],
    AUTH_METHOD_CHAIN: ["type", "reauthenticateIn", "chains"],
};

/**
 * Checks a rule's `actions`, adding every problem to `checker`, e.g. for `{ appSignOn: { verificationMethod:
 * {...} } }` it adds `actions.appSignOn.access` ("access is missing; ..."). A `verificationMethod` without
 * `type` is an `ASSURANCE` one.
 */
export function validateActions(checker: InputChecker, path: string, value: unknown): void {
    const actions = checker.record(path, value, { known: ["appSignOn"] });
    if (actions === undefined) {
        return;
    }
    const appSignOnPath = joinPath(path, "appSignOn");
    checker.requirePresent(
        appSignOnPath,
        actions.appSignOn,
        `say what the rule grants, e.g. appSignOn: { access: "ALLOW", verificationMethod: { type: "ASSURANCE", factorMode: "2FA" } }`,
    );
    const appSignOn = checker.record(appSignOnPath, actions.appSignOn, {
        known: ["access", "verificationMethod"],
        misplaced: {
            keepMeSignedIn: `keepMeSignedIn does not apply to account management policy rules (Okta drops it); remove it`,
        },
    });
    if (appSignOn === undefined) {
        return;
    }
    checker.requirePresent(joinPath(appSignOnPath, "access"), appSignOn.access, `set "ALLOW" or "DENY"`);
    checker.choice(joinPath(appSignOnPath, "access"), appSignOn.access, ACCESS_DECISIONS, "access decision");
    validateVerificationMethod(
        checker,
        joinPath(appSignOnPath, "verificationMethod"),
        appSignOn.verificationMethod,
    );
}

function validateVerificationMethod(checker: InputChecker, path: string, value: unknown): void {
    const rawType = isRecord(value) ? value.type : undefined;
    const type = isAbsent(rawType)
        ? "ASSURANCE"
        : checker.choice(
              joinPath(path, "type"),
              rawType,
              VERIFICATION_METHOD_TYPES,
              "verification method type",
          );
    const allFields = [...new Set(Object.values(METHOD_FIELDS).flat())];
    const known = type === undefined ? allFields : METHOD_FIELDS[type];
    const misplaced = Object.fromEntries(
        allFields
            .filter(key => !known.includes(key))
            .map(key => [key, explainMisplacedMethodField(key, type ?? "ASSURANCE")]),
    );
    const method = checker.record(path, value, { known, misplaced });
    if (method === undefined) {
        return;
    }
    if (type === "ID_PROOFING") {
        checker.requirePresent(
            joinPath(path, "id"),
            method.id,
            `ID_PROOFING needs the id of your identity verification provider, e.g. "0oa62bfdiumsUndnZ0h7"`,
        );
        const id = checker.string(joinPath(path, "id"), method.id, "0oa62bfdiumsUndnZ0h7");
        const wrong = id === undefined ? undefined : explainWrongIdKind(id, "identityProvider");
        if (wrong !== undefined) {
            checker.fail(joinPath(path, "id"), `${wrong}; use the id of your identity verification provider`);
        }
        return;
    }
    checker.duration(joinPath(path, "reauthenticateIn"), method.reauthenticateIn);
    if (type === "AUTH_METHOD_CHAIN") {
        checker.list(joinPath(path, "chains"), method.chains, `[{ authenticationMethods: [...] }]`);
        return;
    }
    checker.duration(joinPath(path, "inactivityPeriod"), method.inactivityPeriod);
    if (method.factorMode === "2FA_If_Possible") {
        checker.fail(
            joinPath(path, "factorMode"),
            `"2FA_If_Possible" is carried only by Okta's own catch-all rule and cannot be written; use "1FA" or "2FA"`,
        );
    } else {
        checker.choice(joinPath(path, "factorMode"), method.factorMode, FACTOR_MODES, "factor mode");
    }
    const constraints = checker.list(
        joinPath(path, "constraints"),
        method.constraints,
        `[{ possession: { phishingResistant: "REQUIRED" } }]`,
    );
    for (const { item, path: itemPath } of constraints ?? []) {
        validateConstraint(checker, itemPath, item, method.factorMode);
    }
}

function explainMisplacedMethodField(key: string, type: VerificationMethodType): string {
    const owners = (Object.keys(METHOD_FIELDS) as VerificationMethodType[]).filter(t =>
        METHOD_FIELDS[t].includes(key),
    );
    return `${key} applies only to type ${owners.map(t => `"${t}"`).join(" or ")}, not "${type}"; remove it, or change the type`;
}
