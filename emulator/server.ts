/**
 * The emulator's HTTP server on 127.0.0.1: turns node:http requests into {@link EmulatorRequest}s for the handler
 * and writes the answers back (or destroys the connection when a fault says so).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { EmulatorRequest } from "./exchange";
import type { RequestHandler } from "./handler";

/** The loopback address the emulator always listens on: `"127.0.0.1"`. */
export const EMULATOR_HOST = "127.0.0.1";

/** An HTTP server around a request handler, e.g. `const url = await new EmulatorServer(handler).start(0)`. */
export class EmulatorServer {
    private server: Server | undefined;
    private readonly sockets = new Set<Socket>();

    constructor(private readonly handler: RequestHandler) {}

    /**
     * Listens on `port` (0: a free port) and resolves with the org URL, e.g. `"http://127.0.0.1:41587"`. Rejects if
     * the server is already started or the port is taken.
     */
    async start(port: number): Promise<string> {
        if (this.server !== undefined) {
            throw new Error("emulator server already started; call stop() before starting it again");
        }
        const server = createServer((request, response) => void this.serve(request, response));
        server.on("connection", socket => {
            this.sockets.add(socket);
            socket.on("close", () => this.sockets.delete(socket));
        });
        this.server = server;
        try {
            await new Promise<void>((resolve, reject) => {
                server.once("error", reject);
                server.listen(port, EMULATOR_HOST, () => resolve());
            });
        } catch (error) {
            this.server = undefined;
            throw error;
        }
        return `http://${EMULATOR_HOST}:${(server.address() as AddressInfo).port}`;
    }

    /** Stops listening and closes open connections; resolves once closed. A stopped server may start again. */
    async stop(): Promise<void> {
        const server = this.server;
        if (server === undefined) {
            return;
        }
        this.server = undefined;
        const closed = new Promise<void>(resolve => server.close(() => resolve()));
        for (const socket of this.sockets) {
            socket.destroy();
        }
        await closed;
    }

    private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
        const chunks: Buffer[] = [];
        for await (const chunk of request) {
            chunks.push(chunk as Buffer);
        }
        const emulatorRequest: EmulatorRequest = {
            method: request.method ?? "GET",
            url: request.url ?? "/",
            headers: Object.fromEntries(
                Object.entries(request.headers).map(([name, value]) => [
                    name,
                    Array.isArray(value) ? value.join(", ") : value,
                ]),
            ),
            body: Buffer.concat(chunks).toString("utf8"),
        };
        const answer = await this.handler(emulatorRequest);
        if (answer.dropConnection === true) {
            request.socket.destroy();
            return;
        }
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body);
    }
}
