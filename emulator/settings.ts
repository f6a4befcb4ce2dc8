/**
 * The emulator's run-time settings, which `POST /__emulator/config` changes while it runs, and their validation.
 */
import { describe } from "./fieldChecks";
import { isJsonObject, type JsonValue } from "./json";
import type { RateLimit } from "./rateLimiter";

/**
 * Settings, e.g. `{ latencyMs: 0, rateLimit: { limit: 600, windowSeconds: 60 }, flexibleOktaVerify: false, tokenTtlSeconds: 3600 }`.
 */
export interface EmulatorSettings {
    /** Added before answering every `/api` and `/oauth2` request. */
    latencyMs: number;
    /** Requests per window for `/api`. */
    rateLimit: RateLimit;
    /** Rewrite `okta_verify` comparisons in rule expressions as Okta does with Flexible Okta Verify. */
    flexibleOktaVerify: boolean;
    /** Lifetime of access tokens issued to service apps; 0 makes every token expire at once. */
    tokenTtlSeconds: number;
}

/** A change of settings; `rateLimit.windowSeconds` may be left out (60). E.g. `{ rateLimit: { limit: 2 } }`. */
export interface SettingsChange {
    latencyMs?: number;
    rateLimit?: { limit: number; windowSeconds?: number };
    flexibleOktaVerify?: boolean;
    tokenTtlSeconds?: number;
}

/** Settings of an emulator started without options: no latency, 600 requests per 60 s, Flexible Okta Verify off, 3600 s tokens. */
export const DEFAULT_SETTINGS: EmulatorSettings = {
    latencyMs: 0,
    rateLimit: { limit: 600, windowSeconds: 60 },
    flexibleOktaVerify: false,
    tokenTtlSeconds: 3600,
};

/** `settings` with `change` applied, e.g. `applySettingsChange(DEFAULT_SETTINGS, { latencyMs: 50 })`. */
export function applySettingsChange(settings: EmulatorSettings, change: SettingsChange): EmulatorSettings {
    return {
        latencyMs: change.latencyMs ?? settings.latencyMs,
        rateLimit:
            change.rateLimit === undefined
                ? settings.rateLimit
                : { limit: change.rateLimit.limit, windowSeconds: change.rateLimit.windowSeconds ?? 60 },
        flexibleOktaVerify: change.flexibleOktaVerify ?? settings.flexibleOktaVerify,
        tokenTtlSeconds: change.tokenTtlSeconds ?? settings.tokenTtlSeconds,
    };
}

/**
 * A settings change from a request body, or the list of its problems, e.g. `parseSettingsChange({ latencyMs: -1 })`
 * → `["latencyMs: -1 is not a non-negative number; send e.g. 0 or 50."]`. Unknown keys are problems too.
 */
export function parseSettingsChange(value: JsonValue): SettingsChange | string[] {
    if (!isJsonObject(value)) {
        return [`body: ${describe(value)} is not an object; send e.g. { "latencyMs": 50 }.`];
    }
    const problems: string[] = [];
    const known = ["latencyMs", "rateLimit", "flexibleOktaVerify", "tokenTtlSeconds"];
    for (const key of Object.keys(value).filter(key => !known.includes(key))) {
        problems.push(`${key}: not a setting; use ${known.join(", ")}.`);
    }
    for (const key of ["latencyMs", "tokenTtlSeconds"]) {
        const number = value[key];
        if (number !== undefined && (typeof number !== "number" || number < 0)) {
            problems.push(`${key}: ${describe(number)} is not a non-negative number; send e.g. 0 or 50.`);
        }
    }
    if (value.flexibleOktaVerify !== undefined && typeof value.flexibleOktaVerify !== "boolean") {
        problems.push(`flexibleOktaVerify: ${describe(value.flexibleOktaVerify)} is not a boolean.`);
    }
    const rateLimit = value.rateLimit;
    if (rateLimit !== undefined) {
        const limit = isJsonObject(rateLimit) ? rateLimit.limit : undefined;
        const window = isJsonObject(rateLimit) ? rateLimit.windowSeconds : undefined;
        if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0) {
            problems.push(
                `rateLimit.limit: ${describe(limit)} is not a whole number of requests; send e.g. { "limit": 10 }.`,
            );
        }
        if (window !== undefined && (typeof window !== "number" || window <= 0)) {
            problems.push(
                `rateLimit.windowSeconds: ${describe(window)} is not a positive number of seconds.`,
            );
        }
    }
    return problems.length > 0 ? problems : (value as unknown as SettingsChange);
}
