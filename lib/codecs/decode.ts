import type * as t from 'io-ts';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { Observable, type OperatorFunction } from 'rxjs';
import { DecodeError } from '../errors/decode-error.js';

/** What {@link decodeWith} does with a payload that fails its codec. */
export interface DecodeOptions {
  /**
   * Report the failure here and go on with the next value. Without it, the stream errors with
   * the {@link DecodeError}.
   */
  readonly onError?: (error: DecodeError) => void;
}

/**
 * The one operator that turns wire payloads into decoded values.
 *
 * @param decoder - the io-ts codec of the payload
 * @param options - `onError` to report failures instead of erroring (what long-lived streams do)
 * @returns an operator emitting decoded values
 * @throws {@link DecodeError} on the first failing payload, unless `onError` is given
 *
 * @example
 * ```ts
 * import { of } from 'rxjs';
 * of({ e: 'trade', ... }).pipe(decodeWith(Trade)).subscribe(console.log);
 * ```
 */
export function decodeWith<A>(decoder: t.Decoder<unknown, A>, options: DecodeOptions = {}): OperatorFunction<unknown, A> {
  const { onError } = options;
  return (source) =>
    new Observable<A>((subscriber) =>
      source.subscribe({
        next(payload) {
          const result = decoder.decode(payload);
          if (result._tag === 'Right') {
            subscriber.next(result.right);
            return;
          }
          const error = new DecodeError(decoder.name, payload, PathReporter.report(result));
          if (onError === undefined) subscriber.error(error);
          else onError(error);
        },
        error: (e: unknown) => subscriber.error(e),
        complete: () => subscriber.complete(),
      }),
    );
}
