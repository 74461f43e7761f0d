import Big from 'big.js';
import { ConfigError } from '../../../errors/config-error.js';

/** One asset's balance: what is free to trade and what open orders hold. */
export interface FakeSpotBalance {
  readonly free: Big;
  readonly locked: Big;
}

interface MutableBalance {
  free: Big;
  locked: Big;
}

/**
 * The fake account's asset balances, exact to the last digit (`Big`, never floats).
 *
 * @remarks Assets keep the order they were first seen in, which is the order
 * `account.status` lists them in.
 *
 * @internal
 */
export class FakeSpotBalances {
  readonly #assets = new Map<string, MutableBalance>();

  /**
   * @param initial - free amounts by asset, as exact decimal strings
   * @throws {@link ConfigError} when an amount is not a decimal ≥ 0
   */
  constructor(initial: Readonly<Record<string, string>>) {
    for (const [asset, amount] of Object.entries(initial)) {
      let free: Big;
      try {
        free = new Big(amount);
      } catch (cause: unknown) {
        throw new ConfigError(`Balance of ${asset} must be a decimal string, got '${amount}'.`, 'balances', { cause });
      }
      if (free.lt(0)) throw new ConfigError(`Balance of ${asset} must be ≥ 0, got '${amount}'.`, 'balances');
      this.#assets.set(asset, { free, locked: new Big(0) });
    }
  }

  /** The balance of one asset (zero for an asset never held). */
  get(asset: string): FakeSpotBalance {
    const balance = this.#assets.get(asset);
    return balance === undefined ? { free: new Big(0), locked: new Big(0) } : { ...balance };
  }

  /** Every asset's balance, in first-seen order. */
  entries(): [string, FakeSpotBalance][] {
    return [...this.#assets].map(([asset, balance]) => [asset, { ...balance }]);
  }

  /** Whether `amount` of `asset` is free. */
  hasFree(asset: string, amount: Big): boolean {
    return this.get(asset).free.gte(amount);
  }

  /** Moves `amount` from free to locked; the caller checked {@link FakeSpotBalances.hasFree}. */
  lock(asset: string, amount: Big): void {
    const balance = this.#entry(asset);
    balance.free = balance.free.minus(amount);
    balance.locked = balance.locked.plus(amount);
  }

  /** Moves `amount` from locked back to free. */
  unlock(asset: string, amount: Big): void {
    const balance = this.#entry(asset);
    balance.locked = balance.locked.minus(amount);
    balance.free = balance.free.plus(amount);
  }

  /** Adds `amount` (negative to take) to the free balance. */
  addFree(asset: string, amount: Big): void {
    const balance = this.#entry(asset);
    balance.free = balance.free.plus(amount);
  }

  #entry(asset: string): MutableBalance {
    let balance = this.#assets.get(asset);
    if (balance === undefined) {
      balance = { free: new Big(0), locked: new Big(0) };
      this.#assets.set(asset, balance);
    }
    return balance;
  }
}
