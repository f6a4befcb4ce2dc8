/**
 * Pulumi's marker for a value that is not known yet. During `pulumi preview`, an input computed from another
 * resource's output (e.g. `group.id` of a group not created yet) reaches `check` and `diff` as this string.
 * Equal to `@pulumi/pulumi`'s `runtime.unknownValue`; copied so that the rule model loads without the Pulumi
 * runtime.
 */
export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/**
 * True when `value` is Pulumi's unknown marker, e.g. `isUnknown(UNKNOWN_VALUE)` is true, `isUnknown("00g1")`
 * false.
 */
export function isUnknown(value: unknown): boolean {
    return value === UNKNOWN_VALUE;
}
