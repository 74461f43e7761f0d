import Big from 'big.js';

/** `0` in Binance's 8-decimal wire form. @internal */
export const ZERO_8 = '0.00000000';

/**
 * Formats a decimal the way Binance's spot API sends prices and quantities: a string with
 * exactly 8 decimals (`"4.00000200"`), cut (never rounded up) past the 8th decimal.
 *
 * @param value - a `Big` or a decimal string
 * @returns the 8-decimal string
 *
 * @internal
 */
export function wire8(value: Big | string): string {
  return new Big(value).toFixed(8, Big.roundDown);
}

/**
 * Rounds a decimal down to a whole multiple of `unit` (a tick size or a step size).
 *
 * @param value - the decimal
 * @param unit - the tick or step, > 0
 * @returns the largest multiple of `unit` not above `value`
 *
 * @internal
 */
export function floorTo(value: Big, unit: Big): Big {
  return value.div(unit).round(0, Big.roundDown).times(unit);
}

/**
 * Binance's `priceChangePercent`: `change / open * 100` with 3 decimals (`"-3.938"`), or
 * `"0.000"` when there is no open price to compare with.
 *
 * @param change - last price minus open price
 * @param open - the open price
 * @returns the percentage string
 *
 * @internal
 */
export function percent3(change: Big, open: Big): string {
  return open.eq(0) ? '0.000' : change.div(open).times(100).toFixed(3, Big.roundHalfUp);
}

/**
 * Whether `text` is a plain, positive decimal (`"65000"`, `"0.00123"`): what the fake's
 * setters accept for prices and quantities.
 *
 * @param text - the candidate
 * @returns `true` for a positive decimal
 *
 * @internal
 */
export function isPositiveDecimal(text: string): boolean {
  return /^\d+(\.\d+)?$/.test(text) && new Big(text).gt(0);
}
