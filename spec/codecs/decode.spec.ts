import * as t from 'io-ts';
import { decodeWith } from '../../lib/codecs/decode.js';
import { DecodeError } from '../../lib/errors/decode-error.js';
import { testScheduler } from '../support/marbles.js';

const Num = t.type({ n: t.number }, 'Num');

describe('decodeWith', () => {
  it('default: emits decoded values', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('-a-b|', { a: { n: 1 }, b: { n: 2 } }).pipe(decodeWith(Num))).toBe('-a-b|', { a: { n: 1 }, b: { n: 2 } });
    });
  });

  it('error: without onError the first bad payload errors with DecodeError holding it', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const bad = { n: 'one' };
      expectObservable(cold('-a-b-c|', { a: { n: 1 }, b: bad, c: { n: 3 } }).pipe(decodeWith(Num))).toBe(
        '-a-#',
        { a: { n: 1 } },
        new DecodeError('Num', bad, ['Invalid value "one" supplied to : Num/n: number']),
      );
    });
  });

  it('behavior: with onError a bad payload is reported and the stream goes on', () => {
    const reported: DecodeError[] = [];
    testScheduler().run(({ cold, expectObservable }) => {
      const source = cold('-a-b-c|', { a: { n: 1 }, b: 'junk', c: { n: 3 } });
      expectObservable(source.pipe(decodeWith(Num, { onError: (e) => reported.push(e) }))).toBe('-a---c|', { a: { n: 1 }, c: { n: 3 } });
    });
    expect(reported).toHaveLength(1);
    expect(reported[0]?.payload).toBe('junk');
  });
});
