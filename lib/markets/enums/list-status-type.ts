/**
 * The status of an order list as a whole: Binance's `listStatusType` (`spec/rest.md` §7, enums).
 *
 * @remarks Decoded results keep this field a `string`; compare with the enum.
 *
 * @example
 * ```ts
 * import { ListStatusType } from 'binance-rx';
 * spot.getOco({ orderListId: 1 }).subscribe((l) => console.log(l.listStatusType === ListStatusType.AllDone));
 * ```
 */
export enum ListStatusType {
  /** The list status answers a failed action (placement or cancel). */
  Response = 'RESPONSE',
  /** The list was placed, or its status changed. */
  ExecStarted = 'EXEC_STARTED',
  /** The `clientOrderId` of one of its orders changed. */
  Updated = 'UPDATED',
  /** The list finished executing and is no longer active. */
  AllDone = 'ALL_DONE',
}
