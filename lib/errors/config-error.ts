import { BinanceError } from './binance-error.js';

/**
 * A bad client option, missing credentials, or a call on a closed client.
 *
 * @remarks Thrown synchronously (from a constructor or a method). The one exception: a request
 * observable made before `close()` and subscribed after it emits this error.
 *
 * @example
 * ```ts
 * import { SpotClient, ConfigError } from 'binance-rx';
 * try { new SpotClient({ streamTimeout: -1 }); } catch (e) { if (e instanceof ConfigError) console.log(e.option); }
 * ```
 */
export class ConfigError extends BinanceError {
  override readonly name = 'ConfigError';
  /** The option at fault, when one is. */
  readonly option: string | undefined;

  /**
   * @param message - what is wrong and how to fix it
   * @param option - the option at fault
   */
  constructor(message: string, option?: string, options: { cause?: unknown } = {}) {
    super(message, { ...options, ...(option === undefined ? {} : { metaMessages: [`Option: ${option}`] }) });
    this.option = option;
  }
}

/** The error of work asked of a closed client. @internal */
export function clientClosedError(): ConfigError {
  return new ConfigError('This client is closed; create a new one.');
}
