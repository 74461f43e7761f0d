import Big from 'big.js';
import { ExternalLockUpdate } from '../../../../lib/markets/spot/user-data/external-lock-update.js';
import { decodeLeftPaths, decodeRight } from '../../../support/codec-helpers.js';
import { EXTERNAL_LOCK_UPDATE_FRAME } from './user-data-examples.js';

const example = EXTERNAL_LOCK_UPDATE_FRAME.event;

describe('ExternalLockUpdate', () => {
  it('default: decodes the official example payload (user-data.md §2)', () => {
    expect(decodeRight(ExternalLockUpdate, example)).toEqual({
      kind: 'externalLockUpdate',
      eventType: 'externalLockUpdate',
      eventTime: 1581557507324,
      asset: 'NEO',
      delta: new Big('10'),
      transactionTime: 1581557507268,
    });
  });

  it('error: rejects a numeric delta and names the field', () => {
    expect(decodeLeftPaths(ExternalLockUpdate, { ...example, d: 10 })).toEqual(['d']);
  });

  it('error: rejects a missing asset and another event type', () => {
    const { a: _a, ...rest } = example;
    expect(decodeLeftPaths(ExternalLockUpdate, rest)).toEqual(['a']);
    expect(decodeLeftPaths(ExternalLockUpdate, { ...example, e: 'balanceUpdate' })).toEqual(['e', 'e']);
  });

  it('behavior: encode∘decode gives back the wire values', () => {
    const update = decodeRight(ExternalLockUpdate, example);
    expect(decodeRight(ExternalLockUpdate, ExternalLockUpdate.encode(update))).toEqual(update);
  });
});
