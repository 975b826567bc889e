/**
 * SPFx's strings loader, for tests of a shell in another language: SPFx loads the strings file of the
 * page's UI culture, and its default (en-us) where the part ships none for that culture. A strings
 * module mocked with stringsForPageCulture answers from the file for `pageCulture.current`.
 */
export const pageCulture: { current: string | undefined } = { current: undefined };

type Strings = Readonly<Record<string, string>>;

export function stringsForPageCulture(enUs: Strings, cyGb: Strings): Strings {
  const loaded = (): Strings => (/^cy(?:[-_]|$)/i.test(pageCulture.current ?? '') ? cyGb : enUs);
  return new Proxy(
    {},
    {
      get: (_target, key) => (typeof key === 'string' ? loaded()[key] : undefined),
      has: (_target, key) => typeof key === 'string' && key in loaded(),
      ownKeys: () => Object.keys(loaded()),
      getOwnPropertyDescriptor: (_target, key) =>
        typeof key === 'string' && key in loaded() ? { value: loaded()[key], enumerable: true, configurable: true, writable: false } : undefined
    }
  );
}
