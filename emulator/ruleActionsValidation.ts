/**
 * Validation of an ACCESS_POLICY rule's `actions.appSignOn`, with Okta's field paths
 * (`actions.appSignOn.verificationMethod.constraints[0].possession.phishingResistant`, ...). Pure.
 */
import {
    ACCESS_DECISIONS,
    AUTHENTICATOR_METHODS,
    AUTHENTICATOR_TYPES,
    FACTOR_MODES,
    REQUIREMENT_LEVELS,
    USER_VERIFICATION_METHODS,
    VERIFICATION_METHOD_TYPES,
} from "../provider/rule/types";
import { CauseCollector, describe } from "./fieldChecks";
import { isJsonObject, type JsonObject, type JsonValue } from "./json";

/** The factor mode Okta puts on the catch-all of the account management policy, `"2FA_If_Possible"`; only system rules may carry it. */
export const CATCH_ALL_FACTOR_MODE = "2FA_If_Possible";

const POSSESSION_ONLY = [
    "deviceBound",
    "hardwareProtection",
    "phishingResistant",
    "userPresence",
    "userVerification",
];
const KMSI_POST_AUTH = ["ALLOWED", "NOT_ALLOWED"];
const APP_SIGN_ON = "actions.appSignOn";
const METHOD = `${APP_SIGN_ON}.verificationMethod`;

/**
 * Records every problem of `actions` (absent counts as a problem) in `collector`. `systemRule` admits the
 * catch-all's `factorMode: "2FA_If_Possible"`. E.g. `{ appSignOn: { access: "MAYBE" } }` gives causes for `access`
 * and for the missing `verificationMethod`.
 */
export function checkRuleActions(
    actions: JsonValue | undefined,
    systemRule: boolean,
    collector: CauseCollector,
): void {
    const object = collector.object(actions, "actions");
    if (object === undefined) {
        collector.add(
            "actions",
            "The field cannot be left blank; send { appSignOn: { access, verificationMethod } }.",
        );
        return;
    }
    const appSignOn = collector.object(object.appSignOn, APP_SIGN_ON);
    if (appSignOn === undefined) {
        collector.add(
            APP_SIGN_ON,
            'The field cannot be left blank; send { access: "ALLOW", verificationMethod: {...} }.',
        );
        return;
    }
    if (appSignOn.access === undefined) {
        collector.add(
            `${APP_SIGN_ON}.access`,
            `The field cannot be left blank; use one of ${ACCESS_DECISIONS.join(", ")}.`,
        );
    }
    collector.oneOf(appSignOn.access, `${APP_SIGN_ON}.access`, ACCESS_DECISIONS);
    const keepMeSignedIn = collector.object(appSignOn.keepMeSignedIn, `${APP_SIGN_ON}.keepMeSignedIn`);
    collector.oneOf(keepMeSignedIn?.postAuth, `${APP_SIGN_ON}.keepMeSignedIn.postAuth`, KMSI_POST_AUTH);
    collector.duration(
        keepMeSignedIn?.postAuthPromptFrequency,
        `${APP_SIGN_ON}.keepMeSignedIn.postAuthPromptFrequency`,
    );
    checkVerificationMethod(appSignOn.verificationMethod, systemRule, collector);
}

function checkVerificationMethod(
    value: JsonValue | undefined,
    systemRule: boolean,
    collector: CauseCollector,
): void {
    const method = collector.object(value, METHOD);
    if (method === undefined) {
        collector.add(
            METHOD,
            'The field cannot be left blank; send { type: "ASSURANCE", factorMode: "2FA" } or another method.',
        );
        return;
    }
    if (method.type === undefined) {
        collector.add(
            `${METHOD}.type`,
            `The field cannot be left blank; use one of ${VERIFICATION_METHOD_TYPES.join(", ")}.`,
        );
        return;
    }
    collector.oneOf(method.type, `${METHOD}.type`, VERIFICATION_METHOD_TYPES);
    if (method.type === "ASSURANCE") {
        checkAssurance(method, systemRule, collector);
    } else if (method.type === "ID_PROOFING") {
        collector.text(method.id, `${METHOD}.id`);
    } else if (method.type === "AUTH_METHOD_CHAIN") {
        collector.duration(method.reauthenticateIn, `${METHOD}.reauthenticateIn`);
        if (method.chains !== undefined && !Array.isArray(method.chains)) {
            collector.add(
                `${METHOD}.chains`,
                `${describe(method.chains)} is not a list; send an array of chains.`,
            );
        }
    }
}

function checkAssurance(method: JsonObject, systemRule: boolean, collector: CauseCollector): void {
    const factorModes = systemRule ? [...FACTOR_MODES, CATCH_ALL_FACTOR_MODE] : FACTOR_MODES;
    collector.oneOf(method.factorMode, `${METHOD}.factorMode`, factorModes);
    collector.duration(method.reauthenticateIn, `${METHOD}.reauthenticateIn`);
    collector.duration(method.inactivityPeriod, `${METHOD}.inactivityPeriod`);
    const constraints = method.constraints;
    if (constraints === undefined || constraints === null) {
        return;
    }
    if (!Array.isArray(constraints)) {
        collector.add(
            `${METHOD}.constraints`,
            `${describe(constraints)} is not a list; send [{ "possession": {...} }].`,
        );
        return;
    }
    constraints.forEach((constraint, index) => {
        const field = `${METHOD}.constraints[${index}]`;
        const object = collector.object(constraint, field);
        if (object?.inherence !== undefined) {
            collector.add(
                `${field}.inherence`,
                "You can't configure an INHERENCE constraint; use knowledge or possession.",
            );
        }
        checkConstraint(
            collector.object(object?.knowledge, `${field}.knowledge`),
            `${field}.knowledge`,
            false,
            collector,
        );
        checkConstraint(
            collector.object(object?.possession, `${field}.possession`),
            `${field}.possession`,
            true,
            collector,
        );
    });
}

function checkConstraint(
    constraint: JsonObject | undefined,
    field: string,
    possession: boolean,
    collector: CauseCollector,
): void {
    if (constraint === undefined) {
        return;
    }
    collector.oneOfList(constraint.types, `${field}.types`, AUTHENTICATOR_TYPES, true);
    collector.oneOfList(constraint.methods, `${field}.methods`, AUTHENTICATOR_METHODS);
    collector.duration(constraint.reauthenticateIn, `${field}.reauthenticateIn`);
    collector.flag(constraint.required, `${field}.required`);
    for (const list of ["authenticationMethods", "excludedAuthenticationMethods"]) {
        checkAuthenticationMethods(constraint[list], `${field}.${list}`, collector);
    }
    for (const characteristic of POSSESSION_ONLY) {
        if (possession) {
            collector.oneOf(constraint[characteristic], `${field}.${characteristic}`, REQUIREMENT_LEVELS);
        } else if (constraint[characteristic] !== undefined) {
            collector.add(
                `${field}.${characteristic}`,
                `only possession constraints take ${characteristic}; move it to possession.`,
            );
        }
    }
    if (possession) {
        collector.oneOfList(
            constraint.userVerificationMethods,
            `${field}.userVerificationMethods`,
            USER_VERIFICATION_METHODS,
        );
    }
}

function checkAuthenticationMethods(
    value: JsonValue | undefined,
    field: string,
    collector: CauseCollector,
): void {
    if (value === undefined || value === null) {
        return;
    }
    if (!Array.isArray(value)) {
        collector.add(field, `${describe(value)} is not a list; send [{ "key": "webauthn" }].`);
        return;
    }
    value.forEach((entry, index) => {
        if (!isJsonObject(entry)) {
            collector.add(
                `${field}[${index}]`,
                `${describe(entry)} is not an object; send { "key": "webauthn" }.`,
            );
        } else {
            collector.text(entry.key, `${field}[${index}].key`);
        }
    });
}
