/**
 * The emulated org and every change Okta's Management API can make to it, with Okta's semantics: rule priorities,
 * the catch-all rule, the read-only account management policy, validation and normalisation. No HTTP: operations
 * take JSON bodies, return stored objects and throw {@link OktaError}. A refused change leaves the org untouched.
 */
import { rewriteOktaVerifyComparisons } from "./flexibleOktaVerify";
import { buildGroup, validateGroup } from "./groups";
import { generateId, ID_PREFIXES } from "./ids";
import { isJsonEqual, isJsonObject, type JsonObject } from "./json";
import {
    createNotFoundError,
    createPermissionError,
    createReadOnlyAttributeError,
    createReadOnlyObjectError,
    createMethodNotAllowedError,
    createValidationError,
    OktaError,
    type ValidationCause,
} from "./oktaError";
import type { OrgState, ServiceApp, StoredPolicy, StoredRule } from "./orgState";
import { replacePasswordRule, validatePasswordRule } from "./passwordRules";
import { CATCH_ALL_PRIORITY, findBottomPriority, placeRule } from "./priority";
import { normaliseRuleBody } from "./ruleNormalisation";
import { validateAccessRule } from "./ruleValidation";
import { formatNextLastUpdated, formatOktaTimestamp } from "./timestamps";
import { buildZone, validateZone } from "./zones";

/** Filters of the policy list, e.g. `{ type: "ACCESS_POLICY", status: "ACTIVE", q: "Okta" }`. */
export interface PolicyFilter {
    type: string;
    status?: string;
    q?: string;
}

/** The org, mutated only through its methods. E.g. `new OrgStore(createSeedOrg()).listRules(SEED_IDS.accountManagementPolicy)`. */
export class OrgStore {
    private flexibleOktaVerify = false;
    private readonly listeners: Array<(state: OrgState) => void> = [];

    constructor(
        private state: OrgState,
        private readonly clock: () => Date = () => new Date(),
    ) {}

    /** Calls `listener` with the new state after every successful change (the state file writer listens here). */
    onChange(listener: (state: OrgState) => void): void {
        this.listeners.push(listener);
    }

    /** A deep copy of the whole org, e.g. for `GET /__emulator/state` or to compare before and after a request. */
    snapshot(): OrgState {
        return structuredClone(this.state);
    }

    /** Replaces the whole org, e.g. with a fresh seed on reset. */
    restore(state: OrgState): void {
        this.change(() => {
            this.state = structuredClone(state);
        });
    }

    /**
     * Turns Flexible Okta Verify on or off. Turning it on rewrites the expressions of the stored rules, as Okta does
     * when an admin enables the feature; every later write is rewritten too.
     */
    setFlexibleOktaVerify(enabled: boolean): void {
        const turnedOn = enabled && !this.flexibleOktaVerify;
        this.flexibleOktaVerify = enabled;
        if (!turnedOn) {
            return;
        }
        this.change(() => {
            for (const rule of this.state.rules) {
                const conditions = rule.body.conditions;
                const el = isJsonObject(conditions) ? conditions.elCondition : undefined;
                if (isJsonObject(el) && typeof el.condition === "string") {
                    el.condition = rewriteOktaVerifyComparisons(el.condition);
                }
            }
        });
    }

    /** Policies of one type, in store order, e.g. `listPolicies({ type: "ACCESS_POLICY" })` → the three seeded ones. */
    listPolicies(filter: PolicyFilter): StoredPolicy[] {
        const q = filter.q?.toLowerCase();
        return this.state.policies.filter(
            policy =>
                policy.body.type === filter.type &&
                (filter.status === undefined || policy.body.status === filter.status) &&
                (q === undefined || String(policy.body.name).toLowerCase().startsWith(q)),
        );
    }

    /** One policy; 404 E0000007 `(Policy)` when there is none with that id. */
    getPolicy(policyId: string): StoredPolicy {
        const policy = this.state.policies.find(candidate => candidate.body.id === policyId);
        if (policy === undefined) {
            throw createNotFoundError(policyId, "Policy");
        }
        return policy;
    }

    /**
     * The refusal of a write to a policy (PUT, DELETE, lifecycle): 403 E0000111 for the read-only account
     * management policy; 405 for the others, whose writes this emulator does not implement.
     */
    refusePolicyWrite(policyId: string, operation: string): OktaError {
        const policy = this.getPolicy(policyId);
        if (policy.kind === "accountManagement") {
            return createReadOnlyObjectError(String(policy.body.name), [
                `${operation}: the account management policy is read-only; manage its rules under /api/v1/policies/${policyId}/rules instead.`,
            ]);
        }
        return createMethodNotAllowedError([
            `${operation}: this emulator does not change policies, only their rules.`,
        ]);
    }

    /** The policy's rules as Okta lists them: by priority, system rules (the catch-all) last. */
    listRules(policyId: string): StoredRule[] {
        this.getPolicy(policyId);
        return this.state.rules
            .filter(rule => rule.policyId === policyId)
            .sort((a, b) => sortKey(a) - sortKey(b));
    }

    /** One rule of a policy; 404 `(Policy)` or `(PolicyRule)` when either is missing. */
    getRule(policyId: string, ruleId: string): StoredRule {
        this.getPolicy(policyId);
        const rule = this.state.rules.find(
            candidate => candidate.policyId === policyId && candidate.body.id === ruleId,
        );
        if (rule === undefined) {
            throw createNotFoundError(ruleId, "PolicyRule");
        }
        return rule;
    }

    /**
     * Creates a rule in an ACCESS_POLICY policy (`activate` false → INACTIVE). Without `priority` it goes to the
     * bottom (above the catch-all); with one, occupants are pushed down ({@link placeRule}).
     */
    createRule(policyId: string, body: JsonObject, activate: boolean): StoredRule {
        const policy = this.getPolicy(policyId);
        if (policy.kind === "password") {
            throw createMethodNotAllowedError([
                "POST: this emulator creates rules in ACCESS_POLICY policies only; replace the PASSWORD policy's Default Rule instead.",
            ]);
        }
        const siblings = this.listRules(policyId);
        this.throwIfInvalid(
            validateAccessRule(body, {
                references: this.collectReferences(),
                systemRule: false,
                otherRuleNames: new Set(siblings.map(rule => String(rule.body.name))),
            }),
        );
        const id = generateId(ID_PREFIXES.accessRule);
        const current = collectPriorities(siblings);
        const target =
            typeof body.priority === "number" ? body.priority : findBottomPriority(current.values());
        const timestamp = formatOktaTimestamp(this.clock());
        const rule: StoredRule = {
            policyId,
            body: {
                id,
                status: activate ? "ACTIVE" : "INACTIVE",
                priority: target,
                created: timestamp,
                lastUpdated: timestamp,
                system: false,
                ...normaliseRuleBody(body, false, this.normalisationOptions(policy)),
                type: "ACCESS_POLICY",
            },
        };
        this.change(() => {
            this.state.rules.push(rule);
            this.applyPriorities(siblings, placeRule(current, id, target));
        });
        return rule;
    }

    /**
     * Replaces a rule (PUT): fields absent from `body` are removed, read-only fields in it are ignored, `lastUpdated`
     * moves on. Without `priority` the rule keeps its place. On the catch-all only `actions` may change.
     */
    replaceRule(policyId: string, ruleId: string, body: JsonObject): StoredRule {
        const policy = this.getPolicy(policyId);
        const rule = this.getRule(policyId, ruleId);
        const siblings = this.listRules(policyId).filter(sibling => sibling !== rule);
        const otherRuleNames = new Set(siblings.map(sibling => String(sibling.body.name)));
        const lastUpdated = formatNextLastUpdated(String(rule.body.lastUpdated), this.clock());
        if (policy.kind === "password") {
            this.throwIfInvalid(validatePasswordRule(body, otherRuleNames));
            const replaced = replacePasswordRule(rule.body, body, lastUpdated);
            this.change(() => {
                rule.body = replaced;
            });
            return rule;
        }
        if (rule.body.system === true) {
            return this.replaceSystemRule(policy, rule, body, otherRuleNames, lastUpdated);
        }
        this.throwIfInvalid(
            validateAccessRule(body, {
                references: this.collectReferences(),
                systemRule: false,
                otherRuleNames,
            }),
        );
        const current = collectPriorities([...siblings, rule]);
        const replaced: JsonObject = {
            id: rule.body.id,
            status: rule.body.status,
            priority: rule.body.priority,
            created: rule.body.created,
            lastUpdated,
            system: false,
            ...normaliseRuleBody(body, false, this.normalisationOptions(policy)),
            type: "ACCESS_POLICY",
        };
        this.change(() => {
            rule.body = replaced;
            if (typeof body.priority === "number") {
                this.applyPriorities([...siblings, rule], placeRule(current, ruleId, body.priority));
            }
        });
        return rule;
    }

    /** Deletes a rule; the gap it leaves stays. System rules cannot be deleted (403 E0000006). */
    deleteRule(policyId: string, ruleId: string): void {
        const rule = this.getRule(policyId, ruleId);
        if (rule.body.system === true) {
            throw createPermissionError([
                `'${String(rule.body.name)}' (${ruleId}) is a system rule and cannot be deleted; change its actions with PUT instead.`,
            ]);
        }
        this.change(() => {
            this.state.rules = this.state.rules.filter(candidate => candidate !== rule);
        });
    }

    /** Activates or deactivates a rule. System rules cannot be deactivated (403 E0000006). */
    setRuleStatus(policyId: string, ruleId: string, status: "ACTIVE" | "INACTIVE"): void {
        const rule = this.getRule(policyId, ruleId);
        if (rule.body.system === true && status === "INACTIVE") {
            throw createPermissionError([
                `'${String(rule.body.name)}' (${ruleId}) is a system rule and cannot be deactivated; it must stay ACTIVE.`,
            ]);
        }
        if (rule.body.status === status) {
            return;
        }
        this.change(() => {
            rule.body.status = status;
            rule.body.lastUpdated = formatNextLastUpdated(String(rule.body.lastUpdated), this.clock());
        });
    }

    /** Groups whose name starts with `q` (case-insensitive), or all groups. */
    listGroups(q?: string): JsonObject[] {
        const prefix = q?.toLowerCase();
        return this.state.groups.filter(
            group => prefix === undefined || groupName(group).toLowerCase().startsWith(prefix),
        );
    }

    /** One group; 404 `(UserGroup)`. */
    getGroup(groupId: string): JsonObject {
        const group = this.state.groups.find(candidate => candidate.id === groupId);
        if (group === undefined) {
            throw createNotFoundError(groupId, "UserGroup");
        }
        return group;
    }

    /** Creates an `OKTA_GROUP` from `{ profile: { name, description } }`. */
    createGroup(body: JsonObject): JsonObject {
        this.throwIfInvalid(validateGroup(body, new Set(this.state.groups.map(groupName))));
        const group = buildGroup(generateId(ID_PREFIXES.group), body, formatOktaTimestamp(this.clock()));
        this.change(() => {
            this.state.groups.push(group);
        });
        return group;
    }

    /** Replaces a group's profile. The built-in Everyone group cannot be changed (403 E0000006). */
    replaceGroup(groupId: string, body: JsonObject): JsonObject {
        const group = this.getWritableGroup(groupId, "changed");
        const others = this.state.groups.filter(candidate => candidate !== group);
        this.throwIfInvalid(validateGroup(body, new Set(others.map(groupName))));
        this.change(() => {
            group.profile = body.profile ?? null;
            group.lastUpdated = formatNextLastUpdated(String(group.lastUpdated), this.clock());
        });
        return group;
    }

    /** Deletes a group. The built-in Everyone group cannot be deleted (403 E0000006). */
    deleteGroup(groupId: string): void {
        const group = this.getWritableGroup(groupId, "deleted");
        this.change(() => {
            this.state.groups = this.state.groups.filter(candidate => candidate !== group);
        });
    }

    /** All network zones, system zones first. */
    listZones(): JsonObject[] {
        return [...this.state.zones];
    }

    /** One zone; 404 `(NetworkZone)`. */
    getZone(zoneId: string): JsonObject {
        const zone = this.state.zones.find(candidate => candidate.id === zoneId);
        if (zone === undefined) {
            throw createNotFoundError(zoneId, "NetworkZone");
        }
        return zone;
    }

    /** Creates an ACTIVE zone (IP with gateways/proxies, or DYNAMIC). */
    createZone(body: JsonObject): JsonObject {
        this.throwIfInvalid(validateZone(body, new Set(this.state.zones.map(zone => String(zone.name)))));
        const zone = buildZone(generateId(ID_PREFIXES.zone), body, formatOktaTimestamp(this.clock()));
        this.change(() => {
            this.state.zones.push(zone);
        });
        return zone;
    }

    /** Replaces a zone; its type cannot change, and a system zone keeps its name (403 E0000077). */
    replaceZone(zoneId: string, body: JsonObject): JsonObject {
        const zone = this.getZone(zoneId);
        if (zone.system === true && body.name !== zone.name) {
            throw createReadOnlyAttributeError("name", [
                `'${String(zone.name)}' is a system zone; keep its name.`,
            ]);
        }
        const others = this.state.zones.filter(candidate => candidate !== zone);
        const causes = validateZone(body, new Set(others.map(other => String(other.name))));
        if (body.type !== undefined && body.type !== zone.type) {
            causes.push({
                field: "type",
                message: `cannot change from '${String(zone.type)}' to '${String(body.type)}'; create a new zone.`,
            });
        }
        this.throwIfInvalid(causes);
        const replaced = buildZone(
            zoneId,
            body,
            formatNextLastUpdated(String(zone.lastUpdated), this.clock()),
            zone,
        );
        this.change(() => {
            this.state.zones = this.state.zones.map(candidate => (candidate === zone ? replaced : candidate));
        });
        return replaced;
    }

    /** Deletes an INACTIVE, non-system zone; an ACTIVE one is refused as Okta does (400 E0000001). */
    deleteZone(zoneId: string): void {
        const zone = this.getZone(zoneId);
        if (zone.system === true) {
            throw createPermissionError([
                `'${String(zone.name)}' (${zoneId}) is a system zone and cannot be deleted.`,
            ]);
        }
        if (zone.status === "ACTIVE") {
            throw new OktaError(
                400,
                "E0000001",
                `Api validation failed: The zone: ${String(zone.name)} is an active zone. Active zones cannot be deleted.`,
                [
                    `id: The zone: ${zoneId} is an active zone. Active zones cannot be deleted. Deactivate it first (POST /api/v1/zones/${zoneId}/lifecycle/deactivate).`,
                ],
            );
        }
        this.change(() => {
            this.state.zones = this.state.zones.filter(candidate => candidate !== zone);
        });
    }

    /** Activates or deactivates a zone and returns it. */
    setZoneStatus(zoneId: string, status: "ACTIVE" | "INACTIVE"): JsonObject {
        const zone = this.getZone(zoneId);
        if (zone.status !== status) {
            this.change(() => {
                zone.status = status;
                zone.lastUpdated = formatNextLastUpdated(String(zone.lastUpdated), this.clock());
            });
        }
        return zone;
    }

    /** Registers (or replaces) a service app allowed to get tokens with a signed client assertion. */
    registerServiceApp(app: ServiceApp): void {
        this.change(() => {
            this.state.serviceApps = [
                ...this.state.serviceApps.filter(other => other.clientId !== app.clientId),
                app,
            ];
        });
    }

    /** The service app with this client id, or `undefined`. */
    findServiceApp(clientId: string): ServiceApp | undefined {
        return this.state.serviceApps.find(app => app.clientId === clientId);
    }

    private replaceSystemRule(
        policy: StoredPolicy,
        rule: StoredRule,
        body: JsonObject,
        otherRuleNames: ReadonlySet<string>,
        lastUpdated: string,
    ): StoredRule {
        const changed: string[] = [];
        if (
            body.conditions !== undefined &&
            body.conditions !== null &&
            !isJsonEqual(body.conditions, rule.body.conditions)
        ) {
            changed.push("conditions");
        }
        if (body.name !== undefined && body.name !== rule.body.name) {
            changed.push("name");
        }
        if (body.priority !== undefined && body.priority !== null && body.priority !== CATCH_ALL_PRIORITY) {
            changed.push("priority");
        }
        if (changed.length > 0) {
            throw createReadOnlyAttributeError(
                changed[0],
                changed.map(
                    attribute =>
                        `${attribute}: '${String(rule.body.name)}' is a system rule; only its actions can change. Send its current ${attribute} or leave it out.`,
                ),
            );
        }
        const effective: JsonObject = { ...body, name: rule.body.name, priority: null, conditions: null };
        this.throwIfInvalid(
            validateAccessRule(effective, {
                references: this.collectReferences(),
                systemRule: true,
                otherRuleNames,
            }),
        );
        const replaced: JsonObject = {
            id: rule.body.id,
            status: rule.body.status,
            priority: CATCH_ALL_PRIORITY,
            created: rule.body.created,
            lastUpdated,
            system: true,
            ...normaliseRuleBody(effective, true, this.normalisationOptions(policy)),
            type: "ACCESS_POLICY",
        };
        this.change(() => {
            rule.body = replaced;
        });
        return rule;
    }

    private getWritableGroup(groupId: string, verb: string): JsonObject {
        const group = this.getGroup(groupId);
        if (group.type === "BUILT_IN") {
            throw createPermissionError([
                `'${groupName(group)}' (${groupId}) is a built-in group and cannot be ${verb}.`,
            ]);
        }
        return group;
    }

    private normalisationOptions(policy: StoredPolicy): {
        accountManagementPolicy: boolean;
        flexibleOktaVerify: boolean;
    } {
        return {
            accountManagementPolicy: policy.kind === "accountManagement",
            flexibleOktaVerify: this.flexibleOktaVerify,
        };
    }

    private collectReferences(): { groupIds: Set<string>; zoneIds: Set<string> } {
        return {
            groupIds: new Set(this.state.groups.map(group => String(group.id))),
            zoneIds: new Set(this.state.zones.map(zone => String(zone.id))),
        };
    }

    private throwIfInvalid(causes: ValidationCause[]): void {
        if (causes.length > 0) {
            throw createValidationError(causes);
        }
    }

    private applyPriorities(rules: StoredRule[], priorities: ReadonlyMap<string, number>): void {
        for (const rule of rules) {
            const priority = priorities.get(String(rule.body.id));
            if (priority !== undefined) {
                rule.body.priority = priority;
            }
        }
    }

    private change(mutation: () => void): void {
        const backup = structuredClone(this.state);
        try {
            mutation();
        } catch (error) {
            this.state = backup;
            throw error;
        }
        for (const listener of this.listeners) {
            listener(this.state);
        }
    }
}

function sortKey(rule: StoredRule): number {
    const priority = typeof rule.body.priority === "number" ? rule.body.priority : 0;
    return rule.body.system === true ? Number.MAX_SAFE_INTEGER : priority;
}

function collectPriorities(rules: StoredRule[]): Map<string, number> {
    const priorities = new Map<string, number>();
    for (const rule of rules) {
        if (rule.body.system !== true && typeof rule.body.priority === "number") {
            priorities.set(String(rule.body.id), rule.body.priority);
        }
    }
    return priorities;
}

function groupName(group: JsonObject): string {
    return isJsonObject(group.profile) ? String(group.profile.name) : "";
}
