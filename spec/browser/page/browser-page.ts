/**
 * The page that `browser.int.spec.ts` bundles and opens in Chromium: a small app written only
 * against the public SDK, as a browser user would write it.
 *
 * The import below names the browser entry's source so that `tsc` checks this page against the
 * public API without a build; the spec's bundler redirects it to the bare specifier
 * `'binance-rx'`, which resolves through the package's `exports` (condition `browser`) to
 * `dist/esm/index.browser.js`, exactly as for a user's `import … from 'binance-rx'`.
 *
 * It reads its configuration (the fake exchange's hosts and two keys) from the inline JSON
 * `<script id="config">`, and writes what it sees as JSON into `<output>` elements: `#ticker`,
 * `#book`, `#hmac`, `#ed25519`, `#errors`, and `#closed` once the `#close` button has closed
 * every client.
 */
import Big from 'big.js';
import type { Subscription } from 'rxjs';
import { Credentials, SpotClient, SubType } from '../../../lib/index.browser.js';
import type { BrowserPageConfig, BrowserPageOutput } from './browser-page-config.js';

function readConfig(): BrowserPageConfig {
  const text = document.getElementById('config')?.textContent;
  if (text === undefined || text === null) throw new Error('the page has no <script id="config">');
  return JSON.parse(text) as BrowserPageConfig;
}

function show(id: BrowserPageOutput, value: unknown): void {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no #${id}`);
  element.textContent = JSON.stringify(value);
}

const errors: string[] = [];
function fail(where: string): (error: unknown) => void {
  return (error: unknown) => {
    errors.push(`${where}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    show('errors', errors);
    console.error(where, error);
  };
}

const config = readConfig();
const market = new SpotClient({ ...config.hosts });
const hmac = new SpotClient({ ...config.hosts, credentials: new Credentials(config.hmac) });
const ed25519 = new SpotClient({ ...config.hosts, credentials: new Credentials(config.ed25519) });
const subscriptions: Subscription[] = [];

// (a) decoded 24 h tickers: every Big rendered with toString, exactly as decoded
const tickers: unknown[] = [];
subscriptions.push(
  market.stream$(SubType.Ticker, config.symbol).subscribe({
    next: (t) => {
      tickers.push({ symbol: t.symbol, close: t.close.toString(), bestBid: t.bestBidPrice.toString(), bestAsk: t.bestAskPrice.toString(), isBig: t.close instanceof Big });
      show('ticker', tickers);
    },
    error: fail('ticker'),
  }),
);

// (b) the managed order book: its best levels at each update id
subscriptions.push(
  market.stream$(SubType.OrderBook, config.symbol).subscribe({
    next: (book) =>
      show('book', {
        lastUpdateId: book.lastUpdateId,
        bestBid: book.bestBid === undefined ? null : [book.bestBid.price.toFixed(), book.bestBid.quantity.toFixed()],
        bestAsk: book.bestAsk === undefined ? null : [book.bestAsk.price.toFixed(), book.bestAsk.quantity.toFixed()],
      }),
    error: fail('book'),
  }),
);

// (c) signed requests: HMAC-SHA-256 through WebCrypto, Ed25519 (PKCS#8 PEM) through tweetnacl
for (const [id, client] of [['hmac', hmac], ['ed25519', ed25519]] as const) {
  subscriptions.push(
    client.getAccount().subscribe({
      next: (account) => show(id, { canTrade: account.canTrade, usdt: account.balances.find((b) => b.asset === 'USDT')?.free.toString() ?? null }),
      error: fail(id),
    }),
  );
}

document.getElementById('close')?.addEventListener('click', () => {
  subscriptions.forEach((s) => s.unsubscribe());
  Promise.all([market.close(), hmac.close(), ed25519.close()]).then(() => show('closed', true), fail('close'));
});
