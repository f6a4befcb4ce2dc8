/**
 * Reads of one policy's rules shared by concurrent callers. A refresh asks for every rule of the stack at once;
 * instead of one GET per rule, the reads that arrive while a list of the policy is in flight wait for that list.
 * A read never gets an answer older than its own request: a list is shared only while it is in flight.
 */
import type { OktaRule } from "../rule/types";
import type { OktaApi } from "./oktaApi";
import { listRules } from "./ruleApi";

const inFlight = new WeakMap<OktaApi, Map<string, Promise<OktaRule[]>>>();

/** The rules of `policyId`, from a list started now or one already in flight, e.g. for 100 concurrent reads: 1 call. */
export function listRulesShared(api: OktaApi, policyId: string): Promise<OktaRule[]> {
    let lists = inFlight.get(api);
    if (!lists) inFlight.set(api, (lists = new Map()));
    const running = lists.get(policyId);
    if (running) return running;
    const started = listRules(api, policyId);
    lists.set(policyId, started);
    const forget = () => lists.delete(policyId);
    started.then(forget, forget);
    return started;
}
