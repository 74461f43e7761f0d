import { TestScheduler } from 'rxjs/testing';

/** A TestScheduler asserting with Jest's deep equality. */
export function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}
