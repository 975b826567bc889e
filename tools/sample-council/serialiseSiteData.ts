/**
 * Stable JSON for site data: object keys sorted at every level, arrays kept in order, so the
 * same data always gives byte-identical text whatever order its properties were built in.
 */
import { ISiteData } from '../emulator/siteData';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(source).sort()) {
      if (source[key] !== undefined) {
        sorted[key] = sortKeys(source[key]);
      }
    }
    return sorted;
  }
  return value;
}

export function serialiseSiteData(data: ISiteData, indent?: number): string {
  return JSON.stringify(sortKeys(data), null, indent);
}
