import type { FlatChange, FlatLevels } from './book-wire.js';
import type { FakeBookLevel, FakeDiffEvent } from './fake-book-types.js';

/**
 * The JSON text of a diff-depth event (`spec/spot-streams.md` §4 "depth[@100ms]"). Prices and
 * quantities are plain decimals, so nothing needs escaping.
 *
 * @remarks Built with one `join`, which gives a flat string: concatenation would leave a rope
 * of small strings per event, several times the memory of a planned benchmark run.
 *
 * @param symbolJson - the symbol already as JSON (`'"BTCUSDT"'`)
 * @param eventTime - `E`
 * @param first - `U`
 * @param last - `u`
 * @param change - the levels
 * @returns `{"e":"depthUpdate","E":…,"s":…,"U":…,"u":…,"b":[…],"a":[…]}`
 *
 * @internal
 */
export function diffEventJson(symbolJson: string, eventTime: number, first: number, last: number, change: FlatChange): string {
  const parts: (string | number)[] = ['{"e":"depthUpdate","E":', eventTime, ',"s":', symbolJson, ',"U":', first, ',"u":', last, ',"b":['];
  pushLevels(parts, change.bids);
  parts.push('],"a":[');
  pushLevels(parts, change.asks);
  parts.push(']}');
  return parts.join('');
}

/**
 * The wire object of a diff-depth event.
 *
 * @param symbol - the symbol, uppercase
 * @param eventTime - `E`
 * @param first - `U`
 * @param last - `u`
 * @param change - the levels
 * @returns the event, keys in Binance's order
 *
 * @internal
 */
export function diffEvent(symbol: string, eventTime: number, first: number, last: number, change: FlatChange): FakeDiffEvent {
  return { e: 'depthUpdate', E: eventTime, s: symbol, U: first, u: last, b: pairs(change.bids), a: pairs(change.asks) };
}

function pushLevels(parts: (string | number)[], levels: FlatLevels): void {
  for (let i = 0; i < levels.length; i += 2) parts.push(i === 0 ? '["' : ',["', levels[i] as string, '","', levels[i + 1] as string, '"]');
}

function pairs(levels: FlatLevels): FakeBookLevel[] {
  const result: FakeBookLevel[] = [];
  for (let i = 0; i < levels.length; i += 2) result.push([levels[i] as string, levels[i + 1] as string]);
  return result;
}
