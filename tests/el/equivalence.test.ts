import { expect } from "chai";
import { expressionImplies, expressionsEquivalent } from "../../provider/el";

const OP = "accessRequest.operation";
const KEY = "accessRequest.authenticator.key";
const REWRITTEN = `${KEY} == 'okta_verify_totp' || ${KEY} == 'okta_verify_push' || ${KEY} == 'okta_verify_fastpass'`;

describe("expressionsEquivalent", () => {
    const equivalent: Array<[string, string, string]> = [
        ["Okta's Flexible Okta Verify rewrite", `${KEY} == 'okta_verify'`, REWRITTEN],
        ["the rewrite in parentheses", `${KEY} == 'okta_verify'`, `(${REWRITTEN})`],
        [
            "the rewrite in another order",
            `${KEY} == 'okta_verify'`,
            `${KEY} == 'okta_verify_fastpass' || ${KEY} == 'okta_verify_totp' || ${KEY} == 'okta_verify_push'`,
        ],
        [
            "the rewrite inside &&",
            `${OP} == 'enroll' && ${KEY} == 'okta_verify'`,
            `${OP} == 'enroll' && (${REWRITTEN})`,
        ],
        [
            "the rewrite inside && with other keys",
            `${OP} == 'enroll' && (${KEY} == 'okta_verify' || ${KEY} == 'webauthn')`,
            `${OP} == 'enroll' && (${REWRITTEN} || ${KEY} == 'webauthn')`,
        ],
        [
            "the rewrite of !=",
            `${KEY} != 'okta_verify'`,
            `${KEY} != 'okta_verify_totp' && ${KEY} != 'okta_verify_push' && ${KEY} != 'okta_verify_fastpass'`,
        ],
        [
            "the rewrite of a .contains list",
            `{'okta_verify', 'webauthn'}.contains(${KEY})`,
            `${REWRITTEN} || ${KEY} == 'webauthn'`,
        ],
        [
            "a .contains list rewritten into a .contains list",
            `{ 'okta_verify', 'webauthn', 'smart_card_idp', 'yubikey_token' }.contains(${KEY}) && ${OP} == 'enroll'`,
            `${OP} == 'enroll' && {'okta_verify_totp', 'okta_verify_push', 'okta_verify_fastpass', 'webauthn', 'smart_card_idp', 'yubikey_token'}.contains(${KEY})`,
        ],
        [
            "spacing and quotes",
            `${OP}=="recover" && accessRequest.metadata.type=='expiry'`,
            `${OP} == 'recover' && accessRequest.metadata.type == 'expiry'`,
        ],
        [
            "textual operators",
            `${OP} eq 'enroll' AND not (${KEY} ne 'webauthn')`,
            `${OP} == 'enroll' && ${KEY} == 'webauthn'`,
        ],
        [
            "operands swapped",
            `${OP} == 'enroll' && ${KEY} == 'webauthn'`,
            `${KEY} == 'webauthn' && 'enroll' == ${OP}`,
        ],
        [
            "De Morgan",
            `!(${OP} == 'enroll' || ${OP} == 'recover')`,
            `${OP} != 'enroll' && ${OP} != 'recover'`,
        ],
        [
            "|| of operations and a .contains list",
            `${OP} == 'recover' || ${OP} == 'unlockAccount'`,
            `{'unlockAccount', 'recover'}.contains(${OP})`,
        ],
        [
            "a ternary and its && form",
            `device.profile.managed ? ${OP} == 'enroll' : false`,
            `device.profile.managed == true && ${OP} == 'enroll'`,
        ],
        ["a redundant conjunct", `${OP} == 'enroll' && ${OP} != 'recover'`, `${OP} == 'enroll'`],
        ["conditions that read no attribute", "'x' == 'x'", "true"],
        ["safe navigation", `accessRequest.authenticator?.key == 'webauthn'`, `${KEY} == 'webauthn'`],
        ["unparseable texts equal after trimming", `  ${OP} == 'enroll' &&`, `${OP} == 'enroll' &&  `],
        [
            "texts outside the core with equal canonical forms",
            `${KEY}.startsWith( 'okta' )`,
            `${KEY}.startsWith("okta")`,
        ],
    ];
    for (const [what, a, b] of equivalent) {
        it(`treats ${what} as equivalent`, () => {
            expect(expressionsEquivalent(a, b)).to.equal(true);
            expect(expressionsEquivalent(b, a)).to.equal(true);
        });
    }

    const different: Array<[string, string, string]> = [
        [
            "the rewrite pasted into && without parentheses",
            `${OP} == 'enroll' && ${KEY} == 'okta_verify'`,
            `${OP} == 'enroll' && ${REWRITTEN}`,
        ],
        ["one per-method key for okta_verify", `${KEY} == 'okta_verify'`, `${KEY} == 'okta_verify_push'`],
        [
            "two of the three per-method keys",
            `${KEY} == 'okta_verify'`,
            `${KEY} == 'okta_verify_totp' || ${KEY} == 'okta_verify_push'`,
        ],
        ["different operations", `${OP} == 'enroll'`, `${OP} == 'unenroll'`],
        ["== and !=", `${OP} == 'enroll'`, `${OP} != 'enroll'`],
        [
            "Okta's guide condition and what it probably meant",
            `${OP} == 'enroll' || ${OP} == 'unenroll' && ${KEY} == 'webauthn'`,
            `(${OP} == 'enroll' || ${OP} == 'unenroll') && ${KEY} == 'webauthn'`,
        ],
        ["a constant false and a constant true", "'x' == 'y'", "true"],
        ["a value and its case variant", `${OP} == 'enroll'`, `${OP} == 'Enroll'`],
        ["a list missing a value", `{'recover', 'unlockAccount'}.contains(${OP})`, `${OP} == 'recover'`],
        [
            "a string and a boolean literal",
            `device.profile.managed == 'true'`,
            `device.profile.managed == true`,
        ],
        ["unparseable texts that differ inside", `${OP} ==  'enroll' &&`, `${OP} == 'enroll' &&`],
        [
            "equivalent orderings outside the core (compared as text)",
            `device.profile.version < 3`,
            `3 > device.profile.version`,
        ],
    ];
    for (const [what, a, b] of different) {
        it(`tells apart ${what}`, () => {
            expect(expressionsEquivalent(a, b)).to.equal(false);
            expect(expressionsEquivalent(b, a)).to.equal(false);
        });
    }

    it("falls back to canonical text when there are too many cases to try", () => {
        const properties = Array.from({ length: 17 }, (_, i) => `device.profile.p${i} == 'x'`);
        const reversed = [...properties].reverse();
        expect(expressionsEquivalent(properties.join(" && "), reversed.join(" && "))).to.equal(false);
        expect(
            expressionsEquivalent(properties.slice(0, 8).join(" && "), reversed.slice(9).join(" && ")),
        ).to.equal(true);
    });
});

describe("expressionImplies", () => {
    const cases: Array<[string, string, boolean | undefined]> = [
        [`${OP} == 'enroll' && ${KEY} == 'webauthn'`, `${OP} == 'enroll'`, true],
        [`${OP} == 'enroll'`, `${OP} == 'enroll' && ${KEY} == 'webauthn'`, false],
        [`${KEY} == 'okta_verify_push'`, `${KEY} == 'okta_verify'`, true],
        [`${OP} == 'recover'`, `{'recover', 'unlockAccount'}.contains(${OP})`, true],
        [`${OP} == 'enroll'`, `${OP} == 'enroll' ||`, undefined],
        [`device.profile.version < 3`, `${OP} == 'enroll'`, undefined],
    ];
    for (const [a, b, expected] of cases) {
        it(`answers ${String(expected)} for ${JSON.stringify(a)} implies ${JSON.stringify(b)}`, () => {
            expect(expressionImplies(a, b)).to.equal(expected);
        });
    }
});
