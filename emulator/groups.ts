/**
 * Okta groups, as far as rules need them: validation of a group body and the group Okta stores. Pure.
 */
import { CauseCollector } from "./fieldChecks";
import type { JsonObject } from "./json";
import type { ValidationCause } from "./oktaError";

/**
 * Every problem of a group body (create or replace), e.g. `validateGroup({ profile: { name: "" } }, new Set())` →
 * `[{ field: "profile.name", message: "The field cannot be left blank ..." }]`. `otherNames` are the names of the
 * org's other groups: a name must be unique.
 */
export function validateGroup(body: JsonObject, otherNames: ReadonlySet<string>): ValidationCause[] {
    const collector = new CauseCollector();
    const profile = collector.object(body.profile, "profile");
    if (profile === undefined) {
        collector.add("profile", 'The field cannot be left blank; send { "profile": { "name": "Admins" } }.');
        return collector.causes;
    }
    collector.text(profile.name, "profile.name");
    if (typeof profile.name === "string" && otherNames.has(profile.name)) {
        collector.add(
            "profile.name",
            `An object with this field already exists in the current organization ('${profile.name}'); choose another name.`,
        );
    }
    if (
        profile.description !== undefined &&
        profile.description !== null &&
        typeof profile.description !== "string"
    ) {
        collector.add("profile.description", "is not a string; send text or null.");
    }
    return collector.causes;
}

/**
 * The stored form of a new group (an `OKTA_GROUP`) made from a valid body, e.g.
 * `{ id: "00g...", created, lastUpdated, lastMembershipUpdated, objectClass: ["okta:user_group"], type: "OKTA_GROUP", profile }`.
 */
export function buildGroup(id: string, body: JsonObject, timestamp: string): JsonObject {
    return {
        id,
        created: timestamp,
        lastUpdated: timestamp,
        lastMembershipUpdated: timestamp,
        objectClass: ["okta:user_group"],
        type: "OKTA_GROUP",
        profile: body.profile ?? null,
    };
}
