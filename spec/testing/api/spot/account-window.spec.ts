import { FakeParamError } from '../../../../lib/testing/api/fake-params';
import { readWindow, selectWindow } from '../../../../lib/testing/api/spot/account-window';

const items = [1, 2, 3, 4, 5].map((id) => ({ id, time: id * 100 }));
const pick = (query: Partial<Parameters<typeof selectWindow>[3]>) =>
  selectWindow(items, (item) => item.id, (item) => item.time, { fromId: undefined, startTime: undefined, endTime: undefined, limit: 500, ...query }).map(
    (item) => item.id,
  );

describe('selectWindow', () => {
  it('default: the newest up to limit, oldest first', () => {
    expect(pick({})).toEqual([1, 2, 3, 4, 5]);
    expect(pick({ limit: 2 })).toEqual([4, 5]);
  });

  it('args: fromId, startTime, endTime and both', () => {
    expect(pick({ fromId: 3 })).toEqual([3, 4, 5]);
    expect(pick({ fromId: 2, limit: 2 })).toEqual([2, 3]);
    expect(pick({ startTime: 200, limit: 2 })).toEqual([2, 3]);
    expect(pick({ endTime: 300, limit: 2 })).toEqual([2, 3]);
    expect(pick({ startTime: 200, endTime: 400 })).toEqual([2, 3, 4]);
  });
});

describe('readWindow', () => {
  it('default: limit 500, capped at 1000, from JSON or text', () => {
    expect(readWindow({})).toEqual({ fromId: undefined, startTime: undefined, endTime: undefined, limit: 500 });
    expect(readWindow({ limit: '5000', fromId: '7' })).toMatchObject({ limit: 1000, fromId: 7 });
    expect(readWindow({ orderId: 3, startTime: 1 }, { fromName: 'orderId', exclusive: false })).toMatchObject({ fromId: 3, startTime: 1 });
  });

  it('error: a bad limit, a span over 24 h, an id with a time range', () => {
    const errorOf = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error: unknown) {
        if (error instanceof FakeParamError) return error.outcome;
      }
      return undefined;
    };
    expect(errorOf(() => readWindow({ limit: 0 }))).toMatchObject({ error: { code: -1130 } });
    expect(errorOf(() => readWindow({ startTime: 0, endTime: 86_400_001 }))).toMatchObject({ error: { code: -1127 } });
    expect(errorOf(() => readWindow({ startTime: 0, endTime: 86_400_001 }, { maxSpan: false }))).toBeUndefined();
    expect(errorOf(() => readWindow({ fromId: 1, endTime: 5 }))).toMatchObject({ status: 400, error: { code: -1128 } });
  });
});
