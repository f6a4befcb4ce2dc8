/**
 * Process-wide state of a provider process: where credentials come from (the stack config handed to
 * `configure`, then the environment) and the Okta client built from them, reused across operations.
 */
import type * as pulumi from "@pulumi/pulumi";
import { OktaApi } from "./oktaApi";
import { ConfigReader, resolveOktaSettings } from "./settings";

let readConfig: ConfigReader = () => undefined;
let cached: { key: string; api: OktaApi } | undefined;

/** Remembers how to read stack config, e.g. `setConfigReader(key => req.config.get(key))` from `configure`. */
function setConfigReader(reader: ConfigReader): void {
    readConfig = reader;
    cached = undefined;
}

/** The Okta client for the current settings (config, then env, read now); built once per distinct settings. */
export function getOktaApi(): OktaApi {
    const settings = resolveOktaSettings(readConfig, process.env);
    const key = JSON.stringify(settings);
    if (cached?.key !== key) cached = { key, api: new OktaApi(settings) };
    return cached.api;
}

/**
 * A resource's operations as the dynamic-provider host calls them, with `configure` remembering the stack config
 * for `getOktaApi`, e.g. `export const provider = withStackConfig({ check, diff, create, read, update, delete })`.
 */
export function withStackConfig<I, O>(
    operations: Omit<pulumi.dynamic.ResourceProvider<I, O>, "configure">,
): pulumi.dynamic.ResourceProvider<I, O> {
    return {
        ...operations,
        async configure(req) {
            setConfigReader(key => req.config.get(key));
        },
    };
}
