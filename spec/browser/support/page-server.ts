import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserPageConfig } from '../page/browser-page-config.js';

/** A running page server. */
export interface PageServer {
  /** The page's URL, e.g. `http://127.0.0.1:40123/`. */
  readonly url: string;
  /** Closes the server and every connection it holds. */
  close(): Promise<void>;
}

/** JSON safe inside `<script>`: no `<` can end the element early. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The page: the config as inline JSON, the outputs, the close button and the bundled script. */
export function pageHtml(config: BrowserPageConfig): string {
  const outputs = ['ticker', 'book', 'hmac', 'ed25519', 'errors', 'closed'].map((id) => `<output id="${id}"></output>`).join('\n');
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"><title>binance-rx in a browser</title><link rel="icon" href="data:,">',
    `<script id="config" type="application/json">${inlineJson(config)}</script>`,
    '</head><body>',
    outputs,
    '<button id="close">close</button>',
    '<script type="module" src="/page.js"></script>',
    '</body></html>',
  ].join('\n');
}

/**
 * Serves the page (`/`) and its bundled script (`/page.js`) on 127.0.0.1, on a free port.
 *
 * @param html - the page
 * @param script - the bundled page script (an ES module)
 * @returns the running server
 */
export async function servePage(html: string, script: string): Promise<PageServer> {
  const files: Record<string, readonly [type: string, body: string]> = {
    '/': ['text/html; charset=utf-8', html],
    '/page.js': ['text/javascript; charset=utf-8', script],
  };
  const server: Server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error === undefined ? done() : fail(error)));
        server.closeAllConnections();
      }),
  };
}
