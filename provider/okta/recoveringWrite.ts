/**
 * Writes that must not be repeated blindly: a create (a second one would be a duplicate) and a PUT that moves a
 * rule (a second one would push the rule below). After an ambiguous failure (no answer, or a 5xx) the caller's
 * `findApplied` looks whether the write took effect; only if not is it sent again.
 */
import { isAmbiguousFailure, OktaRequestError } from "./errors";

/** How many times a write whose answers keep getting lost is sent at most. */
const RECOVERING_WRITE_ATTEMPTS = 4;

/**
 * Runs `write`; after an ambiguous failure returns what `findApplied` finds, or sends `write` again, up to
 * `RECOVERING_WRITE_ATTEMPTS` times with backoff. A refusal after a lost answer (e.g. a duplicate name, because the
 * earlier attempt arrived late) is also checked with `findApplied`, since the write may be ours either way. E.g.
 * `writeRecovering(() => createRule(...), () => findRuleByName(...))`.
 */
export async function writeRecovering<T>(
    write: () => Promise<T>,
    findApplied: () => Promise<T | undefined>,
    onAmbiguous?: () => void,
): Promise<T> {
    for (let attempt = 1; ; attempt++) {
        try {
            return await write();
        } catch (error) {
            const ambiguous = isAmbiguousFailure(error);
            if (!ambiguous && !(attempt > 1 && error instanceof OktaRequestError)) throw error;
            onAmbiguous?.();
            const applied = await findApplied();
            if (applied !== undefined) return applied;
            if (!ambiguous || attempt >= RECOVERING_WRITE_ATTEMPTS) throw error;
            await new Promise(resolve => setTimeout(resolve, 250 * 2 ** (attempt - 1)));
        }
    }
}
