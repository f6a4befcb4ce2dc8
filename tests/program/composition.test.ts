import { expect } from "chai";
import * as okta from "@pulumi/okta";
import { AccountManagementPolicyRule } from "../../provider/resources/accountManagementPolicyRule";
import { recordRegistrations } from "../support/registrations";

describe("a rule composed with @pulumi/okta resources (under setMocks)", () => {
    it("receives the ids of groups and network zones created in the same program", async () => {
        const registrations = await recordRegistrations(() => {
            const admins = new okta.group.Group("admins", { name: "Admins" });
            const office = new okta.network.Zone("office", {
                name: "Office",
                type: "IP",
                gateways: ["203.0.113.0/24"],
            });
            const rule = new AccountManagementPolicyRule("first-phishing-resistant", {
                priority: 0,
                conditions: {
                    people: { groups: { include: [admins.id] } },
                    network: { connection: "ZONE", include: [office.id] },
                },
                actions: {
                    appSignOn: {
                        access: "ALLOW",
                        verificationMethod: { type: "ASSURANCE", factorMode: "2FA" },
                    },
                },
            });
            return [admins, office, rule];
        });
        const rule = registrations.find(r => r.name === "first-phishing-resistant")!;
        expect(rule.type).to.equal("pulumi-nodejs:dynamic/okta:AccountManagementPolicyRule");
        expect(rule.inputs.conditions).to.deep.equal({
            people: { groups: { include: ["admins-id"] } },
            network: { connection: "ZONE", include: ["office-id"] },
        });
        expect(rule.inputs.name).to.equal("first-phishing-resistant");
        expect(rule.inputs.__provider).to.be.a("string");
    });
});
