import * as t from 'io-ts';
import { BalanceUpdate, type BalanceUpdateWire } from './balance-update.js';
import { EventStreamTerminated, type EventStreamTerminatedWire } from './event-stream-terminated.js';
import { ExecutionReport, type ExecutionReportWire } from './execution-report.js';
import { ExternalLockUpdate, type ExternalLockUpdateWire } from './external-lock-update.js';
import { ListStatus, type ListStatusWire } from './list-status.js';
import { OutboundAccountPosition, type OutboundAccountPositionWire } from './outbound-account-position.js';

/** Binance's `e` → the codec of that user-data event. */
const MEMBERS: Readonly<Record<SpotUserEventKind, t.Mixed>> = {
  outboundAccountPosition: OutboundAccountPosition,
  balanceUpdate: BalanceUpdate,
  executionReport: ExecutionReport,
  listStatus: ListStatus,
  externalLockUpdate: ExternalLockUpdate,
  eventStreamTerminated: EventStreamTerminated,
};

/** A decoded spot user-data event; narrow on `kind` (or `eventType`), or with `isExecutionReport` and its siblings. */
export type SpotUserEvent =
  | OutboundAccountPosition
  | BalanceUpdate
  | ExecutionReport
  | ListStatus
  | ExternalLockUpdate
  | EventStreamTerminated;
/** The wire form of a spot user-data event: the `event` object of the WS-API envelope. */
export type SpotUserEventWire =
  | OutboundAccountPositionWire
  | BalanceUpdateWire
  | ExecutionReportWire
  | ListStatusWire
  | ExternalLockUpdateWire
  | EventStreamTerminatedWire;
/** Binance's spot user-data event types (`e`): the values of `SpotUserEvent['kind']`. */
export type SpotUserEventKind = SpotUserEvent['kind'];

/**
 * Any spot user-data event, dispatched on Binance's event type `e` (`spec/user-data.md` §2).
 * Decodes the `event` object of the WS-API envelope `{ subscriptionId, event }`, not the envelope.
 *
 * @remarks An unknown or missing `e` is a decode failure at path `e` whose message names the
 * value, so the stream can report it as a `DecodeError` and go on. `serverShutdown` is a
 * connection event, not a user event, and is rejected here.
 *
 * @example
 * ```ts
 * import { SpotClient, SubType } from 'binance-rx';
 * spot.stream$(SubType.User).subscribe((e) => {
 *   if (e.kind === 'executionReport') console.log(e.orderId, e.orderStatus);
 * });
 * ```
 */
export const SpotUserEvent = new t.Type<SpotUserEvent, SpotUserEventWire, unknown>(
  'SpotUserEvent',
  (u): u is SpotUserEvent => isRecord(u) && memberOf(u['kind'])?.is(u) === true,
  (u, c) => {
    if (!isRecord(u)) return t.failure(u, c);
    const e = u['e'];
    const member = memberOf(e);
    if (member === undefined) {
      const what = typeof e === 'string' ? `unknown spot user event type "${e}"` : `missing spot user event type (got ${typeof e})`;
      return t.failure(e, t.appendContext(c, 'e', t.string, e), `${what} at e of SpotUserEvent`);
    }
    return member.validate(u, c);
  },
  (a) => MEMBERS[a.kind].encode(a),
);

/**
 * Narrows a spot user-data event to an `outboundAccountPosition`.
 * @param e - a spot user-data event
 * @returns whether `e` is an {@link OutboundAccountPosition}
 * @example
 * ```ts
 * spot.stream$(SubType.User).pipe(filter(isOutboundAccountPosition)).subscribe((p) => console.log(p.balances));
 * ```
 */
export const isOutboundAccountPosition = (e: SpotUserEvent): e is OutboundAccountPosition => e.kind === 'outboundAccountPosition';

/**
 * Narrows a spot user-data event to a `balanceUpdate`.
 * @param e - a spot user-data event
 * @returns whether `e` is a {@link BalanceUpdate}
 * @example
 * ```ts
 * spot.stream$(SubType.User).pipe(filter(isBalanceUpdate)).subscribe((u) => console.log(u.asset, u.balanceDelta.toFixed()));
 * ```
 */
export const isBalanceUpdate = (e: SpotUserEvent): e is BalanceUpdate => e.kind === 'balanceUpdate';

/**
 * Narrows a spot user-data event to an `executionReport`.
 * @param e - a spot user-data event
 * @returns whether `e` is an {@link ExecutionReport}
 * @example
 * ```ts
 * spot.stream$(SubType.User).pipe(filter(isExecutionReport)).subscribe((r) => console.log(r.orderStatus, r.lastExecutedPrice.toFixed()));
 * ```
 */
export const isExecutionReport = (e: SpotUserEvent): e is ExecutionReport => e.kind === 'executionReport';

/**
 * Narrows a spot user-data event to a `listStatus`.
 * @param e - a spot user-data event
 * @returns whether `e` is a {@link ListStatus}
 * @example
 * ```ts
 * spot.stream$(SubType.User).pipe(filter(isListStatus)).subscribe((l) => console.log(l.orderListId, l.listOrderStatus));
 * ```
 */
export const isListStatus = (e: SpotUserEvent): e is ListStatus => e.kind === 'listStatus';

/**
 * Narrows a spot user-data event to an `externalLockUpdate`.
 * @param e - a spot user-data event
 * @returns whether `e` is an {@link ExternalLockUpdate}
 * @example
 * ```ts
 * spot.stream$(SubType.User).pipe(filter(isExternalLockUpdate)).subscribe((u) => console.log(u.asset, u.delta.toFixed()));
 * ```
 */
export const isExternalLockUpdate = (e: SpotUserEvent): e is ExternalLockUpdate => e.kind === 'externalLockUpdate';

/**
 * Narrows a spot user-data event to an `eventStreamTerminated`.
 * @param e - a spot user-data event
 * @returns whether `e` is an {@link EventStreamTerminated}
 * @example
 * ```ts
 * spot.stream$(SubType.User).pipe(filter(isEventStreamTerminated)).subscribe((e) => console.log('ended', e.eventTime));
 * ```
 */
export const isEventStreamTerminated = (e: SpotUserEvent): e is EventStreamTerminated => e.kind === 'eventStreamTerminated';

function memberOf(e: unknown): t.Mixed | undefined {
  return isKind(e) ? MEMBERS[e] : undefined;
}

function isKind(e: unknown): e is SpotUserEventKind {
  return typeof e === 'string' && Object.hasOwn(MEMBERS, e);
}

function isRecord(u: unknown): u is Readonly<Record<string, unknown>> {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}
