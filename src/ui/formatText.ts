/** Fills {0}, {1}… in a localised template, so word order stays in the strings file. */
export function formatText(template: string, ...values: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}

/** Picks the singular or plural template by count (English has just these two forms), then fills {0} with the count. */
export function formatCount(count: number, one: string, other: string): string {
  return formatText(count === 1 ? one : other, count);
}
