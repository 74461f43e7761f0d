/**
 * Binance's names of its error codes (`spec/rest.md` §5, spot `errors.md`), for messages and
 * `BinanceApiError.codeName`. Codes not listed get no name; the code itself is always kept.
 *
 * @internal
 */
export const ERROR_CODE_NAMES: Readonly<Record<number, string>> = {
  [-1000]: 'UNKNOWN',
  [-1001]: 'DISCONNECTED',
  [-1002]: 'UNAUTHORIZED',
  [-1003]: 'TOO_MANY_REQUESTS',
  [-1006]: 'UNEXPECTED_RESP',
  [-1007]: 'TIMEOUT',
  [-1008]: 'SERVER_BUSY',
  [-1013]: 'INVALID_MESSAGE',
  [-1014]: 'UNKNOWN_ORDER_COMPOSITION',
  [-1015]: 'TOO_MANY_ORDERS',
  [-1016]: 'SERVICE_SHUTTING_DOWN',
  [-1020]: 'UNSUPPORTED_OPERATION',
  [-1021]: 'INVALID_TIMESTAMP',
  [-1022]: 'INVALID_SIGNATURE',
  [-1100]: 'ILLEGAL_CHARS',
  [-1101]: 'TOO_MANY_PARAMETERS',
  [-1102]: 'MANDATORY_PARAM_EMPTY_OR_MALFORMED',
  [-1103]: 'UNKNOWN_PARAM',
  [-1104]: 'UNREAD_PARAMETERS',
  [-1105]: 'PARAM_EMPTY',
  [-1106]: 'PARAM_NOT_REQUIRED',
  [-1111]: 'BAD_PRECISION',
  [-1112]: 'NO_DEPTH',
  [-1114]: 'TIF_NOT_REQUIRED',
  [-1115]: 'INVALID_TIF',
  [-1116]: 'INVALID_ORDER_TYPE',
  [-1117]: 'INVALID_SIDE',
  [-1120]: 'BAD_INTERVAL',
  [-1121]: 'BAD_SYMBOL',
  [-1125]: 'INVALID_LISTEN_KEY',
  [-1127]: 'MORE_THAN_XX_HOURS',
  [-1128]: 'OPTIONAL_PARAMS_BAD_COMBO',
  [-1130]: 'INVALID_PARAMETER',
  [-1134]: 'BAD_STRATEGY_TYPE',
  [-1145]: 'INVALID_CANCEL_RESTRICTIONS',
  [-1194]: 'INVALID_TIME_UNIT',
  [-1220]: 'SYMBOL_DOES_NOT_MATCH_STATUS',
  [-2010]: 'NEW_ORDER_REJECTED',
  [-2011]: 'CANCEL_REJECTED',
  [-2013]: 'NO_SUCH_ORDER',
  [-2014]: 'BAD_API_KEY_FMT',
  [-2015]: 'REJECTED_MBX_KEY',
  [-2016]: 'NO_TRADING_WINDOW',
  [-2021]: 'ORDER_CANCEL_REPLACE_PARTIALLY_FAILED',
  [-2022]: 'ORDER_CANCEL_REPLACE_FAILED',
  [-2026]: 'ORDER_ARCHIVED',
  [-2035]: 'SUBSCRIPTION_ACTIVE',
  [-2036]: 'SUBSCRIPTION_INACTIVE',
  [-2038]: 'ORDER_AMEND_REJECTED',
  [-2039]: 'CLIENT_ORDER_ID_INVALID',
  [-2042]: 'MAXIMUM_SUBSCRIPTION_IDS',
  [-2043]: 'NO_REFERENCE_PRICE',
};

/** Binance's page of error codes, the `docsUrl` of every API error. @internal */
export const ERROR_CODES_DOCS_URL = 'https://developers.binance.com/docs/binance-spot-api-docs/errors';

/** Codes that mean "the request may or may not have executed" (`spec/rest.md` §5). @internal */
export const STATUS_UNKNOWN_CODES: ReadonlySet<number> = new Set([-1006, -1007]);
