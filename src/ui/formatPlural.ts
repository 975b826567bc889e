import { uiLocale, type UiLocale } from '../model/uiLocale';
import { formatNumber } from './formatNumber';
import { formatText } from './formatText';

/**
 * A count's templates by CLDR plural category. English uses one and other; Welsh also has zero,
 * two, few and many ("dwy eitem", "tair eitem", "chwe eitem"), which a loc file may add as
 * <Name>Zero, <Name>Two, <Name>Few and <Name>Many next to <Name>One and <Name>Other.
 */
export interface IPluralForms {
  readonly zero?: string;
  readonly one: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

type PluralKeys<TName extends string> = Record<`${TName}One` | `${TName}Other`, string>;

/** The plural forms <name>One, <name>Other and any of <name>Zero/Two/Few/Many a strings file has. */
export function pluralForms<TName extends string>(strings: PluralKeys<TName>, name: TName): IPluralForms {
  const optional = strings as Partial<Record<string, string>>;
  return {
    zero: optional[`${name}Zero`],
    one: strings[`${name}One`],
    two: optional[`${name}Two`],
    few: optional[`${name}Few`],
    many: optional[`${name}Many`],
    other: strings[`${name}Other`]
  };
}

const rules = new Map<UiLocale, Intl.PluralRules>();

/** The template for a count in the locale's plural rules; a category the strings lack uses other. */
export function pluralTemplate(count: number, forms: IPluralForms, locale: UiLocale = uiLocale()): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const category = rule.select(count) as Intl.LDMLPluralRule;
  return forms[category] ?? forms.other;
}

/** The count in words: the template for its plural category, {0} filled with the formatted count. */
export function formatPlural(count: number, forms: IPluralForms, locale: UiLocale = uiLocale()): string {
  return formatText(pluralTemplate(count, forms, locale), formatNumber(count, locale));
}
