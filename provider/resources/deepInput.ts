/**
 * Input types for resource args: the same shape as the plain type, with `pulumi.Input` allowed at every level, so
 * that ids of `@pulumi/okta` groups and zones (outputs) can sit anywhere in a rule's conditions.
 */
import type * as pulumi from "@pulumi/pulumi";

/**
 * `T` with `pulumi.Input` allowed at every level, e.g. `DeepInput<{ include?: string[] }>` accepts
 * `{ include: [group.id] }`. A union of literals stays one input (`Input<"OPTIONAL" | "REQUIRED">`), a union of
 * objects gives a union of inputs, and `unknown` stays as it is.
 */
export type DeepInput<T> = unknown extends T
    ? T
    : [T] extends [string | number | boolean | null | undefined]
      ? pulumi.Input<T>
      : T extends null | undefined
        ? T
        : T extends (infer U)[]
          ? pulumi.Input<DeepInput<U>[]>
          : pulumi.Input<{ [K in keyof T]: DeepInput<T[K]> }>;
