/**
 * Serializes writes to one policy inside the provider process. Okta renumbers priorities on every rule write and
 * answers 423 to writes that overlap; the engine runs resource operations in parallel, so writes queue here.
 */

const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `task` after every earlier task queued under the same key has settled, e.g.
 * `runExclusive("rst1", () => createRule(...))`. Tasks under different keys run in parallel.
 */
export function runExclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
        () => undefined,
        () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
}
