/**
 * The promise's value if it settles within `ms`, else `late`; the promise itself goes on (nothing cancels it), so
 * it must handle its own rejection if it can outlive the wait. The timer never keeps the process alive.
 */
export async function within<T, L>(promise: Promise<T>, ms: number, late: L): Promise<T | L> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<L>((resolve) => {
    timer = setTimeout(() => resolve(late), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
