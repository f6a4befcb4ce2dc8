/**
 * Okta's ISO-8601 duration pattern (`TimeDuration` in its API schema), e.g. `PT0S`, `PT2H`, `P1D`, `PT43800H`; not
 * `2h`, `P`, or `PT`.
 */
export const ISO_DURATION_PATTERN = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** True when `text` is a duration Okta accepts, e.g. `isIsoDuration("PT2H")` is true, `isIsoDuration("2h")` false. */
export function isIsoDuration(text: string): boolean {
    return ISO_DURATION_PATTERN.test(text);
}
