import { expect } from "chai";
import { explainWrongPolicy, selectAccountManagementPolicy } from "../../provider/policy/select";
import type { OktaPolicy } from "../../provider/rule/types";

const policy = (id: string, name: string, resourceType?: string, system = false): OktaPolicy => ({
    id,
    name,
    type: "ACCESS_POLICY",
    status: "ACTIVE",
    system,
    ...(resourceType ? { _embedded: { resourceType } } : {}),
});
const anyTwoFactors = policy("rstApp1", "Any two factors", "APP", true);
const endUserSettings = policy("rstApp2", "Okta End User Settings", "APP");
const accountManagement = policy("rstAmp1", "Okta Account Management Policy", "END_USER_ACCOUNT_MANAGEMENT");

describe("finding the account management policy", () => {
    it("picks the policy whose resource type is END_USER_ACCOUNT_MANAGEMENT, not the system one", () => {
        expect(selectAccountManagementPolicy([anyTwoFactors, endUserSettings, accountManagement])).to.equal(
            accountManagement,
        );
    });

    it("falls back to the name only when Okta gives no resource type at all", () => {
        const bare = policy("rstAmp2", "Okta Account Management Policy");
        expect(selectAccountManagementPolicy([policy("rstX", "Any two factors"), bare])).to.equal(bare);
        const renamedApp = policy("rstApp3", "Okta Account Management Policy", "APP");
        expect(selectAccountManagementPolicy([renamedApp])).to.equal(undefined);
    });

    it("finds nothing in an org without the feature", () => {
        expect(selectAccountManagementPolicy([anyTwoFactors, endUserSettings])).to.equal(undefined);
    });

    it("accepts the account management policy's id and explains any other", () => {
        const all = [anyTwoFactors, endUserSettings, accountManagement];
        expect(explainWrongPolicy(all, "rstAmp1")).to.equal(undefined);
        expect(explainWrongPolicy(all, "rstApp2")).to.match(
            /"Okta End User Settings", an app sign-in policy .*use .*"rstAmp1"/,
        );
        expect(explainWrongPolicy(all, "00pPassword")).to.match(/not an ACCESS_POLICY of this org/);
    });
});
