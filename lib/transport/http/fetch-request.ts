import { Observable } from 'rxjs';
import type { FetchLike } from '../../client/platform.js';
import { HttpError } from '../../errors/request-errors.js';

/** One HTTP exchange as read by {@link fetchRequest}. @internal */
export interface HttpReply {
  readonly status: number;
  /** Response headers, looked up case-insensitively. */
  readonly headers: { get(name: string): string | null; forEach(fn: (value: string, name: string) => void): void };
  readonly contentType: string;
  readonly text: string;
}

/** What {@link fetchRequest} sends. @internal */
export interface HttpRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/**
 * One `fetch` as a cold observable: subscribing sends, unsubscribing aborts (STYLE §6.2: one
 * `AbortController` per subscriber). Emits the status, headers and body text once.
 *
 * @throws {@link HttpError} (emitted) when the network fails before a response arrives
 * @internal
 */
export function fetchRequest(fetch: FetchLike, request: HttpRequest): Observable<HttpReply> {
  return new Observable<HttpReply>((subscriber) => {
    const controller = new AbortController();
    const init: RequestInit = { method: request.method, headers: request.headers, signal: controller.signal };
    if (request.body !== undefined) init.body = request.body;
    fetch(request.url, init)
      .then(async (response) => {
        const text = await response.text();
        return { status: response.status, headers: response.headers, contentType: response.headers.get('content-type') ?? '', text };
      })
      .then(
        (reply) => {
          subscriber.next(reply);
          subscriber.complete();
        },
        (cause: unknown) => {
          if (controller.signal.aborted) return; // the subscriber left; nobody to tell
          subscriber.error(new HttpError(`${request.method} failed before a response arrived.`, request.url, undefined, { cause }));
        },
      );
    return () => controller.abort();
  });
}
