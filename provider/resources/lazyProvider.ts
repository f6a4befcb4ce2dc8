/**
 * The provider object Pulumi serializes into every resource's state. It holds only the name of the module that
 * implements the operations and loads that module, from the installed package, when the engine first calls it.
 * So the state stays small (no client, no credential, no inlined code) and a new version of this package takes
 * effect for existing resources without a diff.
 */
import type * as pulumi from "@pulumi/pulumi";

/** This package's name, as the provider process resolves it from the program's node_modules. */
export const PACKAGE_NAME = "pulumi-okta-account-management";

/**
 * A serializable provider delegating to `module.provider` of an implementation module, e.g.
 * `new LazyProvider("pulumi-okta-account-management/dist/provider/operations/ruleOperations")`.
 */
export class LazyProvider implements pulumi.dynamic.ResourceProvider {
    constructor(private readonly implementation: string) {}

    /** Stores the stack config for the operations (the engine calls this once per provider process). */
    async configure(req: pulumi.dynamic.ConfigureRequest): Promise<void> {
        await this.load().configure?.(req);
    }

    /** Validates inputs before any API call. */
    async check(olds: object, news: object): Promise<pulumi.dynamic.CheckResult> {
        return this.load().check!(withoutProvider(olds), withoutProvider(news));
    }

    /** Compares recorded outputs with new inputs. */
    async diff(id: string, olds: object, news: object): Promise<pulumi.dynamic.DiffResult> {
        return this.load().diff!(id, withoutProvider(olds), withoutProvider(news));
    }

    /** Creates the Okta object; if it fails, nothing was left behind, or what was is reported as partial state. */
    async create(inputs: object): Promise<pulumi.dynamic.CreateResult> {
        try {
            return await this.load().create(withoutProvider(inputs));
        } catch (error) {
            throw withProviderInPartialState(error, inputs);
        }
    }

    /** Reads the Okta object; an empty id means it is gone. */
    async read(id: string, props?: object): Promise<pulumi.dynamic.ReadResult> {
        return this.load().read!(id, props && withoutProvider(props));
    }

    /** Updates the Okta object in place; a failure after some writes reports what Okta now holds. */
    async update(id: string, olds: object, news: object): Promise<pulumi.dynamic.UpdateResult> {
        try {
            return await this.load().update!(id, withoutProvider(olds), withoutProvider(news));
        } catch (error) {
            throw withProviderInPartialState(error, news);
        }
    }

    /** Deletes the Okta object; already gone is success. */
    async delete(id: string, props: object): Promise<void> {
        return this.load().delete!(id, withoutProvider(props));
    }

    private load(): pulumi.dynamic.ResourceProvider {
        return (require(this.implementation) as { provider: pulumi.dynamic.ResourceProvider }).provider;
    }
}

/**
 * The property bag without the serialized provider, which the host adds to every bag it passes in (and puts
 * back on every result): the operations never see it, so it can never reach Okta or be compared.
 */
function withoutProvider(bag: object): Record<string, unknown> {
    const { __provider: _provider, ...rest } = bag as Record<string, unknown>;
    return rest;
}

/**
 * A partial failure's state (`error.properties`, see `PartialFailure`) with the serialized provider put back, since
 * the engine records that state as is and later operations load the provider from it; other errors unchanged.
 */
function withProviderInPartialState(error: unknown, bag: object): unknown {
    const partial = error as { properties?: unknown };
    if (partial && typeof partial.properties === "object" && partial.properties !== null) {
        partial.properties = {
            ...partial.properties,
            __provider: (bag as Record<string, unknown>).__provider,
        };
    }
    return error;
}
