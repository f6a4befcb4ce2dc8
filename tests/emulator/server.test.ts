import { expect } from "chai";
import { createRequestHandler } from "../../emulator/handler";
import { EmulatorRuntime } from "../../emulator/runtime";
import { EmulatorServer } from "../../emulator/server";
import { DEFAULT_SETTINGS } from "../../emulator/settings";

describe("EmulatorServer", () => {
    let server: EmulatorServer;

    beforeEach(() => {
        server = new EmulatorServer(
            createRequestHandler(new EmulatorRuntime({ settings: DEFAULT_SETTINGS })),
        );
    });
    afterEach(() => server.stop());

    it("listens on 127.0.0.1 at a free port and answers there", async () => {
        const orgUrl = await server.start(0);
        expect(orgUrl).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect((await fetch(`${orgUrl}/__emulator/config`)).status).to.equal(200);
    });

    it("refuses a second start while running, and starts again after stop", async () => {
        await server.start(0);
        let refusal = "";
        await server.start(0).catch((error: Error) => (refusal = error.message));
        expect(refusal).to.include("already started");
        await server.stop();
        const orgUrl = await server.start(0);
        expect((await fetch(`${orgUrl}/__emulator/config`)).status).to.equal(200);
    });

    it("stops even with a kept-alive connection open, and then refuses connections", async () => {
        const orgUrl = await server.start(0);
        await fetch(`${orgUrl}/__emulator/config`, { keepalive: true });
        await server.stop();
        const failure = await fetch(`${orgUrl}/__emulator/config`).then(
            () => "answered",
            (error: TypeError) => String(error.cause),
        );
        expect(failure).to.include("ECONNREFUSED");
    });

    it("rejects a start on a port that is taken", async () => {
        const orgUrl = await server.start(0);
        const other = new EmulatorServer(
            createRequestHandler(new EmulatorRuntime({ settings: DEFAULT_SETTINGS })),
        );
        let refusal = "";
        await other.start(Number(new URL(orgUrl).port)).catch((error: Error) => (refusal = error.message));
        expect(refusal).to.include("EADDRINUSE");
    });
});
