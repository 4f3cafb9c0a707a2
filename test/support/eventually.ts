/**
 * Re-checks a condition until it holds (or fails after `timeoutMs`): for states that arrive asynchronously,
 * such as events under the PostgreSQL visibility frontier, which other test workers' open transactions on the
 * shared cluster hold back for a few milliseconds.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
