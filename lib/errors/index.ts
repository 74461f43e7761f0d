export { BinanceApiError, IpBannedError, RateLimitError, type ApiErrorInit } from './api-error.js';
export { BinanceError, type BinanceErrorOptions } from './binance-error.js';
export { ConfigError } from './config-error.js';
export { DecodeError } from './decode-error.js';
export { InvalidSubParamsError } from './invalid-sub-params-error.js';
export { OrderBookGapError, type OrderBookResyncReason } from './order-book-errors.js';
export { ExecutionStatusUnknownError, HttpError, InvalidParamError, TimeoutError } from './request-errors.js';
export { StreamAbandonedError, StreamSubscribeError, TooManyStreamsError } from './stream-errors.js';
export { SocketClosedError, StaleStreamError } from './transport-errors.js';
