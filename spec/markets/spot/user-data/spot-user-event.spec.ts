import type Big from 'big.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { filter, of } from 'rxjs';
import { decodeWith } from '../../../../lib/codecs/decode.js';
import type { DecodeError } from '../../../../lib/errors/decode-error.js';
import type { ExecutionReport } from '../../../../lib/markets/spot/user-data/execution-report.js';
import { ListStatus } from '../../../../lib/markets/spot/user-data/list-status.js';
import {
  SpotUserEvent,
  isBalanceUpdate,
  isEventStreamTerminated,
  isExecutionReport,
  isExternalLockUpdate,
  isListStatus,
  isOutboundAccountPosition,
  type SpotUserEventKind,
} from '../../../../lib/markets/spot/user-data/spot-user-event.js';
import { decodeLeftPaths, decodeRight } from '../../../support/codec-helpers.js';
import { EXECUTION_REPORT_FRAME, SERVER_SHUTDOWN_FRAME, USER_EVENT_EXAMPLES } from './user-data-examples.js';

const GUARDS: Record<SpotUserEventKind, (e: SpotUserEvent) => boolean> = {
  outboundAccountPosition: isOutboundAccountPosition,
  balanceUpdate: isBalanceUpdate,
  executionReport: isExecutionReport,
  listStatus: isListStatus,
  externalLockUpdate: isExternalLockUpdate,
  eventStreamTerminated: isEventStreamTerminated,
};
const KINDS = Object.keys(USER_EVENT_EXAMPLES) as SpotUserEventKind[];
const decodeAll = (): SpotUserEvent[] => KINDS.map((kind) => decodeRight(SpotUserEvent, USER_EVENT_EXAMPLES[kind]));

function reportOf(payload: unknown): string[] {
  return PathReporter.report(SpotUserEvent.decode(payload));
}

describe('SpotUserEvent', () => {
  it.each(KINDS)('default: decodes the official %s example by its e (user-data.md §2)', (kind) => {
    const event = decodeRight(SpotUserEvent, USER_EVENT_EXAMPLES[kind]);
    expect(event.kind).toBe(kind);
    expect(event.eventType).toBe(kind);
    expect(event.eventTime).toBe(USER_EVENT_EXAMPLES[kind].E);
  });

  it('default: decodes to exactly what the member codec decodes', () => {
    expect(decodeRight(SpotUserEvent, USER_EVENT_EXAMPLES.listStatus)).toEqual(decodeRight(ListStatus, USER_EVENT_EXAMPLES.listStatus));
  });

  it('error: an unknown e fails at path e with a message naming the value', () => {
    expect(decodeLeftPaths(SpotUserEvent, { e: 'outboundAccountInfo', E: 1 })).toEqual(['e']);
    expect(reportOf({ e: 'outboundAccountInfo', E: 1 })).toEqual(['unknown spot user event type "outboundAccountInfo" at e of SpotUserEvent']);
  });

  it('error: a missing e, a non-object and the connection-level serverShutdown are rejected', () => {
    expect(reportOf({ E: 1 })).toEqual(['missing spot user event type (got undefined) at e of SpotUserEvent']);
    expect(decodeLeftPaths(SpotUserEvent, SERVER_SHUTDOWN_FRAME.event)).toEqual(['e']);
    expect(SpotUserEvent.decode(null)._tag).toBe('Left');
    expect(SpotUserEvent.decode([USER_EVENT_EXAMPLES.balanceUpdate])._tag).toBe('Left');
  });

  it('error: the envelope itself is not an event', () => {
    expect(decodeLeftPaths(SpotUserEvent, EXECUTION_REPORT_FRAME)).toEqual(['e']);
  });

  it('error: a known e with a malformed body fails at the field of its member', () => {
    expect(decodeLeftPaths(SpotUserEvent, { ...USER_EVENT_EXAMPLES.executionReport, L: 0.1 })).toEqual(['L']);
    expect(decodeLeftPaths(SpotUserEvent, { ...USER_EVENT_EXAMPLES.balanceUpdate, T: undefined })).toEqual(['T']);
  });

  it('behavior: through decodeWith, an unknown e is reported as a DecodeError and later events still flow', () => {
    const errors: DecodeError[] = [];
    const kinds: string[] = [];
    of({ e: 'mysteryEvent', E: 1 }, USER_EVENT_EXAMPLES.balanceUpdate)
      .pipe(decodeWith(SpotUserEvent, { onError: (error) => errors.push(error) }))
      .subscribe((event) => kinds.push(event.kind));
    expect(kinds).toEqual(['balanceUpdate']);
    expect(errors.map((e) => [e.codec, e.errors])).toEqual([['SpotUserEvent', ['unknown spot user event type "mysteryEvent" at e of SpotUserEvent']]]);
  });

  it('behavior: each guard accepts its own kind and rejects every other kind', () => {
    const events = decodeAll();
    for (const kind of KINDS) {
      expect(events.filter(GUARDS[kind]).map((e) => e.kind)).toEqual([kind]);
    }
  });

  it('behavior: guards narrow the type (compile-time) in Array#filter and rxjs filter', () => {
    const events = decodeAll();
    // @ts-expect-error: without narrowing a SpotUserEvent is not an ExecutionReport
    const unnarrowed: ExecutionReport = events[0];
    expect(unnarrowed.kind).toBe('outboundAccountPosition');

    const [report] = events.filter(isExecutionReport);
    const narrowed: ExecutionReport | undefined = report;
    expect(narrowed?.orderId).toBe(4293153);

    const prices: Big[] = [];
    of(...events)
      .pipe(filter(isExecutionReport))
      .subscribe((r) => prices.push(r.lastExecutedPrice));
    expect(prices.map((p) => p.toFixed())).toEqual(['0']);

    const deltas = events.filter(isBalanceUpdate).map((u) => u.balanceDelta.toFixed());
    const balances = events.filter(isOutboundAccountPosition).flatMap((p) => p.balances.map((b) => b.asset));
    const locks = events.filter(isExternalLockUpdate).map((u) => u.delta.toFixed());
    const lists = events.filter(isListStatus).map((l) => l.orders.length);
    const ends = events.filter(isEventStreamTerminated).map((e) => e.eventTime);
    expect([deltas, balances, locks, lists, ends]).toEqual([['100'], ['ETH'], ['10'], [2], [1728973001334]]);
  });

  it('behavior: kind narrows too, like eventType', () => {
    const event = decodeRight(SpotUserEvent, USER_EVENT_EXAMPLES.externalLockUpdate);
    const asset = event.kind === 'externalLockUpdate' ? event.asset : undefined;
    const sameAsset = event.eventType === 'externalLockUpdate' ? event.asset : undefined;
    expect([asset, sameAsset]).toEqual(['NEO', 'NEO']);
  });

  it('behavior: is() recognises decoded events only, and encode∘decode gives back every event', () => {
    for (const event of decodeAll()) {
      expect(SpotUserEvent.is(event)).toBe(true);
      expect(decodeRight(SpotUserEvent, SpotUserEvent.encode(event))).toEqual(event);
    }
    expect(SpotUserEvent.is(USER_EVENT_EXAMPLES.balanceUpdate)).toBe(false);
    expect(SpotUserEvent.is({ kind: 'nope' })).toBe(false);
  });
});
