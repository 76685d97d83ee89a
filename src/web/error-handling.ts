/**
 * The plugin's own 404 and error pages. Known errors map to their status and a plain page;
 * anything else is logged with its stack and a reference the member can quote.
 */
import crypto from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isDatabaseUnavailable } from '../db/errors';
import type { Logger } from '../logging/logger';
import { manifest } from '../manifest';
import { NotSignedInError, statusOf } from './errors';
import { RateLimitedError } from './rate-limit';
import { pageLocals, pluginPath, renderPage, t } from './render';

const PAGE_BY_STATUS: Record<number, string> = {
  400: 'error.bad_request',
  403: 'error.forbidden',
  404: 'error.not_found',
  413: 'error.bad_request',
  415: 'error.bad_request',
  429: 'error.rate_limited',
};

export const notFound: RequestHandler = (_req, res) => {
  renderPage(res, 'errors/error', {
    title: t(res, 'error.not_found.title'),
    message: t(res, 'error.not_found.body'),
  }, 404);
};

/** A page of its own for the refusals that name one; other errors' keys are not page keys. */
function pageKeyOf(err: unknown): string | undefined {
  return err instanceof RateLimitedError ? err.pageKey : undefined;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    // Part of the answer is out: only Express's own handler can end it (it cuts the connection).
    if (res.headersSent) return next(err);
    if (err instanceof NotSignedInError && req.method === 'GET') {
      const returnTo = encodeURIComponent(req.originalUrl.slice(pageLocals(res).baseUrl.length));
      const signIn = `${manifest.sso.loginPath}?RelayState=${returnTo}`;
      return res.redirect(303, pluginPath(res, signIn));
    }

    const status = statusOf(err);
    if (status < 500) {
      logger.warn({ event: 'request_refused', status, reason: err.code ?? err.name, path: req.path });
      const key: string = err.code === 'EBADCSRFTOKEN'
        ? 'error.csrf'
        : (pageKeyOf(err) ?? PAGE_BY_STATUS[status] ?? 'error.bad_request');
      return renderPage(res, 'errors/error', {
        title: t(res, `${key}.title`),
        message: t(res, `${key}.body`),
      }, status === 401 ? 403 : status);
    }

    const reference = crypto.randomBytes(4).toString('hex');
    // The database gone for a moment is no fault of the request: 503 tells clients to retry.
    const failed = isDatabaseUnavailable(err) ? 503 : 500;
    logger.error({ event: 'request_failed', status: failed, err, reference, path: req.path });
    if (failed === 503) res.setHeader('Retry-After', '5');
    try {
      renderPage(res, 'errors/error', {
        title: t(res, 'error.internal.title'),
        message: t(res, 'error.internal.body', {
          email: pageLocals(res).program?.supportContactEmail ?? '',
          reference,
        }),
      }, failed);
    } catch {
      res.status(failed).type('text').send(`Error ${reference}`);
    }
  };
}
