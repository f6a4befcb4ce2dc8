import { expect } from "chai";
import { validateAccessControlInputs } from "../../provider/passwordPolicy/validate";
import { UNKNOWN_VALUE } from "../../provider/rule/unknownValue";

describe("validateAccessControlInputs", () => {
    const accepted: { name: string; inputs: Record<string, unknown> }[] = [
        { name: "the default policy's rules", inputs: { accessControl: "AUTH_POLICY" } },
        {
            name: "a password policy and its rules",
            inputs: {
                policyId: "00p1abcdEFGHijklm0g7",
                ruleIds: ["0pr1abcdEFGHijklm0g7"],
                accessControl: "LEGACY",
            },
        },
        {
            name: "values not known before the update",
            inputs: { policyId: UNKNOWN_VALUE, ruleIds: [UNKNOWN_VALUE], accessControl: UNKNOWN_VALUE },
        },
        {
            name: "the serialized provider the host adds",
            inputs: { accessControl: "LEGACY", __provider: "exports.handler = ..." },
        },
    ];
    for (const { name, inputs } of accepted) {
        it(`accepts ${name}`, () => {
            expect(validateAccessControlInputs(inputs)).to.deep.equal([]);
        });
    }

    const refused: { name: string; inputs: Record<string, unknown>; property: string; reason: RegExp }[] = [
        {
            name: "a missing accessControl",
            inputs: {},
            property: "accessControl",
            reason: /^accessControl is missing; set "AUTH_POLICY" .* or "LEGACY"$/,
        },
        {
            name: "an accessControl outside the enum, suggesting the closest value",
            inputs: { accessControl: "AUTH_POLICIES" },
            property: "accessControl",
            reason: /^"AUTH_POLICIES" is not a valid accessControl; use one of "AUTH_POLICY", "LEGACY" \(did you mean "AUTH_POLICY"\?\)$/,
        },
        {
            name: "the account management policy's id as policyId",
            inputs: { policyId: "rst5czs80uoZHaUxK0g7", accessControl: "AUTH_POLICY" },
            property: "policyId",
            reason: /^"rst5czs80uoZHaUxK0g7" is an access policy's id .* not a PASSWORD policy's; pass the id of a password policy \(ids start "00p"\)/,
        },
        {
            name: "a group id as policyId",
            inputs: { policyId: "00g1emaKYZTWRYYRRTSK", accessControl: "AUTH_POLICY" },
            property: "policyId",
            reason: /^"00g1emaKYZTWRYYRRTSK" is a group id, not a policy id .*; pass a password policy's id/,
        },
        {
            name: "an empty list of rule ids",
            inputs: { ruleIds: [], accessControl: "AUTH_POLICY" },
            property: "ruleIds",
            reason: /^\[\] names no rule; list password policy rule ids, or omit ruleIds for every rule$/,
        },
        {
            name: "an account management policy rule's id",
            inputs: {
                ruleIds: ["0pr1abcdEFGHijklm0g7", "rul2p9xACRTDf9qZV0g4"],
                accessControl: "AUTH_POLICY",
            },
            property: "ruleIds[1]",
            reason: /^"rul2p9xACRTDf9qZV0g4" is an access policy rule's id .* list rules of the password policy \(ids start "0pr"\)$/,
        },
        {
            name: "a rule id listed twice",
            inputs: {
                ruleIds: ["0pr1abcdEFGHijklm0g7", "0pr1abcdEFGHijklm0g7"],
                accessControl: "AUTH_POLICY",
            },
            property: "ruleIds[1]",
            reason: /listed twice \(first at ruleIds\[0\]\); remove the duplicate$/,
        },
        {
            name: "a field the resource does not have",
            inputs: { accessControl: "LEGACY", ruleId: "0pr1abcdEFGHijklm0g7" },
            property: "ruleId",
            reason: /^"ruleId" is not an argument of PasswordRecoveryAccessControl; did you mean "ruleIds"\? \(arguments: policyId, ruleIds, accessControl\)$/,
        },
    ];
    for (const { name, inputs, property, reason } of refused) {
        it(`refuses ${name}`, () => {
            const failures = validateAccessControlInputs(inputs);
            expect(failures.map(f => f.property)).to.deep.equal([property]);
            expect(failures[0].reason).to.match(reason);
        });
    }

    it("reports every problem at once", () => {
        const failures = validateAccessControlInputs({
            policyId: "rst1abc",
            ruleIds: [],
            accessControl: "legacy",
        });
        expect(failures.map(f => f.property)).to.deep.equal(["accessControl", "policyId", "ruleIds"]);
    });
});
