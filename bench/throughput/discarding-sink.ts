import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/** A WebSocket client reduced to a TCP socket that throws every byte away. */
export interface DiscardingSink {
  /** Bytes received after the handshake. */
  readonly bytes: () => number;
  close(): void;
}

/**
 * Opens a WebSocket on the fake (raw handshake over `node:net`) and discards whatever arrives,
 * without even parsing frames: the fastest possible reader, to measure what the server can push.
 *
 * @param port - the fake's port on 127.0.0.1
 * @param path - e.g. `/stream?streams=btcusdt@trade`
 * @returns the sink, once the server accepted the upgrade
 */
export function openDiscardingSink(port: number, path: string): Promise<DiscardingSink> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let head = '';
    let bytes = 0;
    socket.once('error', reject);
    socket.once('connect', () => {
      const key = randomBytes(16).toString('base64');
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    const onHead = (chunk: Buffer): void => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onHead);
      if (!head.startsWith('HTTP/1.1 101')) {
        socket.destroy();
        reject(new Error(`upgrade refused: ${head.split('\r\n', 1)[0] ?? ''}`));
        return;
      }
      bytes = Buffer.byteLength(head, 'latin1') - end - 4;
      socket.on('data', (data: Buffer) => {
        bytes += data.length;
      });
      resolve({ bytes: () => bytes, close: () => socket.destroy() });
    };
    socket.on('data', onHead);
  });
}
