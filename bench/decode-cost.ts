/**
 * Where the time of one message goes, measured in-process without sockets: `JSON.parse` of the
 * enveloped frame, routing (lookup + deliver), `Trade.decode` split into its struct walk and its
 * two `new Big()`, the `ws` event wrapper the SDK listens through, and the whole client pipeline
 * on an in-memory socket.
 *
 * Run alone: `npx tsx bench/decode-cost.ts`.
 */
import Big from 'big.js';
import * as t from 'io-ts';
import { Observable, share, type Subscriber } from 'rxjs';
import WebSocket from 'ws';
import { decodeWith, SpotClient, SubType, Trade } from '../lib/index.js';
import { wireStruct } from '../lib/codecs/wire-struct.js';
import { parseDecimal } from '../lib/codecs/parse-decimal.js';
import { deliver, type StreamRoute } from '../lib/streams/stream-route.js';
import { FakeWebSocket, fakeWebSocketFactory } from '../lib/testing/index.js';
import { microChecksum, nsPerOp, nsPerOpInterleaved, type MicroStep } from './support/micro-bench.js';
import { runIfMain } from './support/run-main.js';
import { formatFixed, formatTable, sleep } from './support/stats.js';
import { benchSymbols, tradePayloads, tradeStreamName } from './support/trade-payloads.js';

const POOL = 4096;
/**
 * Every result is stored here, as a real subscriber would keep it: results that never escape
 * let V8 skip allocations a real pipeline pays for.
 */
const keep: unknown[] = new Array<unknown>(256).fill(undefined);
const KEEP_MASK = 255;

/** Trade's struct walk alone: the same fields, with the two decimals left as strings. */
const TradeWithoutBig = wireStruct(
  'Trade',
  {
    eventTime: ['E', t.number],
    symbol: ['s', t.string],
    tradeId: ['t', t.number],
    price: ['p', t.string],
    quantity: ['q', t.string],
    tradeTime: ['T', t.number],
    isBuyerMaker: ['m', t.boolean],
  },
  { e: 'trade' },
);

interface Row {
  readonly step: string;
  readonly ns: number;
  readonly note: string;
}

function signed(ns: number): string {
  return `${ns >= 0 ? '+' : ''}${formatFixed(ns, 0)}`;
}

/** Measures and prints ns/msg per step; returns the rows. */
export async function runDecodeCost(): Promise<readonly Row[]> {
  console.log('\n== Where the time goes: ns per message, in-process, no sockets (fastest of 3 × 9 samples of 50 ms) ==');
  const symbols = benchSymbols(100);
  const names = symbols.map(tradeStreamName);
  const payloads = tradePayloads(symbols, POOL, 7);
  const frames = payloads.map((data, i) => `{"stream":"${names[i % names.length] as string}","data":${data}}`);
  const parsedFrames = frames.map((f) => JSON.parse(f) as { stream: string; data: Record<string, unknown> });
  const buffers = frames.map((f) => Buffer.from(f));
  const mask = POOL - 1;
  const rows: Row[] = [];
  const add = (step: string, ns: number, note = ''): number => {
    rows.push({ step, ns, note });
    return ns;
  };

  // -- the wire frame --
  add('utf-8 decode of the frame (Buffer → string)', nsPerOp((n) => {
    for (let i = 0; i < n; i++) keep[i & KEEP_MASK] = (buffers[i & mask] as Buffer).toString();
    return keep.length;
  }), 'done by ws for text frames');
  const wrapper = measureWsWrapper(buffers);
  add('ws on("message") + toString()', wrapper.on, 'what the baseline client pays');
  add('ws addEventListener("message") + MessageEvent', wrapper.event, `what the SDK pays: ${signed(wrapper.event - wrapper.on)} ns`);

  // -- routing, as StreamSession does it: stream lookup, owner check, deliver to the subscriber --
  const owner = {};
  let delivered = 0;
  const routes = new Map<string, StreamRoute>(
    names.map((name) => [name, { name, sinks: [subscriberOf(() => delivered++)], owner }]),
  );
  const route = nsPerOp((n) => {
    for (let i = 0; i < n; i++) {
      const frame = parsedFrames[i & mask] as { stream?: unknown; data?: unknown };
      const stream = frame.stream;
      if (typeof stream !== 'string') continue;
      const r = routes.get(stream);
      if (r === undefined || r.owner !== owner) continue;
      if ('data' in frame) deliver(r, frame.data);
    }
    return delivered;
  });

  // -- decoding a trade: always on freshly parsed payloads, as in a stream (decoding the same
  // strings again and again hits V8 caches a live stream never hits); each line is
  // "JSON.parse + step" minus "JSON.parse", all measured in turn --
  type Data = Record<string, unknown>;
  const afterParse = (step: (data: Data) => unknown): MicroStep => (n) => {
    for (let i = 0; i < n; i++) keep[i & KEEP_MASK] = step((JSON.parse(frames[i & mask] as string) as { data: Data }).data);
    return keep.length;
  };
  const [parse, parseDecode, parseWalk, parseFast, parseBig] = nsPerOpInterleaved([
    afterParse((data) => data),
    afterParse((data) => Trade.decode(data)),
    afterParse((data) => TradeWithoutBig.decode(data)),
    afterParse((data) => [parseDecimal(data['p'] as string), parseDecimal(data['q'] as string)]),
    afterParse((data) => [new Big(data['p'] as string), new Big(data['q'] as string)]),
  ]) as [number, number, number, number, number];
  add('JSON.parse of the enveloped frame', parse);
  add('routing: routes.get(stream) + owner check + deliver()', route, '100 routes, one RxJS Subscriber each');
  const decode = add('Trade.decode (total)', parseDecode - parse, 'on a freshly parsed payload');
  const walk = add('  wireStruct walk, tag check, output object', parseWalk - parse, 'the same codec with p and q kept as strings');
  add('  the two decimal fields (p, q)', decode - walk, 'total minus the line above');
  add('    parseDecimal(price) + parseDecimal(quantity)', parseFast - parse, 'what the codecs use: one pass into big.js fields');
  add('    new Big(price) + new Big(quantity), for comparison', parseBig - parse, 'big.js: regex, slice/replace, one array slot per digit');

  // -- the whole client, on an in-memory socket: four clients side by side, measured in turn --
  const dispatch = measureFakeDispatch(frames);
  add('FakeWebSocket dispatch alone (harness)', dispatch, 'subtracted from the pipeline lines below');
  const pipelines = [
    await openPipeline(names, frames, (spot, name) => spot.rawStream$(name)),
    await openPipeline(names, frames, (spot, name) => spot.rawStream$(name).pipe(share())),
    await openPipeline(names, frames, (spot, name) => spot.rawStream$(name).pipe(decodeWith(Trade))),
    await openPipeline(names, frames, (spot, name) => spot.stream$(SubType.Trade, name.split('@')[0] as string)),
  ];
  const [raw, shared, decodedOp, decoded] = nsPerOpInterleaved(pipelines.map((p) => p.step)).map((ns) => ns - dispatch) as [number, number, number, number];
  for (const p of pipelines) await p.close();
  add('SDK rawStream$: socket event → subscriber', raw, '100 streams, one subscriber each');
  add('  session + RxJS layers (rawStream$ − JSON.parse − routing)', raw - parse - route, 'frame sink call, envelope checks, Subscribers');
  add('  rawStream$ + share()', shared, `${signed(shared - raw)} over rawStream$: the KeyedShare layer of stream$`);
  add('  rawStream$ + decodeWith(Trade)', decodedOp, `${signed(decodedOp - raw)} over rawStream$ (Trade.decode alone: ${formatFixed(decode, 0)})`);
  add('SDK stream$(Trade): socket event → subscriber', decoded, `${signed(decoded - raw)} over rawStream$`);

  console.log(formatTable(['step', 'ns/msg', 'note'], rows.map((r) => [r.step, formatFixed(r.ns, 0), r.note])));
  console.log(`(checksum ${microChecksum() % 1000})`);
  return rows;
}

/** An RxJS Subscriber calling `next`, as the multiplexer's route sinks are. */
function subscriberOf(next: () => void): Subscriber<unknown> {
  let captured: Subscriber<unknown> | undefined;
  new Observable<unknown>((subscriber) => {
    captured = subscriber;
  }).subscribe(next);
  if (captured === undefined) throw new Error('unreachable');
  return captured;
}

/** `ws`'s two ways of listening, on a socket object without a network (`new WebSocket(null)`). */
function measureWsWrapper(buffers: readonly Buffer[]): { on: number; event: number } {
  const mask = buffers.length - 1;
  // `ws` builds server-side sockets with a null address; its types only know `new WebSocket(null)`
  const Unconnected = WebSocket as unknown as new (address: null, protocols: undefined, options: object) => WebSocket;
  const viaOn = new Unconnected(null, undefined, {});
  let lengths = 0;
  viaOn.on('message', (data: Buffer) => {
    lengths += data.toString().length;
  });
  const viaEvent = new Unconnected(null, undefined, {});
  viaEvent.addEventListener('message', (event) => {
    lengths += (event.data as string).length;
  });
  const emit = (socket: WebSocket) => (n: number) => {
    for (let i = 0; i < n; i++) socket.emit('message', buffers[i & mask], false);
    return lengths;
  };
  return { on: nsPerOp(emit(viaOn)), event: nsPerOp(emit(viaEvent)) };
}

function measureFakeDispatch(frames: readonly string[]): number {
  const socket = new FakeWebSocket('ws://fake');
  let n0 = 0;
  socket.addEventListener('message', () => {
    n0++;
  });
  const mask = frames.length - 1;
  return nsPerOp((n) => {
    for (let i = 0; i < n; i++) socket.message(frames[i & mask] as string);
    return n0;
  });
}

/** A SpotClient on an in-memory socket with every name subscribed and confirmed; `step` feeds it frames. */
async function openPipeline(
  names: readonly string[],
  frames: readonly string[],
  stream$: (spot: SpotClient, name: string) => Observable<unknown>,
): Promise<{ step: MicroStep; close(): Promise<void> }> {
  const { WebSocket: FakeCtor, sockets } = fakeWebSocketFactory();
  const spot = new SpotClient({ streamHost: 'ws://127.0.0.1:9', webSocket: FakeCtor, connectionLinger: 0 });
  let received = 0;
  const subscriptions = names.map((name) => stream$(spot, name).subscribe(() => received++));
  const socket = sockets[0];
  if (socket === undefined) throw new Error('no socket opened');
  socket.open();
  await sleep(5); // the SUBSCRIBE leaves on the next macrotask
  const request = JSON.parse(socket.sent[0] ?? '{}') as { id?: number; params?: string[] };
  if (request.params?.length !== names.length) throw new Error(`expected one SUBSCRIBE of ${names.length} names, got ${socket.sent[0] ?? 'nothing'}`);
  socket.message(JSON.stringify({ result: null, id: request.id }));
  socket.message(frames[0] as string);
  if (received !== 1) throw new Error('the pipeline did not deliver');
  const mask = frames.length - 1;
  return {
    step: (n) => {
      for (let i = 0; i < n; i++) socket.message(frames[i & mask] as string);
      return received;
    },
    async close() {
      for (const s of subscriptions) s.unsubscribe();
      await spot.close();
    },
  };
}

runIfMain(module, () => runDecodeCost());
