/**
 * The known key a misspelt one most likely meant, or `undefined` when none is close, e.g.
 * `findClosestKey("condition", ["name", "conditions"])` is `"conditions"` and `findClosestKey("elConditon",
 * [...])` is `"elCondition"`. Close means: equal ignoring case, or at most a third of the letters (and at
 * least 2) edited.
 */
export function findClosestKey(key: string, knownKeys: readonly string[]): string | undefined {
    const lower = key.toLowerCase();
    const allowed = Math.max(2, Math.floor(key.length / 3));
    let best: { key: string; distance: number } | undefined;
    for (const known of knownKeys) {
        const distance = measureEditDistance(lower, known.toLowerCase());
        if (distance <= allowed && (best === undefined || distance < best.distance)) {
            best = { key: known, distance };
        }
    }
    return best?.key;
}

function measureEditDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}
