/**
 * Proves that the SDK works in a real browser. The page `page/browser-page.ts` is bundled with
 * esbuild as a user's bundler would (`platform: 'browser'`, condition `browser`, the SDK as
 * `'binance-rx'` → `dist/esm/index.browser.js`, no Node built-in, `ws` or `cross-fetch`), served
 * from 127.0.0.1 and opened in headless Chromium (the system binary, `$CHROMIUM_PATH` or
 * `/usr/bin/chromium`, driven by playwright-core). Using the browser's own `WebSocket` and
 * WebCrypto against {@link FakeBinance}, the page must decode tickers exactly, keep a managed
 * order book equal to the fake's, and sign requests the fake accepts with an HMAC and an
 * Ed25519 key. Any page error or console error fails the test. Without Chromium the suite fails
 * (it never skips) and says how to install it.
 */
import Big from 'big.js';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { FakeBinance, type FakeBookLevel, type FakeOrderBook, SPOT_STREAM_EXAMPLES } from '../../lib/testing/index.js';
import { sleep, until } from '../support/loopback.js';
import type { BrowserPageConfig, BrowserPageOutput } from './page/browser-page-config.js';
import { BROWSER_BUILD, bundlePage, isNodeOnlyInput, type PageBundle } from './support/bundle-page.js';
import { launchChromium } from './support/launch-chromium.js';
import { pageHtml, type PageServer, servePage } from './support/page-server.js';

const SYMBOL = 'BTCUSDT';
const HMAC_KEY = 'H'.repeat(64);
const ED25519_KEY = 'E'.repeat(64);

interface BookOutput {
  readonly lastUpdateId: number;
  readonly bestBid: readonly [string, string] | null;
  readonly bestAsk: readonly [string, string] | null;
}

/** The fake's best levels now, as exact decimal texts, at its last update id. */
function truthOf(book: FakeOrderBook): BookOutput {
  const { lastUpdateId, bids, asks } = book.snapshot(1);
  const exact = (level: FakeBookLevel | undefined): readonly [string, string] | null => (level === undefined ? null : [new Big(level[0]).toFixed(), new Big(level[1]).toFixed()]);
  return { lastUpdateId, bestBid: exact(bids[0]), bestAsk: exact(asks[0]) };
}

/** The page's bundle, made once for both suites. */
let bundling: Promise<PageBundle> | undefined;
const bundle = (): Promise<PageBundle> => (bundling ??= bundlePage());

describe('the browser bundle of binance-rx (esbuild, platform browser)', () => {
  it('default: the bundle resolves binance-rx to the browser build and holds no Node built-in, ws or cross-fetch', async () => {
    const { inputs } = await bundle();
    expect(inputs).toContain(BROWSER_BUILD);
    expect(inputs).toEqual(expect.arrayContaining([expect.stringMatching(/^node_modules\/tweetnacl\//), expect.stringMatching(/^node_modules\/rxjs\//)]));
    expect(inputs.filter(isNodeOnlyInput)).toEqual([]);
    expect(inputs.filter((input) => input.startsWith('lib/'))).toEqual([]);
  });

  it.each([
    ["import { readFileSync } from 'node:fs'; console.info(readFileSync);", /node:fs/],
    ["import { WebSocket } from 'ws'; console.info(WebSocket);", /must not import ws/],
    ["import fetch from 'cross-fetch'; console.info(fetch);", /must not import cross-fetch/],
    ["import { createHash } from 'crypto'; console.info(createHash);", /Could not resolve "crypto"/],
  ])('error: the browser build refuses %s', async (source, message) => {
    await expect(bundlePage(source)).rejects.toThrow(message);
  });
});

describe('binance-rx in a browser (headless Chromium, FakeBinance over 127.0.0.1)', () => {
  let fake: FakeBinance;
  let truth: FakeOrderBook;
  let server: PageServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];
  const urls: string[] = [];

  /** Polls an `<output>` of the page until its JSON passes `test`. */
  async function output<T>(id: BrowserPageOutput, test: (value: T) => boolean, what: string, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = await page.textContent(`#${id}`);
      const value = text === null || text === '' ? undefined : (JSON.parse(text) as T);
      if (value !== undefined && test(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; #${id} is ${JSON.stringify(text)}, page problems: ${JSON.stringify(problems)}`);
      await sleep(10);
    }
  }

  beforeAll(async () => {
    browser = await launchChromium();
    fake = await FakeBinance.start();
    truth = fake.orderBook(SYMBOL);
    const ed = generateKeyPairSync('ed25519');
    const hmacSecret = randomBytes(32).toString('hex');
    fake.addApiKey({ apiKey: HMAC_KEY, apiSecret: hmacSecret });
    fake.addApiKey({ apiKey: ED25519_KEY, publicKey: ed.publicKey });
    fake.accountOf(HMAC_KEY)?.adjustBalance('USDT', '0.12345678');
    fake.accountOf(ED25519_KEY)?.adjustBalance('USDT', '-0.00000001');
    const config: BrowserPageConfig = {
      symbol: SYMBOL,
      hosts: fake.hosts.spot,
      hmac: { apiKey: HMAC_KEY, apiSecret: hmacSecret },
      ed25519: { apiKey: ED25519_KEY, privateKey: ed.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
    };
    server = await servePage(pageHtml(config), (await bundle()).code);
    page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('request', (request) => urls.push(request.url()));
    page.on('websocket', (socket) => urls.push(socket.url()));
    await page.goto(server.url);
  }, 60_000);

  afterEach(() => {
    // each test answers for what the page reported while it ran
    expect(problems.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fake?.stop();
  }, 30_000);

  it('behavior: the page decodes ticker events with exact decimals (Big)', async () => {
    await until(() => fake.subscribersOf('btcusdt@ticker') > 0, 'the page subscribed btcusdt@ticker');
    const ticker = { ...SPOT_STREAM_EXAMPLES.ticker, s: SYMBOL };
    fake.publish('btcusdt@ticker', { ...ticker, c: '65000.12345678', b: '65000.10000000', a: '65000.2' });
    fake.publish('btcusdt@ticker', { ...ticker, c: '64999.99999999', b: '0.00000100', a: '9007199254740993.00000001' });
    const seen = await output<unknown[]>('ticker', (t) => t.length >= 2, 'two tickers');
    expect(seen).toEqual([
      { symbol: SYMBOL, close: '65000.12345678', bestBid: '65000.1', bestAsk: '65000.2', isBig: true },
      { symbol: SYMBOL, close: '64999.99999999', bestBid: '0.000001', bestAsk: '9007199254740993.00000001', isBig: true },
    ]);
  });

  it("behavior: the page's managed order book has the fake's best bid and ask, also after updates", async () => {
    await until(() => fake.subscribersOf('btcusdt@depth') > 0, 'the page subscribed btcusdt@depth');
    const first = truthOf(truth);
    // the first event after SUBSCRIBE: the client fetches its snapshot once it has one
    truth.update({ bids: [[first.bestBid?.[0] ?? '1', '1.25']] });
    const synced = truthOf(truth);
    expect(await output<BookOutput>('book', (b) => b.lastUpdateId === synced.lastUpdateId, 'the synced book')).toEqual(synced);
    expect(synced.bestBid?.[1]).toBe('1.25');

    const ask = new Big(synced.bestAsk?.[0] ?? '0');
    const bid = new Big(synced.bestBid?.[0] ?? '0');
    truth.update({ asks: [[ask.toFixed(8), '0']] });
    truth.update({ bids: [[bid.plus(ask.minus(bid).div(2)).round(2, Big.roundDown).toFixed(8), '0.5']] });
    truth.randomUpdates(5, 7);
    const updated = truthOf(truth);
    expect(await output<BookOutput>('book', (b) => b.lastUpdateId === updated.lastUpdateId, 'the updated book')).toEqual(updated);
    expect(updated.bestAsk?.[0]).not.toBe(synced.bestAsk?.[0]);
    expect(fake.apiRequests.filter((r) => r.method === 'depth').map((r) => r.response?.status)).toEqual([200]);
  });

  it('behavior: the page signs with HMAC (WebCrypto) and Ed25519 (tweetnacl, PKCS#8 PEM), and the fake accepts both', async () => {
    expect(await output('hmac', () => true, 'the HMAC account')).toEqual({ canTrade: true, usdt: '100000.12345678' });
    expect(await output('ed25519', () => true, 'the Ed25519 account')).toEqual({ canTrade: true, usdt: '99999.99999999' });
    const answered = (method: string, apiKey: string) =>
      fake.apiRequests.filter((r) => r.method === method && r.params?.['apiKey'] === apiKey).map((r) => ({ status: r.response?.status, signed: typeof r.params?.['signature'] === 'string' }));
    expect(answered('account.status', HMAC_KEY)).toEqual([{ status: 200, signed: true }]);
    expect(answered('session.logon', ED25519_KEY)).toEqual([{ status: 200, signed: true }]);
  });

  it('teardown: closing the clients in the page closes every connection; the page only spoke to 127.0.0.1', async () => {
    await page.click('#close');
    expect(await output('closed', () => true, 'the clients closed')).toBe(true);
    await until(() => fake.connectionCount === 0 && fake.wsApiConnections.length === 0, 'every connection closed');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);
  });
});
