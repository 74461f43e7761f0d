import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Refuses a WebSocket upgrade with a plain HTTP response and a JSON body, then closes the TCP
 * socket. A `ws` client reports it as `unexpected-response` (status and body readable).
 *
 * @param socket - the socket of the upgrade request
 * @param status - the HTTP status, e.g. 400
 * @param body - serialised as the JSON body, e.g. `{"code":-1194,"msg":"…"}`
 * @param headers - extra response headers, e.g. `{ 'Retry-After': '12' }`
 *
 * @internal
 */
export function rejectUpgrade(socket: Duplex, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
      'Content-Type: application/json;charset=UTF-8\r\n' +
      Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('') +
      `Content-Length: ${Buffer.byteLength(json)}\r\n` +
      'Connection: close\r\n\r\n' +
      json,
  );
}
