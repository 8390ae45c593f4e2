/**
 * Slack closes a view_submission as failed when no ack arrives within 3 s. The answer must be stored before the
 * ack (so errors can be shown in the modal), which is normally a few milliseconds; when the database is slow we
 * ack just in time and deliver the outcome afterwards instead of letting Slack show "something went wrong".
 */
export const ACK_BUDGET_MS = 2_500;

export type Raced<T> = { done: true; value: T } | { done: false; later: Promise<T> };

export async function withinDeadline<T>(work: Promise<T>, ms: number): Promise<Raced<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    const first = await Promise.race([work.then((value) => ({ value })), timeout]);
    return first === 'late' ? { done: false, later: work } : { done: true, value: first.value };
  } finally {
    clearTimeout(timer);
  }
}
