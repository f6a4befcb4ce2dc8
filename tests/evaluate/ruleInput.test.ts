import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import { evaluate, toRuleDefinitions } from "../../provider/evaluate";
import { useCases } from "../../provider/presets/useCases";
import { CONTRACTORS, OFFICE_ZONE } from "./guidePolicy";

describe("rules in every shape a caller holds", () => {
    it("evaluates the presets' arguments built with plain ids", () => {
        const rules = [
            useCases.firstPhishingResistantAuthenticator({ zones: [OFFICE_ZONE] }),
            useCases.authenticatorEnrollment({ groups: [CONTRACTORS] }),
            useCases.passwordRecoveryAndUnlock(),
        ];
        const result = evaluate(rules, {
            operation: "enroll",
            authenticator: { key: "okta_email" },
            zones: [],
            risk: "LOW",
            user: { groups: [CONTRACTORS], enrolledAuthenticators: ["okta_password", "okta_email"] },
        });
        expect(result.rule).to.equal("Phishing-resistant authenticator enrollment");
        expect(result.outcome?.satisfaction?.status).to.equal("NOT_SATISFIED");
    });

    it("names a rule without a name after its place", () => {
        const [rule] = toRuleDefinitions([{ ...useCases.passwordRecoveryAndUnlock(), name: undefined }]);
        expect(rule.name).to.equal("rule 1");
    });

    it("refuses outputs of other resources, naming every place they sit", () => {
        const rules = [
            useCases.authenticatorEnrollment({ groups: [pulumi.output(CONTRACTORS)] }),
            useCases.firstPhishingResistantAuthenticator({ zones: Promise.resolve([OFFICE_ZONE]) }),
        ];
        expect(() => toRuleDefinitions(rules)).to.throw(
            "rules[0].conditions.people.groups.include[0], rules[1].conditions.network.include are Pulumi outputs " +
                'or promises; the evaluator and the guard need plain values, e.g. the group id "00g1emaKYZTWRYYRRTSK" ' +
                "instead of group.id",
        );
    });
});
