/**
 * Helpers shared by the emulator's tests: raw HTTP calls with Okta's SSWS header, and rule bodies to send.
 */
import { PHISHING_RESISTANT_POSSESSION_EVERY_TIME } from "../support/guideRules";
import type { RunningEmulator } from "../../emulator/index";
import type { OktaErrorBody } from "../../emulator/oktaError";
import type { RuleBody } from "../../provider/rule/types";

/** A raw answer: status, headers and the parsed JSON body (`undefined` when empty), typed as the caller expects. */
export interface RawAnswer<T> {
    status: number;
    headers: Headers;
    body: T;
}

/** Sends one request with `Authorization: SSWS <apiToken>` unless `headers` overrides it; a string body goes as is. */
export async function callApi<T = OktaErrorBody>(
    emulator: RunningEmulator,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
): Promise<RawAnswer<T>> {
    const response = await fetch(`${emulator.orgUrl}${path}`, {
        method,
        headers: {
            Authorization: `SSWS ${emulator.apiToken}`,
            ...(body === undefined ? {} : { "Content-Type": "application/json" }),
            ...headers,
        },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return {
        status: response.status,
        headers: response.headers,
        body: (text === "" ? undefined : JSON.parse(text)) as T,
    };
}

/** The path of a policy's rules, e.g. `rulesPath("rst1")` → `"/api/v1/policies/rst1/rules"`. */
export function rulesPath(policyId: string, ruleId?: string): string {
    return `/api/v1/policies/${policyId}/rules${ruleId === undefined ? "" : `/${ruleId}`}`;
}

/** A valid rule body named `name`, with `priority` when given, e.g. an enrollment rule needing a phishing-resistant factor. */
export function buildRule(name: string, priority?: number, extra: Partial<RuleBody> = {}): RuleBody {
    return {
        name,
        type: "ACCESS_POLICY",
        ...(priority === undefined ? {} : { priority }),
        conditions: { elCondition: { condition: "accessRequest.operation == 'enroll'" } },
        actions: PHISHING_RESISTANT_POSSESSION_EVERY_TIME,
        ...extra,
    };
}
