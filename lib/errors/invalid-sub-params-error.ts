import { BinanceError } from './binance-error.js';

/**
 * `stream$` was called with arguments that name no valid stream: an unknown interval, depth
 * level 7, a SubType of another market, a malformed symbol.
 *
 * @remarks Thrown synchronously from `stream$`, before anything is subscribed.
 *
 * @example
 * ```ts
 * import { SpotClient, SubType, InvalidSubParamsError } from 'binance-rx';
 * try { new SpotClient().stream$(SubType.PartialOrderBook, 'BTCUSDT', 7 as 5); }
 * catch (e) { if (e instanceof InvalidSubParamsError) console.log(e.subType); }
 * ```
 */
export class InvalidSubParamsError extends BinanceError {
  override readonly name = 'InvalidSubParamsError';
  /** The SubType that was asked for (as given). */
  readonly subType: string;

  /**
   * @param subType - the SubType as given by the caller
   * @param reason - which argument is wrong and what is accepted
   */
  constructor(subType: string, reason: string) {
    super(`Invalid arguments for stream$(${JSON.stringify(subType)}): ${reason}`, {
      metaMessages: [`SubType: ${subType}`],
    });
    this.subType = subType;
  }
}
