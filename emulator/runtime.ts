/**
 * Everything one running emulator holds: the org store, the request log, the faults, the rate limiter, the issued
 * tokens and the settings, wired together (state file, seed, reset). No HTTP.
 */
import { randomBytes } from "node:crypto";
import { FaultRegistry } from "./faults";
import { TokenIssuer } from "./oauthTokens";
import { OrgStore } from "./orgStore";
import { RateLimiter } from "./rateLimiter";
import { RequestLog } from "./requestLog";
import { createSeedOrg, type SeedOptions } from "./seed";
import { applySettingsChange, type EmulatorSettings, type SettingsChange } from "./settings";
import { loadOrgState, saveOrgState } from "./stateFile";

/** How to build a runtime, e.g. `{ settings: DEFAULT_SETTINGS, stateFile: "org.json", seed: { passwordExpiryRule: true } }`. */
export interface RuntimeOptions {
    settings: EmulatorSettings;
    /** Load the org from this file if it exists (else seed it), and rewrite the file after every change. */
    stateFile?: string;
    /** Token for `Authorization: SSWS`; default a random one starting with "00". */
    apiToken?: string;
    seed?: SeedOptions;
}

/** One emulator's state and services, e.g. `new EmulatorRuntime({ settings: DEFAULT_SETTINGS }).store.listRules(SEED_IDS.accountManagementPolicy)`. */
export class EmulatorRuntime {
    readonly store: OrgStore;
    readonly log = new RequestLog();
    readonly faults = new FaultRegistry();
    readonly tokens = new TokenIssuer();
    readonly limiter: RateLimiter;
    readonly apiToken: string;
    /** Set by the server once it listens, e.g. `"http://127.0.0.1:8080"`. */
    orgUrl = "http://127.0.0.1";
    private current: EmulatorSettings;

    constructor(private readonly options: RuntimeOptions) {
        this.current = options.settings;
        this.apiToken = options.apiToken ?? `00${randomBytes(30).toString("base64url")}`;
        const stateFile = options.stateFile;
        this.store = new OrgStore(
            (stateFile === undefined ? undefined : loadOrgState(stateFile)) ?? createSeedOrg(options.seed),
        );
        if (stateFile !== undefined) {
            saveOrgState(stateFile, this.store.snapshot());
            this.store.onChange(state => saveOrgState(stateFile, state));
        }
        this.store.setFlexibleOktaVerify(this.current.flexibleOktaVerify);
        this.limiter = new RateLimiter(this.current.rateLimit);
    }

    /** The settings in force. */
    get settings(): EmulatorSettings {
        return this.current;
    }

    /** Changes settings at run time and returns the result; a new rate limit starts a fresh window. */
    configure(change: SettingsChange): EmulatorSettings {
        this.current = applySettingsChange(this.current, change);
        if (change.rateLimit !== undefined) {
            this.limiter.configure(this.current.rateLimit);
        }
        this.store.setFlexibleOktaVerify(this.current.flexibleOktaVerify);
        return this.current;
    }

    /** Restores the seeded org (service apps and tokens gone) and clears the log, the faults and the rate-limit window. */
    reset(): void {
        this.store.restore(createSeedOrg(this.options.seed));
        this.log.clear();
        this.faults.clear();
        this.tokens.clear();
        this.limiter.configure(this.current.rateLimit);
    }
}
