import { resolveStreamLimits, type FakeStreamLimits, type FakeStreamMarketConfig, type FakeStreamOptions } from './fake-stream-market-config.js';
import { isSpotStreamName } from './spot-stream-names.js';

/**
 * Binance's spot market-stream limits (`spec/spot-streams.md` §2): 5 messages per second,
 * 1024 streams, a ping every 20 s answered within 1 min, 24 h connections.
 */
export const SPOT_STREAM_LIMITS: FakeStreamLimits = {
  maxMessagesPerSecond: 5,
  messageWindowMs: 1000,
  maxStreamsPerConnection: 1024,
  pingIntervalMs: 20_000,
  pongTimeoutMs: 60_000,
  maxConnectionAgeMs: 24 * 60 * 60 * 1000,
  inboundLogLimit: 100_000,
};

/**
 * The spot market-stream configuration: `/ws…` and `/stream…` at the root, spot stream names.
 *
 * @param options - overrides of {@link SPOT_STREAM_LIMITS}
 * @returns the configuration of a spot stream server
 * @throws {@link ConfigError} on an invalid override
 *
 * @internal
 */
export function spotStreamMarket(options: FakeStreamOptions = {}): FakeStreamMarketConfig {
  return {
    market: 'spot',
    pathPrefixes: [''],
    limits: resolveStreamLimits(SPOT_STREAM_LIMITS, options),
    isValidStreamName: (name) => isSpotStreamName(name),
  };
}
