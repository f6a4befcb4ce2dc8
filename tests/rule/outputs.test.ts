import { expect } from "chai";
import { toRuleInputs, toRuleOutputs } from "../../provider/rule/outputs";
import type { OktaRule } from "../../provider/rule/types";
import { IDP_ID } from "./ruleExamples";
import { POLICY_ID, withOktaFields } from "./oktaResponses";

/** Every path in `value` that holds `undefined`, e.g. `["a.b", "c[1]"]`. */
function findUndefinedPaths(value: unknown, path = ""): string[] {
    if (value === undefined) {
        return [path];
    }
    if (Array.isArray(value)) {
        return value.flatMap((item, index) => findUndefinedPaths(item, `${path}[${index}]`));
    }
    if (typeof value === "object" && value !== null) {
        return Object.entries(value).flatMap(([key, item]) =>
            findUndefinedPaths(item, path ? `${path}.${key}` : key),
        );
    }
    return [];
}

const RESPONSE: OktaRule = withOktaFields("rul2nf9gMuOPzNITs0g4", 1, {
    name: "Require IDV for authenticator enrollment",
    conditions: {
        people: { users: { exclude: [] }, groups: { include: ["00g1emaKYZTWRYYRRTSK"] } },
        network: { connection: "ANYWHERE" },
        platform: { include: [{ type: "MOBILE", os: { type: "IOS", expression: undefined } }] },
    },
    actions: { appSignOn: { access: "ALLOW", verificationMethod: { id: IDP_ID, type: "ID_PROOFING" } } },
    initialMode: false,
    unsetBySdk: undefined,
});

describe("toRuleOutputs", () => {
    it("records Okta's JSON without id and _links, with the policy id and unknown fields kept", () => {
        const { id: _id, _links: _unused, unsetBySdk: _unset, ...rest } = RESPONSE;
        const outputs = toRuleOutputs(RESPONSE, POLICY_ID, {});
        expect(outputs).to.deep.equal({
            ...rest,
            conditions: {
                ...rest.conditions,
                platform: { include: [{ type: "MOBILE", os: { type: "IOS" } }] },
            },
            policyId: POLICY_ID,
        });
        expect(outputs).to.have.property("initialMode", false);
    });

    it("holds no undefined anywhere, which Pulumi's host cannot encode", () => {
        expect(findUndefinedPaths(RESPONSE)).to.not.deep.equal([]);
        expect(findUndefinedPaths(toRuleOutputs(RESPONSE, POLICY_ID, { adopt: undefined }))).to.deep.equal(
            [],
        );
    });

    it("records adopt and suppressChecks when given", () => {
        const outputs = toRuleOutputs(RESPONSE, POLICY_ID, { adopt: false, suppressChecks: ["G06", "G07"] });
        expect(outputs.adopt).to.equal(false);
        expect(outputs.suppressChecks).to.deep.equal(["G06", "G07"]);
    });

    it("keeps the null conditions of Okta's catch-all rule", () => {
        const catchAll = { ...RESPONSE, name: "Catch-all Rule", system: true, conditions: null };
        expect(toRuleOutputs(catchAll, POLICY_ID, {})).to.have.property("conditions", null);
    });
});

describe("toRuleInputs", () => {
    it("keeps only the input fields, as Okta now has them", () => {
        const outputs = toRuleOutputs(RESPONSE, POLICY_ID, { suppressChecks: ["G06"] });
        expect(toRuleInputs(outputs)).to.deep.equal({
            policyId: POLICY_ID,
            name: outputs.name,
            priority: 1,
            status: "ACTIVE",
            conditions: outputs.conditions,
            actions: outputs.actions,
            suppressChecks: ["G06"],
        });
    });

    it("leaves out the null conditions of Okta's catch-all rule", () => {
        const outputs = toRuleOutputs({ ...RESPONSE, conditions: null }, POLICY_ID, {});
        expect(toRuleInputs(outputs)).to.not.have.property("conditions");
    });
});
