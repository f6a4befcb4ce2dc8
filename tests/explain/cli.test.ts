import { expect } from "chai";
import { SEED_IDS, startEmulator, type RunningEmulator } from "../../emulator";
import { parseExplainArguments } from "../../provider/explain/explainArguments";
import { runExplain } from "../../provider/explain/cli";
import { OktaApi } from "../../provider/okta/oktaApi";
import { createRule } from "../../provider/okta/ruleApi";
import { resolveOktaSettings } from "../../provider/okta/settings";
import { findAccountManagementPolicy } from "../../provider/policy/find";
import type { RuleBody } from "../../provider/rule/types";
import { FIRST_PHISHING_RESISTANT, PHISHING_RESISTANT_ENROLLMENT } from "../evaluate/guidePolicy";

interface Run {
    status: number;
    out: string;
    err: string;
}

async function run(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
    let out = "";
    let err = "";
    const status = await runExplain(argv, env, { out: text => (out += text), err: text => (err += text) });
    return { status, out, err };
}

function bodyOf(rule: typeof FIRST_PHISHING_RESISTANT | typeof PHISHING_RESISTANT_ENROLLMENT): RuleBody {
    return { ...rule, type: "ACCESS_POLICY" };
}

describe("npm run explain", () => {
    let emulator: RunningEmulator;

    before(async () => {
        emulator = await startEmulator({ passwordExpiryRule: true });
        const api = new OktaApi(
            resolveOktaSettings(() => undefined, {
                OKTA_ORG_URL: emulator.orgUrl,
                OKTA_API_TOKEN: emulator.apiToken,
            }),
        );
        const policy = await findAccountManagementPolicy(api);
        const fromOffice = {
            ...FIRST_PHISHING_RESISTANT,
            conditions: {
                ...FIRST_PHISHING_RESISTANT.conditions,
                network: { connection: "ZONE" as const, include: [SEED_IDS.legacyIpZone] },
            },
        };
        await createRule(api, policy.id, bodyOf(fromOffice), true);
        await createRule(api, policy.id, bodyOf(PHISHING_RESISTANT_ENROLLMENT), true);
    });
    after(() => emulator.close());

    it("reads the org's policy over HTTP and prints its rules and the guard's findings", async () => {
        const result = await run(["--org-url", emulator.orgUrl, "--api-token", emulator.apiToken]);
        expect(result.err).to.equal("");
        expect(result.status).to.equal(0);
        const lines = result.out.split("\n");
        expect(lines[0]).to.equal(
            `Okta Account Management Policy (rstemuAccountMgmt001) at ${emulator.orgUrl}`,
        );
        expect(
            lines.filter(line => /^\d+ /.test(line)).map(line => line.split(/ {2,}/).slice(0, 3)),
        ).to.deep.equal([
            ["0", "Password Expiry Rule", "ACTIVE"],
            ["1", "First phishing-resistant", "ACTIVE"],
            ["2", "Phishing-resistant", "ACTIVE"],
            ["99", "Catch-all Rule", "ACTIVE"],
        ]);
        expect(
            lines.filter(line => /^ {2}(ERROR|WARNING)/.test(line)).map(line => line.slice(0, 15)),
        ).to.deep.equal(["  WARNING [G13]", "  ERROR   [G01]"]);
    });

    it("takes the org and token from OKTA_ORG_URL and OKTA_API_TOKEN, and the guard's options from flags", async () => {
        const result = await run(["--new-user-authenticators", "okta_password,okta_email", "--strict"], {
            OKTA_ORG_URL: emulator.orgUrl,
            OKTA_API_TOKEN: emulator.apiToken,
        });
        expect(result.status).to.equal(0);
        expect(result.out).to.include("Findings (1 warning):");
    });

    it("exits with 1 under --strict when the guard reports an error", async () => {
        const result = await run(["--strict"], {
            OKTA_ORG_URL: emulator.orgUrl,
            OKTA_API_TOKEN: emulator.apiToken,
        });
        expect(result.status).to.equal(1);
        expect(result.out).to.include("ERROR   [G01]");
    });

    it("exits with 1 and Okta's error when the token is refused", async () => {
        const result = await run(["--org-url", emulator.orgUrl, "--api-token", "00notTheToken"]);
        expect(result.status).to.equal(1);
        expect(result.out).to.equal("");
        expect(result.err).to.match(
            /^GET \/api\/v1\/policies\?type=ACCESS_POLICY: 401 E0000011 Invalid token provided/,
        );
    });

    it("exits with 1 and says what to set when there are no credentials", async () => {
        const result = await run([], {});
        expect(result.status).to.equal(1);
        expect(result.err).to.include("no credentials: neither okta:apiToken (env OKTA_API_TOKEN)");
    });
});

describe("parseExplainArguments", () => {
    const cases: Array<[string[], ReturnType<typeof parseExplainArguments>]> = [
        [
            ["--org-url", "https://acme.okta.com", "--api-token=00abc", "--flexible-okta-verify", "on"],
            {
                ok: true,
                value: {
                    orgUrl: "https://acme.okta.com",
                    apiToken: "00abc",
                    flexibleOktaVerify: true,
                    strict: false,
                    help: false,
                },
            },
        ],
        [
            ["--new-user-authenticators", "okta_password, okta_email", "--strict"],
            {
                ok: true,
                value: { newUserAuthenticators: ["okta_password", "okta_email"], strict: true, help: false },
            },
        ],
        [["--help"], { ok: true, value: { strict: false, help: true } }],
        [
            ["--org-url", "--flexible-okta-verify", "maybe", "--verbose"],
            {
                ok: false,
                problems: [
                    "--org-url needs a value, e.g. --org-url https://acme.okta.com",
                    '--flexible-okta-verify takes "on" or "off", got "maybe"',
                    'unknown argument "--verbose"; see --help',
                ],
            },
        ],
    ];
    for (const [argv, expected] of cases) {
        it(`parses ${argv.join(" ")}`, () => {
            expect(parseExplainArguments(argv)).to.deep.equal(expected);
        });
    }

    it("prints every problem and the usage, with status 2", async () => {
        const result = await run(["--org-url"]);
        expect(result.status).to.equal(2);
        expect(result.err).to.match(/^--org-url needs a value.*\n\nUsage: npm run explain -- /);
    });
});
