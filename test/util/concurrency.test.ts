import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from '../../src/util/concurrency.js';

describe('mapWithConcurrency', () => {
  it('keeps the order of the items and never has more than `limit` calls pending', async () => {
    let pending = 0;
    let most = 0;
    const delays = [30, 5, 20, 1, 10, 1, 15];
    const out = await mapWithConcurrency(delays, 3, async (ms, i) => {
      pending++;
      most = Math.max(most, pending);
      await new Promise((r) => setTimeout(r, ms));
      pending--;
      return `${i}:${ms}`;
    });
    expect(out).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10', '5:1', '6:15']);
    expect(most).toBe(3);
  });
  it('handles an empty list and a limit of 1 (strictly one after the other)', async () => {
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
    const seen: number[] = [];
    await mapWithConcurrency([1, 2, 3], 1, async (n) => {
      seen.push(n);
      await new Promise((r) => setTimeout(r, 3 - n));
      seen.push(-n);
    });
    expect(seen).toEqual([1, -1, 2, -2, 3, -3]);
  });
});
