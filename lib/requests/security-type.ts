/**
 * Binance's security type of an endpoint: what a request must carry.
 *
 * @remarks `None` needs nothing; `MarketData` and `UserStream` need the API key only;
 * `Trade` and `UserData` are signed (API key, `timestamp`, `signature`).
 * @see https://developers.binance.com/docs/binance-spot-api-docs/rest-api/endpoint-security-type
 *
 * @example
 * ```ts
 * import { SecurityType } from 'binance-rx';
 * spot.get('/api/v3/account', {}, { security: SecurityType.UserData }).subscribe(console.log);
 * ```
 */
export enum SecurityType {
  None = 'NONE',
  MarketData = 'MARKET_DATA',
  UserStream = 'USER_STREAM',
  Trade = 'TRADE',
  UserData = 'USER_DATA',
}

/** Whether requests of this security type carry `timestamp` and `signature`. @internal */
export function isSigned(security: SecurityType): boolean {
  return security === SecurityType.Trade || security === SecurityType.UserData;
}

/** Whether requests of this security type carry the API key. @internal */
export function needsApiKey(security: SecurityType): boolean {
  return security !== SecurityType.None;
}
