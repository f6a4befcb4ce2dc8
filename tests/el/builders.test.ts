import { expect } from "chai";
import { el, expressionsEquivalent, lintExpression, PHISHING_RESISTANT_KEYS } from "../../provider/el";
import type { AuthenticatorKey, Operation } from "../../provider/rule/types";
import { OKTA_EXAMPLES } from "./oktaExamples";

const OP = "accessRequest.operation";
const KEY = "accessRequest.authenticator.key";

describe("el builders", () => {
    const exact: Array<[string, () => string, string]> = [
        ["operationIs", () => el.operationIs("enroll"), `${OP} == 'enroll'`],
        [
            "operationIn",
            () => el.operationIn(["recover", "unlockAccount"]),
            `${OP} == 'recover' || ${OP} == 'unlockAccount'`,
        ],
        ["operationIn of one", () => el.operationIn(["unenroll"]), `${OP} == 'unenroll'`],
        ["authenticatorKeyIs", () => el.authenticatorKeyIs("webauthn"), `${KEY} == 'webauthn'`],
        [
            "authenticatorKeyIn",
            () => el.authenticatorKeyIn(["okta_verify", "webauthn"]),
            `${KEY} == 'okta_verify' || ${KEY} == 'webauthn'`,
        ],
        [
            "authenticatorIdIs",
            () => el.authenticatorIdIs("aut1abc"),
            "accessRequest.authenticator.id == 'aut1abc'",
        ],
        [
            "authenticatorIdIs with a quote",
            () => el.authenticatorIdIs("it's"),
            "accessRequest.authenticator.id == 'it''s'",
        ],
        ["metadataTypeIs", () => el.metadataTypeIs("expiry"), "accessRequest.metadata.type == 'expiry'"],
        [
            "deviceProfileIs with a boolean",
            () => el.deviceProfileIs("registered", true),
            "device.profile.registered == true",
        ],
        [
            "deviceProfileIs with a string",
            () => el.deviceProfileIs("platform", "IOS"),
            "device.profile.platform == 'IOS'",
        ],
        [
            "deviceProfileIs with a number",
            () => el.deviceProfileIs("osVersion", 17),
            "device.profile.osVersion == 17",
        ],
        [
            "and parenthesising an || operand",
            () => el.and(el.operationIs("enroll"), el.authenticatorKeyIn(["okta_verify", "webauthn"])),
            `${OP} == 'enroll' && (${KEY} == 'okta_verify' || ${KEY} == 'webauthn')`,
        ],
        [
            "and of three",
            () =>
                el.and(
                    el.operationIs("recover"),
                    el.metadataTypeIs("expiry"),
                    el.deviceProfileIs("managed", false),
                ),
            `${OP} == 'recover' && accessRequest.metadata.type == 'expiry' && device.profile.managed == false`,
        ],
        [
            "or parenthesising an && operand",
            () =>
                el.or(
                    el.and(el.operationIs("recover"), el.metadataTypeIs("expiry")),
                    el.operationIs("unlockAccount"),
                ),
            `(${OP} == 'recover' && accessRequest.metadata.type == 'expiry') || ${OP} == 'unlockAccount'`,
        ],
        [
            "or of ors, flat",
            () => el.or(el.operationIn(["enroll", "unenroll"]), el.operationIs("recover")),
            `${OP} == 'enroll' || ${OP} == 'unenroll' || ${OP} == 'recover'`,
        ],
        ["and of one", () => el.and(`${OP}=='enroll'`), `${OP} == 'enroll'`],
        ["not", () => el.not(el.operationIs("enroll")), `!(${OP} == 'enroll')`],
        [
            "not of an ||",
            () => el.not(el.operationIn(["recover", "unlockAccount"])),
            `!(${OP} == 'recover' || ${OP} == 'unlockAccount')`,
        ],
        ["not of a device property", () => el.not("device.profile.managed"), "!device.profile.managed"],
        [
            "and of a hand-written condition, canonicalised",
            () =>
                el.and(
                    "accessRequest.operation=='recover'||accessRequest.operation=='unlockAccount'",
                    el.authenticatorKeyIs("okta_password"),
                ),
            `(${OP} == 'recover' || ${OP} == 'unlockAccount') && ${KEY} == 'okta_password'`,
        ],
    ];
    for (const [what, build, expected] of exact) {
        it(`builds ${what} as ${expected}`, () => {
            expect(build()).to.equal(expected);
        });
    }

    it("rebuilds Okta's first phishing-resistant rule (help center version) to an equivalent, lint-clean string", () => {
        const built = el.and(el.operationIs("enroll"), el.authenticatorKeyIn([...PHISHING_RESISTANT_KEYS]));
        expect(expressionsEquivalent(built, OKTA_EXAMPLES[1].text)).to.equal(true);
        expect(lintExpression(built)).to.deep.equal([]);
    });

    it("rebuilds the Password Expiry Rule to an equivalent string", () => {
        const built = el.and(el.operationIs("recover"), el.metadataTypeIs("expiry"));
        expect(expressionsEquivalent(built, OKTA_EXAMPLES[6].text)).to.equal(true);
    });

    const refused: Array<[string, () => string, string]> = [
        [
            "an empty operation list",
            () => el.operationIn([]),
            "el.operationIn needs at least one operation, got none",
        ],
        [
            "an empty key list",
            () => el.authenticatorKeyIn([]),
            "el.authenticatorKeyIn needs at least one authenticator key, got none",
        ],
        [
            "an unknown operation",
            () => el.operationIs("unlock" as Operation),
            "el.operationIs: 'unlock' is not an operation; use one of enroll, unenroll, recover, unlockAccount",
        ],
        [
            "an unknown key in a list",
            () => el.authenticatorKeyIn(["webauthn", "fido2" as AuthenticatorKey]),
            "el.authenticatorKeyIn: 'fido2' is not an authenticator key",
        ],
        [
            "an unknown metadata type",
            () => el.metadataTypeIs("expired" as "expiry"),
            "el.metadataTypeIs: 'expired' is not a metadata type; use one of expiry",
        ],
        [
            "an empty authenticator id",
            () => el.authenticatorIdIs(""),
            "el.authenticatorIdIs needs an authenticator id",
        ],
        [
            "a property path as a device property",
            () => el.deviceProfileIs("a.b", true),
            "el.deviceProfileIs: 'a.b' is not a property name",
        ],
        [
            "a non-finite number",
            () => el.deviceProfileIs("osVersion", Number.NaN),
            "el.deviceProfileIs: NaN is not a finite number",
        ],
        ["and of nothing", () => el.and(), "el.and needs at least one condition, got none"],
        [
            "a condition that does not parse",
            () => el.or(el.operationIs("enroll"), "accessRequest.operation =="),
            'el.or: condition 2 ("accessRequest.operation ==") does not parse: the condition ends at 26',
        ],
    ];
    for (const [what, build, message] of refused) {
        it(`refuses ${what}`, () => {
            expect(build).to.throw(Error, message);
        });
    }
});

describe("PHISHING_RESISTANT_KEYS", () => {
    it("lists only authenticator keys lint accepts", () => {
        for (const key of PHISHING_RESISTANT_KEYS) {
            expect(lintExpression(el.authenticatorKeyIs(key)), key).to.deep.equal([]);
        }
    });
});
