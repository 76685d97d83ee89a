/**
 * Every administration page, as the administrators' home (/admin) lists them. Each part of
 * administration appends its own entries to the list below: a title key and a one-sentence
 * description key from the message catalogue, and the page's path inside the plugin.
 */

export interface AdminMenuEntry {
  /** The link's words. */
  titleKey: string;
  /** One sentence under the link saying what the page is for. */
  descriptionKey: string;
  path: string;
}

export const ADMIN_MENU: readonly AdminMenuEntry[] = [
  // ---- Approvals, settings, sessions, programs, email log, audit log ----
  {
    titleKey: 'admin.menu.approvals',
    descriptionKey: 'admin.menu.approvals_description',
    path: '/admin/approvals',
  },
  {
    titleKey: 'admin.menu.settings',
    descriptionKey: 'admin.menu.settings_description',
    path: '/admin/settings',
  },
  {
    titleKey: 'admin.menu.sessions',
    descriptionKey: 'admin.menu.sessions_description',
    path: '/admin/sessions',
  },
  {
    titleKey: 'admin.menu.programs',
    descriptionKey: 'admin.menu.programs_description',
    path: '/admin/programs',
  },
  {
    titleKey: 'admin.menu.email_log',
    descriptionKey: 'admin.menu.email_log_description',
    path: '/admin/email-log',
  },
  {
    titleKey: 'admin.menu.audit_log',
    descriptionKey: 'admin.menu.audit_log_description',
    path: '/admin/audit-log',
  },
  // ---- Oversight, manual matching, reports: append their entries below this line ----
  {
    titleKey: 'admin.menu.participants',
    descriptionKey: 'admin.menu.participants_description',
    path: '/admin/participants',
  },
  {
    titleKey: 'admin.menu.partnerships',
    descriptionKey: 'admin.menu.partnerships_description',
    path: '/admin/partnerships',
  },
  {
    titleKey: 'admin.menu.manual_matching',
    descriptionKey: 'admin.menu.manual_matching_description',
    path: '/admin/matching/pair',
  },
  {
    titleKey: 'admin.menu.proposals',
    descriptionKey: 'admin.menu.proposals_description',
    path: '/admin/matching/proposals',
  },
  {
    titleKey: 'admin.menu.reports',
    descriptionKey: 'admin.menu.reports_description',
    path: '/admin/reports',
  },
  {
    titleKey: 'admin.menu.institutions',
    descriptionKey: 'admin.menu.institutions_description',
    path: '/admin/institutions',
  },
];
