/**
 * The execution status of an order list: Binance's `listOrderStatus` (`spec/rest.md` §7, enums).
 *
 * @remarks Decoded results keep this field a `string`; compare with the enum.
 *
 * @example
 * ```ts
 * import { ListOrderStatus } from 'binance-rx';
 * spot.getOpenOco().subscribe((lists) => console.log(lists.filter((l) => l.listOrderStatus === ListOrderStatus.Executing)));
 * ```
 */
export enum ListOrderStatus {
  /** Placed, or its status changed; still active. */
  Executing = 'EXECUTING',
  /** Finished executing; no longer active. */
  AllDone = 'ALL_DONE',
  /** Answers a failed placement or cancel. */
  Reject = 'REJECT',
}
