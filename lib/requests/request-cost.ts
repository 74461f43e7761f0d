/**
 * What one request costs against the rate-limit pools: request weight per IP, and the
 * unfilled-order count per account (`spec/rest.md` §6–7, `spec/spot-ws-api.md` §3, §6).
 *
 * @internal
 */
export interface RequestCost {
  /** `REQUEST_WEIGHT` units, charged to the IP. */
  readonly weight: number;
  /** `ORDERS` units (unfilled-order count), charged to the account: one per order placed. */
  readonly orders: number;
}

/**
 * A cost as an endpoint declares it: a constant, or a function of the request's params (depth
 * `limit`, ticker symbol count, …). Functions receive the params as the caller passed them
 * (`{}` when none) and must not throw: a missing param costs what the spec gives when it is not
 * sent (its default, e.g. depth `limit` 100), an unreadable one (wrong type, empty, a refused
 * combination) the documented maximum, since Binance charges a rejected request too.
 *
 * @internal
 */
export type CostRule<P> = number | ((params: Partial<P>) => number);

/**
 * The cost of one call of an endpoint.
 *
 * @param endpoint - its declared `weight` and `orders` (default 0)
 * @param params - the call's params; `undefined` (or `null`) is read as `{}`
 * @returns the cost: the request weight, and the unfilled-order count it adds
 *
 * @internal
 */
export function costOf<P>(endpoint: { readonly weight: CostRule<P>; readonly orders?: CostRule<P> }, params: P | undefined): RequestCost {
  const given = (params ?? {}) as Partial<P>;
  const rule = (r: CostRule<P> | undefined): number => (r === undefined ? 0 : typeof r === 'number' ? r : r(given));
  return { weight: rule(endpoint.weight), orders: rule(endpoint.orders) };
}
