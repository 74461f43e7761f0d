import crossFetch from 'cross-fetch';
import WebSocket from 'ws';
import type { Platform } from '../client/platform.js';
import { SpotClient as CoreSpotClient, type SpotClientOptions } from '../markets/spot/spot-client.js';
import type { WebSocketCtor } from '../transport/socket/web-socket-like.js';

/** Node's adapters: `ws` and `cross-fetch`. @internal */
export const NODE_PLATFORM: Platform = {
  webSocket: WebSocket as unknown as WebSocketCtor,
  fetch: crossFetch as unknown as Platform['fetch'],
};

/**
 * The Binance Spot market as RxJS observables (Node flavour: defaults to `ws` and
 * `cross-fetch`, so no global WebSocket is needed).
 *
 * @example
 * ```ts
 * import { map } from 'rxjs';
 * import { SpotClient, SubType } from 'binance-rx';
 * new SpotClient().stream$(SubType.Ticker, 'BTCUSDT').pipe(map((t) => t.close.toFixed())).subscribe(console.log);
 * ```
 */
export class SpotClient extends CoreSpotClient {
  /**
   * @param options - all optional
   * @throws {@link ConfigError} for a bad option
   */
  constructor(options: SpotClientOptions = {}) {
    super(options);
  }

  /** @internal */
  protected override platform(): Platform {
    return NODE_PLATFORM;
  }
}
