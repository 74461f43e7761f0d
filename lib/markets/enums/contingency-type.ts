/**
 * The kind of an order list: Binance's `contingencyType` (`spec/rest.md` §7, enums). OTOCO, OPO
 * and OPOCO lists report `OTO`.
 *
 * @remarks Decoded results keep this field a `string`, so a kind added later still decodes;
 * compare with the enum.
 *
 * @example
 * ```ts
 * import { ContingencyType } from 'binance-rx';
 * spot.getOco({ orderListId: 1 }).subscribe((l) => console.log(l.contingencyType === ContingencyType.Oco));
 * ```
 */
export enum ContingencyType {
  /** One-cancels-the-other. */
  Oco = 'OCO',
  /** One-triggers-the-other (also OTOCO, OPO, OPOCO). */
  Oto = 'OTO',
}
