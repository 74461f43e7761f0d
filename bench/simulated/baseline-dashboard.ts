import Big from 'big.js';
import WebSocket from 'ws';
import type { FakeExchangeProcess } from '../support/fake-exchange-process.js';
import { BOOK_LIMIT, type DashboardVariant, dashboardNames, type OpenDashboard, type ReceivedStream, streamName } from './dashboard-workload.js';
import { type DepthSnapshotWire, type DiffDepthWire, MapBook } from './map-book.js';

/** The last value of a stream, as parsed. */
interface Slot {
  frames: number;
  last: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The baseline: what a hand-written dashboard does, nothing more. One `ws` connection on the
 * combined URL with every name (`/stream?streams=…`, subscribed on connect), `JSON.parse` of each
 * frame, the last payload kept per name, and a {@link MapBook} per symbol fed by the diff
 * stream after one REST depth snapshot (`GET /api/v3/depth`, same `limit` as the SDK's).
 */
export const BASELINE_DASHBOARD: DashboardVariant = {
  name: 'baseline ws+JSON.parse+Map',
  async open(fake: FakeExchangeProcess, symbols: readonly string[]): Promise<OpenDashboard> {
    const names = dashboardNames(symbols);
    const slots = new Map<string, Slot>(names.map((name) => [name, { frames: 0, last: undefined }]));
    const books = new Map(symbols.map((symbol) => [streamName(symbol, 'depth'), new MapBook()]));
    let strays = 0;
    const socket = new WebSocket(`${fake.streamHost}/stream?streams=${names.join('/')}`);
    socket.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as { readonly stream: string; readonly data: Readonly<Record<string, unknown>> };
      const slot = slots.get(frame.stream);
      if (slot === undefined) {
        strays += 1;
        return;
      }
      slot.frames += 1;
      slot.last = frame.data;
      // the one name in four that is a book
      books.get(frame.stream)?.onDiff(frame.data as unknown as DiffDepthWire);
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const restHost = fake.streamHost.replace('ws://', 'http://');
    for (const symbol of symbols) {
      const response = await fetch(`${restHost}/api/v3/depth?symbol=${symbol}&limit=${BOOK_LIMIT}`);
      if (!response.ok) throw new Error(`depth snapshot of ${symbol}: HTTP ${response.status}`);
      books.get(streamName(symbol, 'depth'))?.applySnapshot((await response.json()) as DepthSnapshotWire);
    }
    return {
      frames: (name) => slots.get(name)?.frames ?? 0,
      received: (name) => received(slots.get(name), books.get(name), name),
      problems: () => [
        ...(strays > 0 ? [`${strays} frame(s) on names not asked for`] : []),
        ...[...books].filter(([, book]) => book.gaps > 0).map(([name, book]) => `${name}: ${book.gaps} gap(s)`),
      ],
      close: () =>
        new Promise<void>((resolve) => {
          socket.once('close', () => resolve());
          socket.close(1000);
        }),
    };
  },
};

function received(slot: Slot | undefined, book: MapBook | undefined, name: string): ReceivedStream {
  const frames = slot?.frames ?? 0;
  const last = slot?.last;
  if (book !== undefined) return { frames, lastId: book.lastUpdateId, ...book.top() };
  const number = (key: string): number | undefined => (typeof last?.[key] === 'number' ? last[key] : undefined);
  const big = (key: string): Big | undefined => (typeof last?.[key] === 'string' ? new Big(last[key]) : undefined);
  if (name.endsWith('@trade')) return { frames, lastId: number('t') };
  if (name.endsWith('@bookTicker')) return { frames, lastId: number('u'), bid: big('b'), ask: big('a') };
  return { frames, lastId: number('L') };
}
