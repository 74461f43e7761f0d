/**
 * `binance-rx/testing`: the fake Binance exchange and its fixtures (Node only).
 *
 * @packageDocumentation
 */
export { FakeBinance } from './fake-binance.js';
export type { FakeBinanceHosts, FakeBinanceOptions, FakeMarketHosts } from './fake-binance-options.js';
export { FakeOrderBook } from './book/fake-order-book.js';
export { FakeMarketSimulator } from './simulator/fake-market-simulator.js';
export type { FakeSimulationOptions } from './simulator/fake-simulation-options.js';
export type {
  FakeBookChange,
  FakeBookLevel,
  FakeBookPlan,
  FakeBookPlanOptions,
  FakeBookSnapshot,
  FakeBookUpdateOptions,
  FakeDiffEvent,
} from './book/fake-book-types.js';
export type { FakeApiKeyInfo, FakeApiKeyOptions, FakeApiKeyType } from './api/auth/fake-api-keys.js';
export { FAKE_API_ERRORS } from './api/fake-api-errors.js';
export { SPOT_API_LIMITS, type FakeSpotApiLimits, type FakeSpotApiOptions } from './api/fake-api-options.js';
export type { FakeRateLimitRefusals } from './api/limits/fake-rate-limit-refusals.js';
export type { FakeRateLimitInterval, FakeRateLimitUnit } from './api/limits/rate-limit-interval.js';
export type { FakeApiRecord, FakeApiResponseRecord } from './api/fake-api-record.js';
export type { FakeApiError } from './api/fake-api-types.js';
export type { FakeSpotApiControls } from './api/fake-spot-api-controls.js';
export type { FakeApiScriptReply, FakeApiScriptTarget } from './api/scripts/fake-api-script.js';
export { FakeSpotAccount } from './api/spot/fake-spot-account.js';
export type { FakeSpotMarket } from './api/spot/fake-spot-market.js';
export type { FakeApiTimeUnit } from './api/time-unit.js';
export type { FakeWsApiConnectionFilter, FakeWsApiConnectionInfo } from './api/ws/fake-ws-api-connection-info.js';
export type { FakeUserEvent } from './api/user-streams/fake-user-event.js';
export type { FakeUserStreamControls } from './api/user-streams/fake-user-stream-controls.js';
export type { FakeUserStreamFilter, FakeUserStreamInfo } from './api/user-streams/fake-user-stream-info.js';
export { FakeWebSocket, fakeWebSocketFactory } from './fake-websocket.js';
export { seededRandom } from './seeded-random.js';
export { SPOT_STREAM_EXAMPLES } from './fixtures/spot-stream-examples.js';
export type { FakeInboundRecord } from './streams/fake-inbound-record.js';
export type { ConnectionFilter, FakeStreamConnectionInfo } from './streams/fake-stream-connection-info.js';
export type { FakeStreamControls } from './streams/fake-stream-controls.js';
export type { FakeStreamLimits, FakeStreamOptions } from './streams/fake-stream-market-config.js';
export type { StreamTimeUnit } from './streams/parse-stream-url.js';
export { SPOT_STREAM_LIMITS } from './streams/spot-stream-market.js';
export { isSpotStreamName, SPOT_KLINE_INTERVALS, SPOT_TICKER_WINDOWS } from './streams/spot-stream-names.js';
export { STREAM_ERRORS, STREAM_METHODS, type StreamErrorPayload, type StreamMethod } from './streams/stream-error-payloads.js';
export type { StreamMatcher } from './streams/stream-rejection-rules.js';
export type { FakeSpotSymbolDefinition, FakeSymbolStatus, FakeReferenceCalculation } from './api/spot/fake-spot-market-symbols.js';
