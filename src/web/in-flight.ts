/**
 * Counts the requests the plugin is answering, so that stopping can wait for them before the
 * database closes under them. While the plugin stops, each answer asks the client to close
 * its connection, so that a keep-alive client opens its next one to another instance.
 */
import type { RequestHandler } from 'express';

export interface InFlightRequests {
  middleware: RequestHandler;
  count(): number;
  /** Resolves true once no request is in flight, or false after `timeoutMs`. */
  settled(timeoutMs: number): Promise<boolean>;
}

export function trackInFlight(isStopping: () => boolean): InFlightRequests {
  let inFlight = 0;
  let waiters: Array<() => void> = [];

  const finished = () => {
    inFlight -= 1;
    if (inFlight > 0) return;
    for (const wake of waiters) wake();
    waiters = [];
  };

  const middleware: RequestHandler = (_req, res, next) => {
    inFlight += 1;
    res.once('close', finished);
    if (isStopping()) res.setHeader('Connection', 'close');
    next();
  };

  const settled = (timeoutMs: number) =>
    new Promise<boolean>((resolve) => {
      if (inFlight === 0) return resolve(true);
      const timer = setTimeout(() => resolve(false), timeoutMs);
      waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });

  return { middleware, count: () => inFlight, settled };
}
