/**
 * The command line of `npm run explain`, parsed. Pure.
 */

/** How to run the explain command, e.g. `{ orgUrl: "https://acme.okta.com", apiToken: "00abc", strict: false }`. */
export interface ExplainArguments {
    orgUrl?: string;
    apiToken?: string;
    flexibleOktaVerify?: boolean;
    newUserAuthenticators?: string[];
    /** Exit with status 1 when the guard reports an error. */
    strict: boolean;
    help: boolean;
}

/** The usage text `--help` prints. */
export const EXPLAIN_USAGE = [
    "Usage: npm run explain -- [--org-url <url>] [--api-token <token>] [options]",
    "",
    "Prints the org's account management policy rules as a table, then the lockout guard's findings.",
    "",
    "  --org-url <url>                     the org, e.g. https://acme.okta.com (default: env OKTA_ORG_URL)",
    "  --api-token <token>                 an API token (default: env OKTA_API_TOKEN)",
    "  --flexible-okta-verify <on|off>     whether Flexible Okta Verify is on in the org (checks okta_verify keys)",
    "  --new-user-authenticators <keys>    what new users hold, comma-separated (default: okta_password)",
    "  --strict                            exit with status 1 when the guard reports an error",
    "  --help                              print this text",
].join("\n");

const VALUED = ["--org-url", "--api-token", "--flexible-okta-verify", "--new-user-authenticators"];

function parseSwitch(value: string): boolean | string {
    if (value === "on" || value === "true") return true;
    if (value === "off" || value === "false") return false;
    return `--flexible-okta-verify takes "on" or "off", got "${value}"`;
}

/**
 * The arguments, or every problem with them, e.g. `["--org-url", "https://acme.okta.com", "--strict"]` →
 * `{ ok: true, value: { orgUrl: "https://acme.okta.com", strict: true, help: false } }`, and `["--org-url"]` →
 * `{ ok: false, problems: ["--org-url needs a value, e.g. --org-url https://acme.okta.com"] }`.
 * `--name=value` works like `--name value`.
 */
export function parseExplainArguments(
    argv: readonly string[],
): { ok: true; value: ExplainArguments } | { ok: false; problems: string[] } {
    const value: ExplainArguments = { strict: false, help: false };
    const problems: string[] = [];
    const words = argv.flatMap(word =>
        word.startsWith("--") && word.includes("=") ? word.split(/=(.*)/s, 2) : [word],
    );
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (word === "--strict") value.strict = true;
        else if (word === "--help" || word === "-h") value.help = true;
        else if (VALUED.includes(word)) {
            const given = words[i + 1];
            if (given === undefined || given.startsWith("--")) {
                problems.push(
                    `${word} needs a value, e.g. ${word} ${word === "--org-url" ? "https://acme.okta.com" : "..."}`,
                );
                continue;
            }
            i++;
            if (word === "--org-url") value.orgUrl = given;
            else if (word === "--api-token") value.apiToken = given;
            else if (word === "--new-user-authenticators") {
                value.newUserAuthenticators = given
                    .split(",")
                    .map(k => k.trim())
                    .filter(k => k !== "");
            } else {
                const parsed = parseSwitch(given);
                if (typeof parsed === "string") problems.push(parsed);
                else value.flexibleOktaVerify = parsed;
            }
        } else {
            problems.push(`unknown argument "${word}"; see --help`);
        }
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
