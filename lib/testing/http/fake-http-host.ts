import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { rejectUpgrade } from './reject-upgrade.js';

/**
 * A WebSocket endpoint of the fake exchange, mounted on a {@link FakeHttpHost} by path (market
 * streams, the WebSocket API at `/ws-api/v3`).
 *
 * @internal
 */
export interface UpgradeRoute {
  /** Whether this route serves a request path (without the query). */
  matches(pathname: string): boolean;
  /** Takes over the upgrade request: accept it with `ws`, or refuse it. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
}

/**
 * A plain-HTTP endpoint of the fake exchange, mounted on a {@link FakeHttpHost} by path (REST at
 * `/api/…`).
 *
 * @internal
 */
export interface HttpRoute {
  /** Whether this route serves a request path (without the query). */
  matches(pathname: string): boolean;
  /** Answers the request (now or later). */
  handleRequest(request: IncomingMessage, response: ServerResponse): void;
}

/**
 * One `node:http` server on 127.0.0.1 that routes WebSocket upgrades and plain HTTP requests by
 * path, so the market streams, the WebSocket API and REST of one market share a port like on
 * `hosts.spot`.
 *
 * @remarks
 * A request no route serves gets 404 with a JSON body. `close()` stops listening and destroys
 * every socket it ever accepted that is still open; routes close their own WebSockets first.
 *
 * @internal
 */
export class FakeHttpHost {
  readonly #server: Server;
  readonly #sockets: Set<Socket>;
  /** The port it listens on. */
  readonly port: number;

  private constructor(server: Server, port: number, sockets: Set<Socket>) {
    this.#server = server;
    this.port = port;
    this.#sockets = sockets;
  }

  /**
   * Starts listening.
   *
   * @param routes - the upgrade routes, first match wins
   * @param port - 0 (default) for a free port
   * @param httpRoutes - the plain-HTTP routes, first match wins
   * @returns the listening host
   */
  static listen(routes: readonly UpgradeRoute[], port = 0, httpRoutes: readonly HttpRoute[] = []): Promise<FakeHttpHost> {
    const sockets = new Set<Socket>();
    const server = createServer((request, response) => {
      const pathname = (request.url ?? '/').split('?', 1)[0] ?? '/';
      const route = httpRoutes.find((r) => r.matches(pathname));
      if (route !== undefined) {
        route.handleRequest(request, response);
        return;
      }
      response.writeHead(404, { 'Content-Type': 'application/json;charset=UTF-8' });
      response.end(JSON.stringify({ code: -1, msg: `No fake route for ${request.method ?? ''} ${request.url ?? ''}` }));
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      // A client resetting mid-handshake must not crash the test process.
      socket.on('error', () => undefined);
      const pathname = (request.url ?? '/').split('?', 1)[0] ?? '/';
      const route = routes.find((r) => r.matches(pathname));
      if (route === undefined) rejectUpgrade(socket, 404, { code: -1, msg: `No WebSocket endpoint at ${pathname}` });
      else route.handleUpgrade(request, socket, head);
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve(new FakeHttpHost(server, (server.address() as AddressInfo).port, sockets));
      });
    });
  }

  /** Stops listening, destroys the remaining sockets and resolves once their handles are released. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      // 'close' comes on the next tick; the handles are released in the loop's close phase.
      this.#server.close(() => setImmediate(resolve));
      for (const socket of this.#sockets) socket.destroy();
      this.#server.closeAllConnections();
    });
  }
}
