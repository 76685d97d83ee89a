/**
 * The stand-in host's mailbox as an Express router:
 *
 * - `GET /`                   every message, newest first, a page at a time (`?page=2`);
 * - `GET /messages/:id`       one message: its headers, its HTML version in a sandboxed frame
 *                             and its text version;
 * - `GET /messages/:id/html`  the HTML version alone, under a Content-Security-Policy that
 *                             sandboxes it and lets it load nothing but inline styles and
 *                             embedded images.
 *
 * Anyone who can reach it can read every message, so only the stand-in host mounts it.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { listMessages, readMessage } from './mailbox-folder';
import {
  framedHtml,
  renderErrorPage,
  renderListPage,
  renderMessagePage,
  renderNotFoundPage,
} from './mailbox-pages';

export interface MailboxRouterOptions {
  directory: string;
  /** Messages per page of the list; 25 if absent. */
  pageSize?: number;
  /** Told of errors the router did not expect; the page shown never includes them. */
  onError?: (error: unknown) => void;
}

const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

// `sandbox` without allow-scripts or allow-same-origin, even when opened outside the frame.
const MESSAGE_HTML_POLICY =
  'sandbox allow-popups allow-popups-to-escape-sandbox; ' +
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

export function createMailboxRouter(options: MailboxRouterOptions): Router {
  const router = express.Router();
  const pageSize = options.pageSize ?? 25;

  router.get('/', async (req, res) => {
    const page = await listMessages(options.directory, pageNumber(req.query.page), pageSize);
    sendPage(res, 200, renderListPage(page, req.baseUrl));
  });

  router.get('/messages/:id', async (req, res) => {
    const message = await readMessage(options.directory, String(req.params.id));
    if (!message) return sendPage(res, 404, renderNotFoundPage());
    sendPage(res, 200, renderMessagePage(message, req.baseUrl));
  });

  router.get('/messages/:id/html', async (req, res) => {
    const message = await readMessage(options.directory, String(req.params.id));
    if (!message?.html) return sendPage(res, 404, renderNotFoundPage());
    res.set({
      'Content-Security-Policy': MESSAGE_HTML_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.status(200).type('html').send(framedHtml(message.html));
  });

  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    options.onError?.(error);
    sendPage(res, 500, renderErrorPage());
  });
  return router;
}

function pageNumber(value: unknown): number {
  const parsed = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, parsed);
}

function sendPage(res: Response, status: number, html: string): void {
  res.set({
    'Content-Security-Policy': PAGE_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.status(status).type('html').send(html);
}
