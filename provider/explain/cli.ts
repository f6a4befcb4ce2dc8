/**
 * `npm run explain -- --org-url <url> --api-token <token>`: reads the account management policy of a live org
 * (or the local emulator) and prints its rules and the lockout guard's findings. The I/O shell over
 * `explainPolicy`: two API calls (the policy list, the rule list).
 */
import { guardAll } from "../guard";
import { OktaApi } from "../okta/oktaApi";
import { listRules } from "../okta/ruleApi";
import { CONFIG_NAMESPACE, resolveOktaSettings } from "../okta/settings";
import { findAccountManagementPolicy } from "../policy/find";
import { EXPLAIN_USAGE, parseExplainArguments } from "./explainArguments";
import { explainPolicy } from "./explainPolicy";

/** Where the command writes, e.g. `{ out: text => process.stdout.write(text), err: text => process.stderr.write(text) }`. */
export interface ExplainOutput {
    out(text: string): void;
    err(text: string): void;
}

/**
 * Runs the command and resolves with its exit status: 0 after printing, 1 when the org cannot be read (or, with
 * `--strict`, when the guard reports an error), 2 for bad arguments. Flags win over `OKTA_ORG_URL` and
 * `OKTA_API_TOKEN` from `env`. E.g. `await runExplain(["--org-url", "http://127.0.0.1:8080", "--api-token",
 * "00abc"], {}, output)` → 0, the table on `output.out`.
 */
export async function runExplain(
    argv: readonly string[],
    env: NodeJS.ProcessEnv,
    output: ExplainOutput,
): Promise<number> {
    const parsed = parseExplainArguments(argv);
    if (!parsed.ok) {
        output.err(`${parsed.problems.join("\n")}\n\n${EXPLAIN_USAGE}\n`);
        return 2;
    }
    const args = parsed.value;
    if (args.help) {
        output.out(`${EXPLAIN_USAGE}\n`);
        return 0;
    }
    try {
        const flags: Record<string, string | undefined> = {
            [`${CONFIG_NAMESPACE}:orgUrl`]: args.orgUrl,
            "okta:apiToken": args.apiToken,
        };
        const api = new OktaApi(resolveOktaSettings(key => flags[key], env));
        const policy = await findAccountManagementPolicy(api);
        const rules = await listRules(api, policy.id);
        const findings = guardAll(rules, {
            flexibleOktaVerify: args.flexibleOktaVerify,
            newUserAuthenticators: args.newUserAuthenticators,
        });
        output.out(`${policy.name} (${policy.id}) at ${api.orgUrl}\n${explainPolicy(rules, findings)}`);
        return args.strict && findings.some(f => f.severity === "error") ? 1 : 0;
    } catch (error) {
        output.err(`${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    }
}

if (require.main === module) {
    void runExplain(process.argv.slice(2), process.env, {
        out: text => process.stdout.write(text),
        err: text => process.stderr.write(text),
    }).then(status => {
        process.exitCode = status;
    });
}
