/**
 * The account management policy of an Okta org, as Okta's guide configures it: the three use-case rules and the
 * password-policy switch that sends recovery through the policy. See README.md.
 */
import {
    AccountManagementPolicyRule,
    getAccountManagementPolicyOutput,
    PasswordRecoveryAccessControl,
    useCases,
} from "pulumi-okta-account-management";
import { declareGroupsAndZones } from "./groupsAndZones";

const { target: okta, adminsGroupId, officeZoneId } = declareGroupsAndZones();
const policy = getAccountManagementPolicyOutput();

// Rules are written top-down (dependsOn), so that no create pushes an earlier rule out of its priority.
const firstPhishingResistant = new AccountManagementPolicyRule("first-phishing-resistant-authenticator", {
    policyId: policy.id,
    ...useCases.firstPhishingResistantAuthenticator({ zones: [officeZoneId], groups: [adminsGroupId] }),
});
const enrollment = new AccountManagementPolicyRule(
    "authenticator-enrollment",
    { policyId: policy.id, ...useCases.authenticatorEnrollment() },
    { dependsOn: [firstPhishingResistant] },
);
const recovery = new AccountManagementPolicyRule(
    "password-recovery-and-unlock",
    { policyId: policy.id, ...useCases.passwordRecoveryAndUnlock() },
    { dependsOn: [enrollment] },
);

// Only now send recovery and unlock of the default password policy's users to the account management policy.
const recoveryAccessControl = new PasswordRecoveryAccessControl(
    "password-recovery-access-control",
    { accessControl: "AUTH_POLICY" },
    { dependsOn: [recovery] },
);

export const target = okta;
export const policyId = policy.id;
export const ruleIds = {
    firstPhishingResistantAuthenticator: firstPhishingResistant.id,
    authenticatorEnrollment: enrollment.id,
    passwordRecoveryAndUnlock: recovery.id,
};
export const passwordRules = recoveryAccessControl.rules;
