/**
 * Renders a page inside the layout with what every page needs: the viewer, the program, the
 * CSRF token, the locale and the mount path.
 */
import type { Request, Response } from 'express';
import { SUPPORTED_LOCALES, translate, type Locale, type MessageParams } from '../i18n/catalogue';
import type { Member } from '../members/member-store';
import type { Program } from '../programs/program-store';
import type { ViewRenderer } from './views';
import type { SessionTimeoutView } from './session-timeout';

export interface Viewer {
  memberId: number;
  displayName: string;
  /** Administers the program of this request (see request-context). */
  isAdmin: boolean;
  /** Holds the host's administrator role: administers every program and may add one. */
  isGlobalAdmin: boolean;
  /** The programs this member administers, by id. */
  administeredProgramIds: readonly number[];
}

export interface PageLocals {
  locale: Locale;
  baseUrl: string;
  program: Program;
  viewer?: Viewer;
  /** The signed-in member as read at the start of this request (see request-context). */
  member?: Member;
  views: ViewRenderer;
  csrfToken?: () => string;
  /** For a signed-in member: when the session ends, for the layout's warning. */
  sessionTimeout?: SessionTimeoutView;
}

export function pageLocals(res: Response): PageLocals {
  return res.locals as PageLocals;
}

/** Translates a key in the request's language. */
export function t(res: Response, key: string, params?: MessageParams): string {
  return translate(pageLocals(res).locale, key, params);
}

interface NavigationItem {
  key: string;
  path: string;
  adminOnly?: boolean;
}

/** The member's menu; parts of the program add their entry here. */
export const NAVIGATION: NavigationItem[] = [
  { key: 'layout.nav.profile', path: '/profile' },
  { key: 'layout.nav.suggestions', path: '/suggestions' },
  { key: 'layout.nav.partnerships', path: '/partnerships' },
  { key: 'layout.nav.admin', path: '/admin', adminOnly: true },
];

function navigationFor(viewer: Viewer | undefined, currentPath: string) {
  if (!viewer) return [];
  return NAVIGATION.filter((item) => !item.adminOnly || viewer.isAdmin).map((item) => ({
    ...item,
    current: currentPath === item.path || currentPath.startsWith(`${item.path}/`),
  }));
}

/** Where the language choice brings the member back: this page, unless it answered a form. */
function returnPathOf(res: Response): string {
  const req = res.req;
  return req.method === 'GET' ? req.originalUrl.slice(pageLocals(res).baseUrl.length) : '/';
}

export function renderPage(
  res: Response,
  view: string,
  context: Record<string, unknown>,
  status = 200,
): void {
  const locals = pageLocals(res);
  const html = locals.views.render(
    view,
    {
      ...context,
      viewer: locals.viewer,
      program: locals.program,
      // A function, so that only pages with a form create a session for their token.
      csrfToken: locals.csrfToken,
      sessionTimeout: locals.sessionTimeout,
      navigation: navigationFor(locals.viewer, res.req.path),
      languages: SUPPORTED_LOCALES.map((code) => ({ code, current: code === locals.locale })),
      languageReturn: returnPathOf(res),
    },
    { locale: locals.locale, baseUrl: locals.baseUrl },
  );
  res.status(status).type('html').send(html);
}

/** A path inside the plugin, as the browser must request it. */
export function pluginPath(res: Response, path: string): string {
  return `${pageLocals(res).baseUrl}${path}`;
}

/** Accepts only a same-plugin path (no scheme, no host, no protocol-relative trick). */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !/^\/(?![/\\])[\x21-\x7e]*$/.test(value)) return '/';
  return value.length > 512 ? '/' : value;
}

export type { Request };
