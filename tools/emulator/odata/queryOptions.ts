/** Reads the OData system query options SharePoint's REST API honours from a request URL. */
import { spErrors } from '../errors';

export interface IQueryOptions {
  readonly select?: string[];
  readonly expand: string[];
  readonly filter?: string;
  readonly orderby: { readonly path: string; readonly descending: boolean }[];
  readonly top?: number;
  /** From `$skiptoken=Paged=TRUE&p_ID=N` (and `p_<Field>=value` when sorted by other columns). */
  readonly skiptoken?: { readonly id: number; readonly values: URLSearchParams };
}

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The system query options SharePoint honours on list items. */
const ITEM_OPTIONS = new Set(['$select', '$expand', '$filter', '$orderby', '$top', '$skiptoken']);

/**
 * Any other $-option is refused rather than ignored. SharePoint documents that $skip "does not
 * work" on list items (it is ignored there); the emulator says so instead of returning page one.
 */
function assertItemOptions(search: URLSearchParams): void {
  for (const key of search.keys()) {
    if (key === '$skip') {
      throw spErrors.invalidQuery('The $skip query option is not supported on list items; page with $skiptoken (the odata.nextLink).');
    }
    if (key.startsWith('$') && !ITEM_OPTIONS.has(key)) {
      throw spErrors.unsupportedQueryOption(key, 'SP.ListItemCollection');
    }
  }
}

/** One item (…/items(n)) takes $select and $expand only; a filter or page option there would be ignored. */
export function assertSingleItemOptions(search: URLSearchParams): void {
  for (const key of search.keys()) {
    if (key.startsWith('$') && key !== '$select' && key !== '$expand') {
      throw spErrors.unsupportedQueryOption(key, 'SP.ListItem');
    }
  }
}

export function readQueryOptions(search: URLSearchParams): IQueryOptions {
  assertItemOptions(search);
  const select = search.get('$select');
  const topText = search.get('$top');
  let top: number | undefined;
  if (topText !== null) {
    if (!/^\d+$/.test(topText.trim())) {
      throw spErrors.invalidQuery(`The $top query option value '${topText}' is not valid.`);
    }
    top = Number(topText);
  }
  const skiptoken = search.get('$skiptoken');
  let parsedToken: IQueryOptions['skiptoken'];
  if (skiptoken !== null) {
    const token = new URLSearchParams(skiptoken);
    const id = token.get('p_ID');
    if (id === null || !/^\d+$/.test(id)) {
      throw spErrors.invalidQuery(`The $skiptoken value '${skiptoken}' is not valid.`);
    }
    parsedToken = { id: Number(id), values: token };
  }
  const orderby = list(search.get('$orderby')).map((clause) => {
    const [path, direction, ...rest] = clause.split(/\s+/);
    const lowered = (direction ?? 'asc').toLowerCase();
    if (rest.length > 0 || (lowered !== 'asc' && lowered !== 'desc')) {
      throw spErrors.invalidQuery(`The expression "${clause}" is not valid.`);
    }
    return { path, descending: lowered === 'desc' };
  });
  const filter = search.get('$filter');
  return {
    select: select === null ? undefined : list(select),
    expand: list(search.get('$expand')),
    filter: filter === null || filter.trim() === '' ? undefined : filter,
    orderby,
    top,
    skiptoken: parsedToken
  };
}
