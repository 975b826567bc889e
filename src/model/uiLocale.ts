/**
 * The language the reader's interface is in: Welsh or English, both as written in the UK. SPFx
 * loads one strings file per page from the SharePoint UI culture (in Teams the tab forces it to
 * Teams' language with forceLocale={locale}), so dates, numbers, sorting and plurals follow the
 * same culture, set once per page like the strings themselves.
 */
export type UiLocale = 'en-GB' | 'cy-GB';

/**
 * The UI locale for a culture name ("cy-GB", "cy", "en-US"…): Welsh for any Welsh culture, else
 * UK English (the hub ships no other strings, and a UK council's dates are day-first whatever the
 * browser says).
 */
export function uiLocaleFor(cultureName: string | undefined): UiLocale {
  return /^cy(?:[-_]|$)/i.test(cultureName?.trim() ?? '') ? 'cy-GB' : 'en-GB';
}

let current: UiLocale = 'en-GB';

/** Sets the page's UI locale from its culture name; returns the locale now in force. */
export function setUiLocale(cultureName: string | undefined): UiLocale {
  current = uiLocaleFor(cultureName);
  return current;
}

export function uiLocale(): UiLocale {
  return current;
}

/** The language subtag for `lang` attributes: "cy" or "en". */
export function uiLanguage(locale: UiLocale = current): 'cy' | 'en' {
  return locale === 'cy-GB' ? 'cy' : 'en';
}

const collators = new Map<UiLocale, Intl.Collator>();

/**
 * Names in the reader's alphabetical order, ignoring case and accents, numbers in number order
 * ("Ward 2" before "Ward 10"). Welsh sorts its digraphs as letters: "Llan" after "Lyn".
 */
export function nameCollator(locale: UiLocale = current): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/** Compares two names in the reader's order (a function to pass to sort). */
export function compareNames(a: string, b: string): number {
  return nameCollator().compare(a, b);
}
