// Param-dependent request weights of the spot methods: spec/spot-ws-api.md §6.1–6.5 (column W),
// REST twins spec/rest.md §7. Every helper reads params as the caller passed them and never
// throws: a missing param costs what the spec gives for "not sent" (its default), a malformed
// one (wrong type, empty, a forbidden combination) costs the method's documented maximum, since
// Binance charges a rejected request too and the budget must cover the worst case.

/** A params object seen only through the names a weight depends on. */
type Bag = { readonly [name: string]: unknown };

/**
 * The unfilled-order count of each order-list method (`ORDERS` pools): `spec/spot-ws-api.md`
 * §6.4 gives none for order lists (it does for `order.place` and `order.cancelReplace`: 1), so
 * each counts the orders it places: OCO (and the deprecated `orderList.place`) 2, OTO 2,
 * OTOCO 3, OPO 2, OPOCO 3.
 *
 * @internal
 */
export const ORDER_LIST_ORDERS = { oco: 2, oto: 2, otoco: 3, opo: 2, opoco: 3 } as const;

const given = (value: unknown): boolean => value !== undefined && value !== null;

/** A positive integer (a number or its digits), `undefined` if absent, `null` if malformed. */
function positiveInt(value: unknown): number | undefined | null {
  if (!given(value)) return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** An id param: absent, readable (a non-negative integer or its digits) or malformed. */
function idParam(value: unknown): 'absent' | 'given' | 'malformed' {
  if (!given(value)) return 'absent';
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? 'given' : 'malformed';
  return typeof value === 'string' && /^\d+$/.test(value) ? 'given' : 'malformed';
}

/**
 * How a request names its symbols: `'one'` for a `symbol`, the length of a `symbols` list,
 * `'all'` for neither, `'malformed'` for both, an empty or non-string `symbol`, or a `symbols`
 * that is not a non-empty list of non-empty strings.
 *
 * @param params - the request params (`symbol`, `symbols`)
 * @returns the selection
 *
 * @internal
 */
export function symbolSelection(params: Bag): 'one' | number | 'all' | 'malformed' {
  const { symbol, symbols } = params;
  if (given(symbol) && given(symbols)) return 'malformed';
  if (given(symbol)) return typeof symbol === 'string' && symbol !== '' ? 'one' : 'malformed';
  if (!given(symbols)) return 'all';
  if (!Array.isArray(symbols) || symbols.length === 0) return 'malformed';
  return symbols.every((s: unknown) => typeof s === 'string' && s !== '') ? symbols.length : 'malformed';
}

/**
 * `depth` weight by `limit` (spot-ws-api.md §6.2, rest.md §7): 1–100 → 5, 101–500 → 25,
 * 501–1000 → 50, 1001–5000 → 250. Absent: the default limit 100 (5); above 5000 Binance
 * answers 5000 levels (250); malformed (not a positive integer): the maximum, 250.
 *
 * @param limit - the `limit` param as given
 * @returns the weight
 *
 * @internal
 */
export function depthWeight(limit: unknown): number {
  const read = positiveInt(limit);
  const n = read === undefined ? 100 : read === null ? 5000 : read;
  if (n <= 100) return 5;
  if (n <= 500) return 25;
  return n <= 1000 ? 50 : 250;
}

/**
 * `executionRules` weight (spot-ws-api.md §6.1): 2 per symbol, at most 40; 40 with
 * `symbolStatus` or no params (and when malformed).
 *
 * @param params - the request params as given
 * @returns the weight
 *
 * @internal
 */
export function executionRulesWeight(params: Bag): number {
  // `symbolStatus` alone costs 40; with `symbol`/`symbols` it is refused, so the maximum, 40
  if (given(params['symbolStatus'])) return 40;
  const selection = symbolSelection(params);
  if (selection === 'one') return 2;
  return typeof selection === 'string' ? 40 : Math.min(2 * selection, 40);
}

/**
 * `ticker.24hr` weight (spot-ws-api.md §6.2, rest.md §7): `symbol` 2; `symbols` 1–20 → 2,
 * 21–100 → 40, 101 or more → 80; none (all symbols) or malformed → 80.
 *
 * @param params - the request params as given
 * @returns the weight
 *
 * @internal
 */
export function ticker24hrWeight(params: Bag): number {
  const selection = symbolSelection(params);
  if (selection === 'one') return 2;
  if (typeof selection === 'string') return 80;
  if (selection <= 20) return 2;
  return selection <= 100 ? 40 : 80;
}

/**
 * `ticker.tradingDay` and `ticker` (rolling window) weight (spot-ws-api.md §6.2, rest.md §7):
 * 4 per symbol, capped at 200 (reached above 50 symbols). Both methods require `symbol` or
 * `symbols` and have no "all symbols" form, so neither (or a malformed one) costs the cap, 200.
 *
 * @param params - the request params as given
 * @returns the weight
 *
 * @internal
 */
export function perSymbolTickerWeight(params: Bag): number {
  const selection = symbolSelection(params);
  if (selection === 'one') return 4;
  return typeof selection === 'string' ? 200 : Math.min(4 * selection, 200);
}

/**
 * `ticker.price` and `ticker.book` weight (spot-ws-api.md §6.2, rest.md §7): `symbol` 2;
 * `symbols`, none or malformed 4.
 *
 * @param params - the request params as given
 * @returns the weight
 *
 * @internal
 */
export function priceTickerWeight(params: Bag): number {
  return symbolSelection(params) === 'one' ? 2 : 4;
}

/**
 * `openOrders.status` weight (spot-ws-api.md §6.5): 6 with a `symbol`, 80 without (or with a
 * malformed one).
 *
 * @param params - the request params as given
 * @returns the weight
 *
 * @internal
 */
export function openOrdersWeight(params: Bag): number {
  return symbolSelection({ symbol: params['symbol'] }) === 'one' ? 6 : 80;
}

/**
 * `myTrades` weight (spot-ws-api.md §6.5): 5 with an `orderId`, 20 otherwise (or malformed).
 *
 * @param params - the request params as given
 * @returns the weight
 *
 * @internal
 */
export function myTradesWeight(params: Bag): number {
  return idParam(params['orderId']) === 'given' ? 5 : 20;
}

/**
 * `myPreventedMatches` weight (spot-ws-api.md §6.5): 2 by `preventedMatchId`, 20 by `orderId`.
 * The "2 for an invalid symbol" case cannot be known before Binance answers, so it is budgeted
 * at 20; so are malformed ids and `preventedMatchId` together with `orderId` (not a documented
 * combination).
 *
 * @param params - the request params as given
 * @returns the weight
 *
 * @internal
 */
export function preventedMatchesWeight(params: Bag): number {
  return idParam(params['preventedMatchId']) === 'given' && idParam(params['orderId']) === 'absent' ? 2 : 20;
}

/**
 * `order.test` and `sor.order.test` weight (spot-ws-api.md §6.4, rest.md §7): 1, or 20 with
 * `computeCommissionRates=true`; a value other than `true`/`false` (or their text) costs 20.
 *
 * @param params - the request params as given
 * @returns the weight
 *
 * @internal
 */
export function testOrderWeight(params: Bag): number {
  const flag = params['computeCommissionRates'];
  return !given(flag) || flag === false || flag === 'false' ? 1 : 20;
}
