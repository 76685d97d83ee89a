/** French strings of the language choice; the languages keep their own names. */
export const frLanguage: Record<string, string> = {
  'language.legend': 'Langue',
  'language.name.en': 'English',
  'language.name.fr': 'Français',
  'language.error.unknown': 'Choisissez l’une des langues proposées',
};
