/**
 * The command line of `npm run emulator`: `[--port N] [--state FILE] [--latency MS] [--rate-limit N]
 * [--flexible-okta-verify] [--password-expiry-rule]`, parsed into {@link EmulatorOptions}. Pure.
 */
import type { EmulatorOptions } from "./index";

/** Usage text for errors, e.g. on an unknown flag. */
export const CLI_USAGE =
    "usage: npm run emulator -- [--port N] [--state FILE] [--latency MS] [--rate-limit N] [--flexible-okta-verify] [--password-expiry-rule]";

/**
 * Options from the arguments, or every problem found, e.g. `parseCliArguments(["--port", "8080"])` → `{ port: 8080 }`;
 * `parseCliArguments(["--port", "x"])` → `["--port: 'x' is not a port; use 0..65535"]`.
 */
export function parseCliArguments(args: string[]): EmulatorOptions | string[] {
    const options: EmulatorOptions = {};
    const problems: string[] = [];
    for (let index = 0; index < args.length; index += 1) {
        const flag = args[index];
        if (flag === "--flexible-okta-verify") {
            options.flexibleOktaVerify = true;
            continue;
        }
        if (flag === "--password-expiry-rule") {
            options.passwordExpiryRule = true;
            continue;
        }
        if (!["--port", "--state", "--latency", "--rate-limit"].includes(flag)) {
            problems.push(`${flag}: not an option`);
            continue;
        }
        const value = args[index + 1];
        index += 1;
        if (value === undefined) {
            problems.push(`${flag}: missing its value`);
        } else if (flag === "--state") {
            options.stateFile = value;
        } else {
            const number = Number(value);
            const limits = {
                "--port": [0, 65535],
                "--latency": [0, Infinity],
                "--rate-limit": [0, Infinity],
            }[flag] ?? [0, 0];
            if (!Number.isInteger(number) || number < limits[0] || number > limits[1]) {
                problems.push(
                    `${flag}: '${value}' is not ${flag === "--port" ? "a port; use 0..65535" : "a whole number of 0 or more"}`,
                );
            } else if (flag === "--port") {
                options.port = number;
            } else if (flag === "--latency") {
                options.latencyMs = number;
            } else {
                options.rateLimit = { limit: number };
            }
        }
    }
    return problems.length > 0 ? problems : options;
}
