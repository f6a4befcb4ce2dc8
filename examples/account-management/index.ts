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

/** Where the stack points: `"okta"` (a real org) or `"emulator"`. */
export const target = okta;
/** The account management policy's id, e.g. `"rst5czs80uoZHaUxK0g7"`. */
export const policyId = policy.id;
/** Okta's ids of the three rules, e.g. `{ firstPhishingResistantAuthenticator: "rul2p9xACRTDf9qZV0g4", ... }`. */
export const ruleIds = {
    firstPhishingResistantAuthenticator: firstPhishingResistant.id,
    authenticatorEnrollment: enrollment.id,
    passwordRecoveryAndUnlock: recovery.id,
};
/** Each password rule's recovery setting now and before, e.g. `[{ name: "Default Rule", accessControl: "AUTH_POLICY", previousAccessControl: "LEGACY", ... }]`. */
export const passwordRules = recoveryAccessControl.rules;
