import type { ODataFormat } from '../errors';

/**
 * Which OData JSON flavour the client asked for. SharePoint Online answers plain
 * `application/json` with minimal metadata, and `odata=verbose` with the `d` wrapper.
 */
export function formatFromAccept(accept: string | undefined): ODataFormat {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) {
    return 'verbose';
  }
  if (value.includes('odata=nometadata')) {
    return 'nometadata';
  }
  return 'minimalmetadata';
}

export function contentTypeFor(format: ODataFormat): string {
  return `application/json;odata=${format};streaming=true;charset=utf-8`;
}
