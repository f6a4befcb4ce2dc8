/**
 * `npm run emulator -- [--port N] [--state FILE] [--latency MS] [--rate-limit N]`: starts the emulator, prints one
 * line `{"orgUrl":"http://127.0.0.1:PORT","apiToken":"..."}` on stdout, and serves until SIGINT or SIGTERM.
 */
import { CLI_USAGE, parseCliArguments } from "./cliArguments";
import { startEmulator } from "./index";

async function main(): Promise<void> {
    const options = parseCliArguments(process.argv.slice(2));
    if (Array.isArray(options)) {
        process.stderr.write(`${options.join("\n")}\n${CLI_USAGE}\n`);
        process.exitCode = 2;
        return;
    }
    const emulator = await startEmulator(options);
    process.stdout.write(`${JSON.stringify({ orgUrl: emulator.orgUrl, apiToken: emulator.apiToken })}\n`);
    const shutDown = (): void => {
        void emulator.close().then(() => process.exit(0));
    };
    process.once("SIGINT", shutDown);
    process.once("SIGTERM", shutDown);
}

main().catch((error: unknown) => {
    process.stderr.write(
        `emulator failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
});
