/**
 * English strings of the language choice. Each language is named in itself, in every
 * catalogue, so that a reader finds their own language whatever the page is in.
 */
export const enLanguage = {
  'language.legend': 'Language',
  'language.name.en': 'English',
  'language.name.fr': 'Français',
  'language.error.unknown': 'Choose one of the languages offered',
} as const;
