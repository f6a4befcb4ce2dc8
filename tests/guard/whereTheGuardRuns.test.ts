import { expect } from "chai";
import { provider } from "../../provider/operations/ruleOperations";
import type { AccountManagementPolicyRuleInputs } from "../../provider/rule/inputs";
import { UNKNOWN_VALUE } from "../../provider/rule/unknownValue";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { DynamicProviderHost, urnOf } from "../support/dynamicHost";
import { recordRegistrations } from "../support/registrations";
import { allowWith, FIRST_PHISHING_RESISTANT, GUIDE_DEFECTIVE_EXPRESSION } from "../evaluate/guidePolicy";

const RECOVER_WITH_PASSWORD = {
    name: "Recover with the password",
    conditions: { elCondition: { condition: "accessRequest.operation == 'recover'" } },
    actions: allowWith([{ knowledge: { types: ["password"] } }]),
} satisfies AccountManagementPolicyRuleInputs;

async function checkFailures(inputs: AccountManagementPolicyRuleInputs) {
    const result = await provider.check!({} as AccountManagementPolicyRuleInputs, inputs);
    return result.failures ?? [];
}

describe("where the guard runs", () => {
    describe("the provider's check", () => {
        it("refuses a rule with a lockout error, on the finding's property", async () => {
            const failures = await checkFailures(RECOVER_WITH_PASSWORD);
            expect(failures).to.have.length(1);
            expect(failures[0].property).to.equal("actions.appSignOn.verificationMethod.constraints");
            expect(failures[0].reason).to.match(
                /^\[G03\] Rule "Recover with the password" \(everyone\): it governs recover/,
            );
        });

        it("refuses it through the real dynamic-provider host, as preview does, with no API call", async () => {
            const registrations = await recordRegistrations(() => [
                new AccountManagementPolicyRule("recover", RECOVER_WITH_PASSWORD),
            ]);
            const inputs = registrations.find(r => r.name === "recover")!.inputs;
            const host = await DynamicProviderHost.start({ env: { OKTA_ORG_URL: "http://127.0.0.1:9" } });
            try {
                const reply = await host.check(urnOf("AccountManagementPolicyRule", "recover"), {}, inputs);
                expect(reply.failures.map(f => [f.property, f.reason.slice(0, 40)])).to.deep.equal([
                    [
                        "actions.appSignOn.verificationMethod.constraints",
                        '[G03] Rule "Recover with the password" (',
                    ],
                ]);
            } finally {
                await host.stop();
            }
        });

        it("accepts the rule when the check is silenced on it", async () => {
            expect(await checkFailures({ ...RECOVER_WITH_PASSWORD, suppressChecks: ["G03"] })).to.deep.equal(
                [],
            );
        });

        it("does not turn warnings into failures", async () => {
            const guideExample = {
                ...FIRST_PHISHING_RESISTANT,
                name: "Guide example",
                conditions: { elCondition: { condition: GUIDE_DEFECTIVE_EXPRESSION } },
            } as AccountManagementPolicyRuleInputs;
            expect(await checkFailures(guideExample)).to.deep.equal([]);
        });

        it("waits while an input is still unknown in preview", async () => {
            const pending = {
                ...RECOVER_WITH_PASSWORD,
                conditions: {
                    ...RECOVER_WITH_PASSWORD.conditions,
                    people: { groups: { include: [UNKNOWN_VALUE] } },
                },
            };
            expect(await checkFailures(pending)).to.deep.equal([]);
        });
    });

    describe("the program (what preview shows)", () => {
        let logged: string[];
        let restore: () => void;

        beforeEach(() => {
            logged = [];
            const { warn, log } = console;
            console.warn = (...args: unknown[]) => void logged.push(`warn ${args.join(" ")}`);
            console.log = (...args: unknown[]) => void logged.push(`log ${args.join(" ")}`);
            restore = () => Object.assign(console, { warn, log });
        });

        afterEach(() => restore());

        it("logs each warning finding of a declared rule", async () => {
            await recordRegistrations(() => [
                new AccountManagementPolicyRule("first-phishing-resistant", {
                    ...FIRST_PHISHING_RESISTANT,
                    conditions: { elCondition: { condition: GUIDE_DEFECTIVE_EXPRESSION } },
                }),
            ]);
            await new Promise(resolve => setImmediate(resolve));
            const warnings = logged.filter(line => line.startsWith("warn warning: "));
            expect(warnings.map(line => /\[(G\d\d)\] Rule "([^"]+)"/.exec(line)?.slice(1, 3))).to.deep.equal([
                ["G08", "First phishing-resistant authenticator"],
                ["G13", "First phishing-resistant authenticator"],
            ]);
        });

        it("leaves errors to the provider's check", async () => {
            const enrollOrRecover = {
                ...RECOVER_WITH_PASSWORD,
                conditions: {
                    elCondition: {
                        condition:
                            "accessRequest.operation == 'enroll' || accessRequest.operation == 'recover'",
                    },
                },
                actions: allowWith([{ knowledge: { types: ["password"] } }], "2FA"),
            };
            await recordRegistrations(() => [new AccountManagementPolicyRule("recover", enrollOrRecover)]);
            await new Promise(resolve => setImmediate(resolve));
            expect(logged.filter(line => line.includes("[G13]"))).to.have.length(1);
            expect(logged.filter(line => line.includes("[G03]"))).to.deep.equal([]);
            expect(await checkFailures(enrollOrRecover)).to.have.length(1);
        });
    });
});
