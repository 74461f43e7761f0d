import type Big from 'big.js';
import type { DashboardView, SymbolView } from './dashboard-state.js';

/** What the frame's title line says about where the data comes from. */
export interface RenderContext {
  /** Now, epoch ms (the clock shown). */
  readonly now: number;
  /** `'simulated'`: the built-in fake exchange; `'live'`: the real Binance. */
  readonly source: 'simulated' | 'live';
}

/** ANSI: cursor home and clear the screen, to redraw in place. */
export const CLEAR_SCREEN = '\u001b[H\u001b[2J';

/**
 * One frame of the dashboard as plain text (no colour codes): a price table with the top of
 * each book, recent trades, connection states and rate-limit use.
 *
 * @param view - the view model
 * @param context - clock and source
 * @returns the frame, lines joined by `\n`
 *
 * @example
 * ```ts
 * process.stdout.write(CLEAR_SCREEN + renderDashboard(view, { now: Date.now(), source: 'simulated' }));
 * ```
 */
export function renderDashboard(view: DashboardView, context: RenderContext): string {
  const where = context.source === 'live' ? 'LIVE Binance market data' : 'simulated exchange (no network)';
  const lines = [`binance-rx dashboard · ${where} · ${clock(context.now)} · Ctrl-C to quit`, ''];
  lines.push(row(['SYMBOL', 'LAST', '24H', 'BID', 'ASK', 'SPREAD']));
  for (const s of view.symbols) lines.push(symbolRow(s));
  lines.push('', 'RECENT TRADES');
  for (const s of view.symbols) {
    if (s.trades.length === 0) lines.push(`  ${s.symbol.padEnd(10)} (none yet)`);
    for (const t of s.trades) lines.push(`  ${s.symbol.padEnd(10)} ${clock(t.time)}  ${t.sell ? 'SELL' : 'BUY '}  ${t.price.toFixed()} × ${t.quantity.toFixed()}`);
  }
  lines.push('', `CONNECTIONS  ${[...view.connections].map(([id, state]) => `${id} ${state}`).join(' · ') || 'none yet'}`);
  lines.push(`RATE LIMITS  ${rateLimits(view)}`);
  return `${lines.join('\n')}\n`;
}

function symbolRow(s: SymbolView): string {
  const change = s.changePercent === undefined ? '…' : `${s.changePercent.gte(0) ? '+' : ''}${s.changePercent.toFixed(2)}%`;
  return row([s.symbol, plain(s.last), change, level(s.bestBid), level(s.bestAsk), plain(s.spread)]);
}

function level(l: { readonly price: Big; readonly quantity: Big } | undefined): string {
  return l === undefined ? '…' : `${l.price.toFixed()} × ${l.quantity.toFixed()}`;
}

function plain(value: Big | undefined): string {
  return value === undefined ? '…' : value.toFixed();
}

const WIDTHS = [10, 14, 9, 24, 24, 10];

function row(cells: readonly string[]): string {
  return cells.map((cell, i) => cell.padEnd(WIDTHS[i] ?? 10)).join(' ').trimEnd();
}

function rateLimits(view: DashboardView): string {
  const snapshot = view.rateLimit;
  if (snapshot === undefined) return 'nothing used yet';
  const shown = snapshot.windows.filter((w) => w.scope !== 'connection' || w.used > 0);
  const parts = shown.map((w) => `${w.type} ${w.interval} ${w.used}/${w.limit} (${(w.utilization * 100).toFixed(1)}%)`);
  if (snapshot.pending > 0) parts.push(`${snapshot.pending} waiting`);
  if (snapshot.retryAfterMs !== undefined) parts.push(`blocked ${Math.ceil(snapshot.retryAfterMs / 1000)} s`);
  return parts.join(' · ');
}

function clock(time: number): string {
  return new Date(time).toISOString().slice(11, 23);
}
