import { expect } from "chai";
import { SEED_IDS, startEmulator, type RunningEmulator } from "../../emulator";
import { diffRule } from "../../provider/rule/diff";
import type { AccountManagementPolicyRuleInputs } from "../../provider/rule/inputs";
import { toRuleOutputs } from "../../provider/rule/outputs";
import { buildCreateBody, buildReplaceBody } from "../../provider/rule/requestBody";
import type { OktaRule, RuleBody } from "../../provider/rule/types";
import { applyInputDefaults, validateRuleInputs } from "../../provider/rule/validate";
import { withPaths } from "./editPaths";
import { DOCUMENTED_RULES } from "./ruleExamples";

const POLICY_ID = SEED_IDS.accountManagementPolicy;

/** The documented rules, their ids swapped for objects the emulator's org holds, as `check` hands them on. */
const RULES: Array<[string, AccountManagementPolicyRuleInputs]> = Object.entries(DOCUMENTED_RULES).map(
    ([name, rule], index) => {
        const json = JSON.stringify({ ...rule, name: `${rule.name} ${index}`, priority: undefined })
            .replace(/00g1emaKYZTWRYYRRTSK/g, SEED_IDS.everyoneGroup)
            .replace(/nzo5dtwhzly9mXvlN0g7/g, SEED_IDS.legacyIpZone);
        return [name, applyInputDefaults(JSON.parse(json))];
    },
);

/**
 * Sends one request with the emulator's API token and returns the parsed answer; refuses any non-200 status.
 */
async function callOkta(
    emulator: RunningEmulator,
    method: string,
    path: string,
    body?: RuleBody,
): Promise<OktaRule> {
    const response = await fetch(`${emulator.orgUrl}/api/v1/policies/${POLICY_ID}/rules${path}`, {
        method,
        headers: {
            Authorization: `SSWS ${emulator.apiToken}`,
            Accept: "application/json",
            "Content-Type": "application/json",
        },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.status, `${method} ${path}: ${text}`).to.equal(200);
    return JSON.parse(text) as OktaRule;
}

describe("rule model against the emulator (real HTTP, Flexible Okta Verify on)", () => {
    let emulator: RunningEmulator;

    before(async () => {
        emulator = await startEmulator({ flexibleOktaVerify: true });
    });

    after(async () => {
        await emulator.close();
    });

    for (const [name, inputs] of RULES) {
        it(`shows no change after ${name} is created and read back`, async () => {
            expect(validateRuleInputs(inputs as unknown as Record<string, unknown>)).to.deep.equal([]);
            const created = await callOkta(emulator, "POST", "", buildCreateBody(inputs));
            const readBack = await callOkta(emulator, "GET", `/${created.id}`);
            expect(diffRule(toRuleOutputs(readBack, POLICY_ID, {}), inputs)).to.deep.equal({
                changes: false,
                replaces: [],
                changedPaths: [],
            });
        });
    }

    it("shows no change after an expression naming okta_verify comes back rewritten", async () => {
        const condition =
            "accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'okta_verify'";
        const inputs = withPaths(RULES[1][1], {
            name: "Okta Verify enrollment",
            "conditions.elCondition.condition": condition,
        });
        const created = await callOkta(emulator, "POST", "", buildCreateBody(inputs));
        expect(created.conditions?.elCondition?.condition).to.not.equal(condition);
        expect(diffRule(toRuleOutputs(created, POLICY_ID, {}), inputs).changes).to.equal(false);
    });

    it("replaces a rule from its recorded state, keeps its priority, and then shows no change", async () => {
        const [, original] = RULES[0];
        const inputs = withPaths(original, { name: "Replaced from state" });
        const created = await callOkta(emulator, "POST", "", buildCreateBody(inputs));
        const recorded = toRuleOutputs(created, POLICY_ID, {});
        const news = withPaths(inputs, {
            "conditions.network": { connection: "ANYWHERE" },
            "conditions.riskScore": undefined,
        });
        expect(diffRule(recorded, news).changedPaths).to.deep.equal([
            "conditions.network",
            "conditions.riskScore",
        ]);
        const body = buildReplaceBody(recorded, news, { includePriority: false });
        const replaced = await callOkta(emulator, "PUT", `/${created.id}`, body);
        expect(replaced.priority).to.equal(recorded.priority);
        expect(replaced.conditions).to.not.have.property("riskScore");
        expect(diffRule(toRuleOutputs(replaced, POLICY_ID, {}), news).changes).to.equal(false);
    });
});
