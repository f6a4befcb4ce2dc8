import { expect } from "chai";
import { diffAccessControl } from "../../provider/passwordPolicy/diff";
import type {
    PasswordRecoveryAccessControlInputs,
    PasswordRecoveryAccessControlOutputs,
} from "../../provider/passwordPolicy/inputs";
import { UNKNOWN_VALUE } from "../../provider/rule/unknownValue";

const recorded: PasswordRecoveryAccessControlOutputs = {
    policyId: "00p1",
    accessControl: "AUTH_POLICY",
    rules: [
        { id: "0pr1", name: "Default Rule", accessControl: "AUTH_POLICY", previousAccessControl: "LEGACY" },
        {
            id: "0pr2",
            name: "Contractors",
            accessControl: "AUTH_POLICY",
            previousAccessControl: "AUTH_POLICY",
        },
    ],
};

describe("diffAccessControl", () => {
    const cases: {
        name: string;
        olds?: PasswordRecoveryAccessControlOutputs;
        news: Partial<PasswordRecoveryAccessControlInputs> | Record<string, unknown>;
        changedPaths: string[];
        replaces?: string[];
    }[] = [
        {
            name: "shows no change when every rule holds the declared value",
            news: { accessControl: "AUTH_POLICY" },
            changedPaths: [],
        },
        {
            name: "shows no change when the default policy is declared by omission and by its id",
            news: { policyId: "00p1", accessControl: "AUTH_POLICY" },
            changedPaths: [],
        },
        {
            name: "updates for a new value",
            news: { accessControl: "LEGACY" },
            changedPaths: ["accessControl"],
        },
        {
            name: "updates for a rule set back in the Admin Console (seen by refresh)",
            olds: {
                ...recorded,
                rules: [{ ...recorded.rules[0], accessControl: "LEGACY" }, recorded.rules[1]],
            },
            news: { accessControl: "AUTH_POLICY" },
            changedPaths: ["rules.0pr1.accessControl"],
        },
        {
            name: "updates for a declared set of rules instead of all of them",
            news: { ruleIds: ["0pr1"], accessControl: "AUTH_POLICY" },
            changedPaths: ["ruleIds"],
        },
        {
            name: "ignores the order of the declared rule ids",
            olds: { ...recorded, ruleIds: ["0pr1", "0pr2"] },
            news: { ruleIds: ["0pr2", "0pr1"], accessControl: "AUTH_POLICY" },
            changedPaths: [],
        },
        {
            name: "updates when a declared rule is no longer recorded (deleted in Okta)",
            olds: { ...recorded, ruleIds: ["0pr1", "0pr3"] },
            news: { ruleIds: ["0pr1", "0pr3"], accessControl: "AUTH_POLICY" },
            changedPaths: ["rules.0pr3"],
        },
        {
            name: "replaces for another policy",
            news: { policyId: "00p2", accessControl: "AUTH_POLICY" },
            changedPaths: ["policyId"],
            replaces: ["policyId"],
        },
        {
            name: "reports an unknown policy as changed without deciding to replace yet",
            news: { policyId: UNKNOWN_VALUE, accessControl: "AUTH_POLICY" },
            changedPaths: ["policyId"],
        },
        {
            name: "reports an unknown value as changed",
            news: { accessControl: UNKNOWN_VALUE },
            changedPaths: ["accessControl"],
        },
    ];
    for (const { name, olds, news, changedPaths, replaces } of cases) {
        it(name, () => {
            const result = diffAccessControl(olds ?? recorded, news as PasswordRecoveryAccessControlInputs);
            expect(result).to.deep.equal({
                changes: changedPaths.length > 0,
                replaces: replaces ?? [],
                changedPaths,
            });
        });
    }
});
