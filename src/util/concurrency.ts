/**
 * Maps `items` through the async `fn` with at most `limit` calls pending at once; the results
 * keep the order of `items`. A rejection of `fn` rejects the whole map (callers that want to
 * go on catch inside `fn`).
 * @param limit at least 1.
 */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}
