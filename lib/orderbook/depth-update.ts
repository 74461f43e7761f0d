import { DecodeError } from '../errors/decode-error.js';
import { BookLevel } from './book-level.js';
import { type PriceScratch, quantitySign, scanPrice } from './decimal-text.js';


/**
 * One diff-depth event, checked and ready to apply: levels as {@link BookLevel}s (a zero
 * quantity removes the level).
 *
 * @internal
 */
export interface DepthUpdate {
  readonly eventTime: number;
  /** `U`: first update id in the event. */
  readonly firstUpdateId: number;
  /** `u`: final update id in the event. */
  readonly finalUpdateId: number;
  /** `pu` (futures only): the previous event's `u`. */
  readonly previousFinalUpdateId: number | undefined;
  readonly bids: readonly BookLevel[];
  readonly asks: readonly BookLevel[];
}

/**
 * Reads a diff-depth payload (`spec/spot-streams.md` §4 "depth — diff depth"; futures add `pu`,
 * `spec/futures.md` §5) without io-ts: this is the hot path of every managed book.
 *
 * @param payload - the `data` of the stream envelope
 * @returns the update, or a {@link DecodeError} naming what is wrong
 *
 * @internal
 */
export function parseDepthUpdate(payload: unknown): DepthUpdate | DecodeError {
  if (typeof payload !== 'object' || payload === null) return fail(payload, 'not an object');
  const p = payload as Record<string, unknown>;
  const { E: eventTime, U: first, u: final, pu: previous } = p;
  if (p['e'] !== 'depthUpdate') return fail(payload, 'e is not "depthUpdate"');
  if (typeof eventTime !== 'number' || typeof first !== 'number' || typeof final !== 'number') return fail(payload, 'E, U and u must be numbers');
  if (first > final) return fail(payload, 'U is greater than u');
  if (previous !== undefined && typeof previous !== 'number') return fail(payload, 'pu must be a number');
  const bids = levelsOf(p['b']);
  if (typeof bids === 'string') return fail(payload, `b${bids}`);
  const asks = levelsOf(p['a']);
  if (typeof asks === 'string') return fail(payload, `a${asks}`);
  return { eventTime, firstUpdateId: first, finalUpdateId: final, previousFinalUpdateId: previous, bids, asks };
}

/**
 * `[[price, quantity], …]` as levels; a message (starting with the failing path) when malformed.
 *
 * @internal
 */
export function levelsOf(raw: unknown): BookLevel[] | string {
  if (!Array.isArray(raw)) return ' is not an array';
  const scratch: PriceScratch = { intDigits: 0, scaled: 0 };
  const levels = new Array<BookLevel>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const entry: unknown = raw[i];
    if (!Array.isArray(entry) || entry.length < 2) return `[${i}] is not a [price, quantity] pair`;
    const [price, quantity]: unknown[] = entry;
    const canonical = typeof price === 'string' ? scanPrice(price, scratch) : undefined;
    if (canonical === undefined) return `[${i}][0] is not a decimal string: ${JSON.stringify(price)}`;
    const sign = typeof quantity === 'string' ? quantitySign(quantity) : -1;
    if (sign < 0) return `[${i}][1] is not a decimal string: ${JSON.stringify(quantity)}`;
    levels[i] = new BookLevel(canonical, scratch.intDigits, scratch.scaled, quantity as string, sign === 0);
  }
  return levels;
}

function fail(payload: unknown, reason: string): DecodeError {
  return new DecodeError('DepthUpdate', payload, [reason]);
}
