import { describeValue, type InputChecker, joinPath } from "./inputChecker";
import { isAbsent } from "./plainJson";
import { isUnknown } from "./unknownValue";
import {
    AUTHENTICATOR_KEYS,
    AUTHENTICATOR_METHODS,
    AUTHENTICATOR_TYPES,
    REQUIREMENT_LEVELS,
    USER_VERIFICATION_METHODS,
} from "./types";

/** Fields that knowledge and possession constraints share. */
const SHARED_FIELDS = [
    "types",
    "methods",
    "authenticationMethods",
    "excludedAuthenticationMethods",
    "reauthenticateIn",
    "required",
] as const;

/** The possession characteristics, each `"OPTIONAL"` or `"REQUIRED"`. */
const POSSESSION_LEVELS = [
    "deviceBound",
    "hardwareProtection",
    "phishingResistant",
    "userPresence",
    "userVerification",
] as const;

/** Fields only a possession constraint has. */
const POSSESSION_ONLY = [...POSSESSION_LEVELS, "userVerificationMethods"] as const;

/**
 * Checks one object of `verificationMethod.constraints`, adding every problem to `checker`. `factorMode` is
 * the method's, e.g. with `"1FA"`, `{ knowledge: {...}, possession: {...} }` is refused (two factor classes).
 */
export function validateConstraint(
    checker: InputChecker,
    path: string,
    value: unknown,
    factorMode: unknown,
): void {
    const constraint = checker.record(path, value, {
        known: ["knowledge", "possession"],
        misplaced: {
            inherence: `Okta does not let a rule configure an inherence constraint; remove it (with "2FA", an inherence factor can still satisfy the second factor)`,
        },
    });
    if (constraint === undefined) {
        return;
    }
    if (isAbsent(constraint.knowledge) && isAbsent(constraint.possession)) {
        checker.fail(
            path,
            `${describeValue(constraint)} has neither knowledge nor possession; add one (e.g. { possession: { phishingResistant: "REQUIRED" } }) or remove this constraint object`,
        );
    }
    if (factorMode === "1FA" && !isAbsent(constraint.knowledge) && !isAbsent(constraint.possession)) {
        checker.fail(
            path,
            `asks for knowledge and possession (two factor classes) but factorMode "1FA" allows one; set factorMode "2FA", or split it into two constraint objects (any one of them satisfies the rule)`,
        );
    }
    const possessionOnly = Object.fromEntries(
        POSSESSION_ONLY.map(key => [
            key,
            `${key} is a possession characteristic and does not apply to knowledge factors; move it under possession`,
        ]),
    );
    const knowledge = checker.record(joinPath(path, "knowledge"), constraint.knowledge, {
        known: SHARED_FIELDS,
        misplaced: possessionOnly,
    });
    if (knowledge !== undefined) {
        validateSharedFields(checker, joinPath(path, "knowledge"), knowledge);
    }
    const possessionPath = joinPath(path, "possession");
    const possession = checker.record(possessionPath, constraint.possession, {
        known: [...SHARED_FIELDS, ...POSSESSION_ONLY],
    });
    if (possession !== undefined) {
        validateSharedFields(checker, possessionPath, possession);
        validatePossessionFields(checker, possessionPath, possession);
    }
}

function validateSharedFields(checker: InputChecker, path: string, factor: Record<string, unknown>): void {
    for (const { item, path: itemPath } of checker.list(
        joinPath(path, "types"),
        factor.types,
        `["SECURITY_KEY"]`,
    ) ?? []) {
        checker.choice(itemPath, item, AUTHENTICATOR_TYPES, "authenticator type", true);
    }
    for (const { item, path: itemPath } of checker.list(
        joinPath(path, "methods"),
        factor.methods,
        `["WEBAUTHN"]`,
    ) ?? []) {
        checker.choice(itemPath, item, AUTHENTICATOR_METHODS, "authenticator method");
    }
    for (const key of ["authenticationMethods", "excludedAuthenticationMethods"]) {
        const example = `[{ key: "okta_verify", method: "SIGNED_NONCE" }]`;
        for (const { item, path: itemPath } of checker.list(joinPath(path, key), factor[key], example) ??
            []) {
            validateAuthenticationMethod(checker, itemPath, item);
        }
    }
    checker.duration(joinPath(path, "reauthenticateIn"), factor.reauthenticateIn);
    checker.boolean(joinPath(path, "required"), factor.required);
}

function validateAuthenticationMethod(checker: InputChecker, path: string, value: unknown): void {
    const method = checker.record(path, value, { known: ["key", "method", "id"] });
    if (method === undefined) {
        return;
    }
    checker.requirePresent(joinPath(path, "key"), method.key, `name the authenticator, e.g. key: "webauthn"`);
    checker.choice(joinPath(path, "key"), method.key, AUTHENTICATOR_KEYS, "authenticator key");
    checker.choice(
        joinPath(path, "method"),
        method.method,
        AUTHENTICATOR_METHODS,
        "authenticator method",
        true,
    );
    checker.string(joinPath(path, "id"), method.id, "aut1nbsPHh7jNjjyP0g4");
}

function validatePossessionFields(
    checker: InputChecker,
    path: string,
    possession: Record<string, unknown>,
): void {
    for (const key of POSSESSION_LEVELS) {
        checker.choice(joinPath(path, key), possession[key], REQUIREMENT_LEVELS, "requirement level");
    }
    const methodsPath = joinPath(path, "userVerificationMethods");
    const methods = checker.list(methodsPath, possession.userVerificationMethods, `["BIOMETRICS"]`);
    for (const { item, path: itemPath } of methods ?? []) {
        checker.choice(itemPath, item, USER_VERIFICATION_METHODS, "user verification method");
    }
    const verification = possession.userVerification;
    const given = methods !== undefined && (possession.userVerificationMethods as unknown[]).length > 0;
    if (given && verification !== "REQUIRED" && !isUnknown(verification)) {
        checker.fail(
            methodsPath,
            `userVerificationMethods applies only when userVerification is "REQUIRED" (it is ${describeValue(verification ?? "OPTIONAL")}); set userVerification: "REQUIRED", or remove userVerificationMethods`,
        );
    }
}
