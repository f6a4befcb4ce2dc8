/**
 * Runs program code under `pulumi.runtime.setMocks` and records what it registers, with the real resource
 * classes: their inputs as the engine would receive them, including the serialized provider (`__provider`).
 */
import * as pulumi from "@pulumi/pulumi";

/** One registration, e.g. `{ type: "pulumi-nodejs:dynamic/okta:AccountManagementPolicyRule", name: "enroll", inputs: {...} }`. */
export interface Registration {
    type: string;
    name: string;
    inputs: Record<string, unknown>;
    id?: string;
}

/**
 * Runs `program` under mocks and resolves with every registration once the resources it returns are registered,
 * e.g. `await recordRegistrations(() => [new AccountManagementPolicyRule("r", args)])`.
 * Mocked resources get `id` = `<name>-id` and echo their inputs as state.
 */
export async function recordRegistrations(
    program: () => pulumi.Resource[] | Promise<pulumi.Resource[]>,
): Promise<Registration[]> {
    const registrations: Registration[] = [];
    await pulumi.runtime.setMocks(
        {
            newResource(args) {
                registrations.push({
                    type: args.type,
                    name: args.name,
                    inputs: args.inputs,
                    id: args.id || undefined,
                });
                return { id: args.id || `${args.name}-id`, state: args.inputs };
            },
            call(args) {
                return args.inputs;
            },
        },
        "test-project",
        "test",
        false,
    );
    const resources = await program();
    await Promise.all(resources.map(resource => valueOf(resource.urn)));
    return registrations;
}

/** The value of a known output, e.g. `await valueOf(rule.priority)`. */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
    return new Promise(resolve => output.apply(value => resolve(value)));
}

/** The text of the serialized provider of the first registration of `type`, e.g. for the size or secrets checks. */
export function providerTextOf(registrations: Registration[], typeSuffix: string): string {
    const found = registrations.find(r => r.type.endsWith(typeSuffix));
    const text = found?.inputs.__provider;
    if (typeof text !== "string") throw new Error(`no serialized provider registered for ${typeSuffix}`);
    return text;
}
