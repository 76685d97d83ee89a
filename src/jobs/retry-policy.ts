/** How often and how soon failed work is tried again: delays double up to a cap. */

export interface RetryPolicy {
  /** Attempts in all, the first included; after the last, the work is marked failed. */
  maxAttempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

/** Delay before the attempt after `attempt` (counting from 1). */
export function retryDelayMs(policy: RetryPolicy, attempt: number): number {
  const doubled = policy.firstDelayMs * 2 ** Math.max(0, attempt - 1);
  return Math.min(policy.maxDelayMs, doubled);
}

export function isLastAttempt(policy: RetryPolicy, attempt: number): boolean {
  return attempt >= policy.maxAttempts;
}
