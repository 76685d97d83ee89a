/**
 * An email's name as administrators read it on the settings page, the email log and the audit
 * log. Every email has one in each catalogue; a test checks it for every template.
 */
import { translate, type Locale } from '../i18n/catalogue';

export function emailName(locale: Locale, template: string): string {
  return translate(locale, `admin.settings.email.${template}`);
}
