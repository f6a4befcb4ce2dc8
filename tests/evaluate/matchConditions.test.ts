import { expect } from "chai";
import {
    matchConditions,
    toExpressionFacts,
    type AccessRequest,
    type ConditionName,
    type MatchStatus,
} from "../../provider/evaluate";
import type { RuleConditions } from "../../provider/rule/types";

const BASE: AccessRequest = {
    operation: "enroll",
    authenticator: { key: "webauthn" },
    user: { id: "00u1alice", groups: ["00g1staff"], userType: "oty1default" },
    zones: ["nzo1office"],
    risk: "LOW",
    platform: { type: "DESKTOP", os: "MACOS" },
    device: { registered: true, managed: false, assurance: ["dae1basic"] },
};

interface Case {
    title: string;
    conditions: RuleConditions;
    request?: Partial<AccessRequest>;
    condition: ConditionName;
    status: MatchStatus;
    missing?: string[];
}

const CASES: Case[] = [
    {
        title: "an empty users include matches anyone",
        conditions: { people: { users: { include: [] } } },
        condition: "people.users",
        status: "MATCH",
    },
    {
        title: "an excluded user does not match",
        conditions: { people: { users: { exclude: ["00u1alice"] } } },
        condition: "people.users",
        status: "NOT_MATCH",
    },
    {
        title: "a users condition with an unknown user id is undetermined",
        conditions: { people: { users: { include: ["00u1alice"] } } },
        request: { user: { groups: [] } },
        condition: "people.users",
        status: "UNDETERMINED",
        missing: ["user.id"],
    },
    {
        title: "membership in any included group matches",
        conditions: { people: { groups: { include: ["00g9", "00g1staff"] } } },
        condition: "people.groups",
        status: "MATCH",
    },
    {
        title: "membership in no included group does not match",
        conditions: { people: { groups: { include: ["00g9"] } } },
        condition: "people.groups",
        status: "NOT_MATCH",
    },
    {
        title: "an excluded group beats an included one",
        conditions: { people: { groups: { include: ["00g1staff"], exclude: ["00g2"] } } },
        request: { user: { groups: ["00g1staff", "00g2"] } },
        condition: "people.groups",
        status: "NOT_MATCH",
    },
    {
        title: "a user type outside the include does not match",
        conditions: { userType: { include: ["oty2partner"], exclude: [] } },
        condition: "userType",
        status: "NOT_MATCH",
    },
    {
        title: "ANYWHERE matches from no zone",
        conditions: { network: { connection: "ANYWHERE" } },
        request: { zones: [] },
        condition: "network",
        status: "MATCH",
    },
    {
        title: "a ZONE include matches an IP in a listed zone",
        conditions: { network: { connection: "ZONE", include: ["nzo1office"] } },
        condition: "network",
        status: "MATCH",
    },
    {
        title: "a ZONE exclude refuses an IP in a listed zone",
        conditions: { network: { connection: "ZONE", exclude: ["nzo1office"] } },
        condition: "network",
        status: "NOT_MATCH",
    },
    {
        title: "ALL_ZONES included matches an IP in any zone",
        conditions: { network: { connection: "ZONE", include: ["ALL_ZONES"] } },
        condition: "network",
        status: "MATCH",
    },
    {
        title: "ALL_ZONES included refuses an IP in no zone",
        conditions: { network: { connection: "ZONE", include: ["ALL_ZONES"] } },
        request: { zones: [] },
        condition: "network",
        status: "NOT_MATCH",
    },
    {
        title: "a ZONE condition with unknown zones is undetermined",
        conditions: { network: { connection: "ZONE", include: ["nzo1office"] } },
        request: { zones: undefined },
        condition: "network",
        status: "UNDETERMINED",
        missing: ["zones"],
    },
    {
        title: "a ZONE condition without include or exclude is undetermined (Okta refuses it)",
        conditions: { network: { connection: "ZONE" } },
        condition: "network",
        status: "UNDETERMINED",
    },
    {
        title: "risk ANY matches any level",
        conditions: { riskScore: { level: "ANY" } },
        request: { risk: "HIGH" },
        condition: "riskScore",
        status: "MATCH",
    },
    {
        title: "risk LOW does not match MEDIUM (the level is exact, not a floor)",
        conditions: { riskScore: { level: "LOW" } },
        request: { risk: "MEDIUM" },
        condition: "riskScore",
        status: "NOT_MATCH",
    },
    {
        title: "a platform type ANY with a matching OS matches",
        conditions: { platform: { include: [{ type: "ANY", os: { type: "MACOS" } }] } },
        condition: "platform",
        status: "MATCH",
    },
    {
        title: "a platform of another type does not match",
        conditions: { platform: { include: [{ type: "MOBILE" }] } },
        condition: "platform",
        status: "NOT_MATCH",
    },
    {
        title: "an OS version condition is undetermined (versions are not modelled)",
        conditions: {
            platform: {
                include: [
                    {
                        type: "DESKTOP",
                        os: { type: "MACOS", version: { matchType: "SEMVER", value: "14.0" } },
                    },
                ],
            },
        },
        condition: "platform",
        status: "UNDETERMINED",
    },
    {
        title: "a registered device matches registered: true",
        conditions: { device: { registered: true } },
        condition: "device",
        status: "MATCH",
    },
    {
        title: "an unmanaged device does not match managed: true",
        conditions: { device: { registered: true, managed: true } },
        condition: "device",
        status: "NOT_MATCH",
    },
    {
        title: "a device passing some but not all assurance policies is undetermined (any-vs-all is not documented)",
        conditions: { device: { assurance: { include: ["dae1basic", "dae2strict"] } } },
        condition: "device",
        status: "UNDETERMINED",
    },
    {
        title: "an unknown device registration is undetermined",
        conditions: { device: { registered: true } },
        request: { device: undefined },
        condition: "device",
        status: "UNDETERMINED",
        missing: ["device.registered"],
    },
    {
        title: "an empty elCondition object matches (Okta's own example sends {})",
        conditions: { elCondition: {} as { condition: string } },
        condition: "elCondition",
        status: "MATCH",
    },
    {
        title: "an expression false for the request does not match",
        conditions: { elCondition: { condition: "accessRequest.operation == 'recover'" } },
        condition: "elCondition",
        status: "NOT_MATCH",
    },
    {
        title: "an expression reading a fact the request leaves out is undetermined and names the fact",
        conditions: {
            elCondition: {
                condition:
                    "accessRequest.operation == 'enroll' && accessRequest.authenticator.key == 'webauthn'",
            },
        },
        request: { authenticator: undefined },
        condition: "elCondition",
        status: "UNDETERMINED",
        missing: ["authenticator"],
    },
    {
        title: "an expression reading the device profile uses the request's device",
        conditions: { elCondition: { condition: "device.profile.managed == false" } },
        condition: "elCondition",
        status: "MATCH",
    },
    {
        title: "an unparseable expression is undetermined",
        conditions: { elCondition: { condition: "accessRequest.operation == " } },
        condition: "elCondition",
        status: "UNDETERMINED",
    },
];

describe("matchConditions", () => {
    for (const c of CASES) {
        it(c.title, () => {
            const results = matchConditions(c.conditions, { ...BASE, ...c.request });
            const found = results.find(r => r.condition === c.condition);
            expect(found?.status, found?.reason).to.equal(c.status);
            expect(found?.missingFacts).to.deep.equal(c.missing ?? []);
            expect(found?.reason).to.be.a("string").and.not.equal("");
        });
    }

    it("reports all eight conditions, those the rule does not set as matching", () => {
        const results = matchConditions(null, BASE);
        expect(results.map(r => [r.condition, r.status])).to.deep.equal([
            ["people.users", "MATCH"],
            ["people.groups", "MATCH"],
            ["userType", "MATCH"],
            ["network", "MATCH"],
            ["riskScore", "MATCH"],
            ["platform", "MATCH"],
            ["device", "MATCH"],
            ["elCondition", "MATCH"],
        ]);
    });

    it("gives the expression evaluator null metadata outside recover, and the request's own on recover", () => {
        expect(toExpressionFacts({ operation: "enroll", user: { groups: [] } }).metadataType).to.equal(null);
        expect(toExpressionFacts({ operation: "recover", user: { groups: [] } }).metadataType).to.equal(
            undefined,
        );
        expect(
            toExpressionFacts({ operation: "recover", metadataType: "expiry", user: { groups: [] } })
                .metadataType,
        ).to.equal("expiry");
        expect(
            toExpressionFacts({ operation: "unlockAccount", authenticator: null, user: { groups: [] } }),
        ).to.include({
            authenticatorKey: null,
            authenticatorId: null,
        });
    });
});
