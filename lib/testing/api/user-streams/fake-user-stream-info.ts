/**
 * One live User Data Stream subscription on the fake's WebSocket API, as tests observe it
 * (`spec/user-data.md` §1).
 *
 * @remarks A snapshot: read `fake.userStreams` again for news.
 */
export interface FakeUserStreamInfo {
  /** The WS-API connection it lives on, e.g. `'ws-api-1'`. */
  readonly connectionId: string;
  /** Its id on that connection (0, 1, … in order of subscription; never reused). */
  readonly subscriptionId: number;
  /** The API key it was made with (the logged-on key for `userDataStream.subscribe`). */
  readonly apiKey: string;
  /** The account whose events it receives. */
  readonly account: string;
  /** `'logon'` (`userDataStream.subscribe`) or `'signature'` (`userDataStream.subscribe.signature`). */
  readonly via: 'logon' | 'signature';
  /** When it was made, by the fake's clock (ms). */
  readonly since: number;
}

/**
 * Selects User Data Stream subscriptions for a test control: an API key or account name (its
 * subscriptions on every connection), or a predicate. No filter selects them all.
 *
 * @example
 * ```ts
 * fake.terminateUserStreams('A'.repeat(64));
 * fake.terminateUserStreams((s) => s.connectionId === 'ws-api-2' && s.via === 'signature');
 * ```
 */
export type FakeUserStreamFilter = string | ((subscription: FakeUserStreamInfo) => boolean);
