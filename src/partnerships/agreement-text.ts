/**
 * The default Mentoring Agreement, drawn from the program's stated roles and expectations:
 * what each partner does, first contact by the mentor, how often to meet, confidentiality,
 * the term and how either partner may end it. Its words live in the message catalogue; a
 * version stores the text as it was written, so a signed text never changes afterwards.
 */
import { translate, type Locale } from '../i18n/catalogue';

const PARAGRAPHS = [
  'parties',
  'roles',
  'first_contact',
  'meetings',
  'confidentiality',
  'term',
  'ending',
  'respect',
] as const;

export interface AgreementText {
  title: string;
  body: string;
  language: Locale;
}

export function defaultAgreement(
  locale: Locale,
  programName: string,
  termMonths: number,
): AgreementText {
  const params = { program: programName, months: termMonths };
  const paragraphs = PARAGRAPHS.map((name) =>
    translate(locale, `partnerships.agreement.default.${name}`, params),
  );
  return {
    title: translate(locale, 'partnerships.agreement.default.title', params),
    body: paragraphs.join('\n\n'),
    language: locale,
  };
}

/** The body as paragraphs, for a view to show one per element. */
export function agreementParagraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
