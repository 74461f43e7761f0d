import type { Observable } from 'rxjs';

/**
 * Runs a request a transport makes on its own (server time, `session.logon`) once the rate
 * limiter admits its weight: the client's requests are not the only ones that count.
 *
 * @internal
 */
export type RequestMeter = <T>(name: string, weight: number, request$: Observable<T>) => Observable<T>;

/** A meter that admits everything at once (no limiter). @internal */
export const unmetered: RequestMeter = (_name, _weight, request$) => request$;
