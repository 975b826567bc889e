import { DataError, toDataError } from '../DataError';
import type { SPFI } from '../pnp';

interface IFormResult {
  readonly FieldName?: string;
  readonly HasException?: boolean;
  readonly ErrorMessage?: string | null;
  readonly ItemId?: number;
}

/**
 * Creates an item inside a folder of a list (`AddValidateUpdateItemUsingPath`), with form values as
 * SharePoint's own forms send them, so the folder's permissions apply to it. Creating cannot
 * overwrite anyone's edit, so it needs no ETag. The new item's id; a refused column or an unanswered
 * request throws its DataError.
 */
export async function addItemInFolder(
  sp: SPFI,
  listTitle: string,
  folderUrl: string,
  values: readonly [string, string | undefined][]
): Promise<number> {
  const formValues = values.filter(([, value]) => value !== undefined).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue: FieldValue ?? '' }));
  let results: IFormResult[];
  try {
    results = (await sp.web.lists.getByTitle(listTitle).addValidateUpdateItemUsingPath(formValues, folderUrl)) as IFormResult[];
  } catch (error) {
    throw await toDataError(error, { listTitle });
  }
  const failed = results.find((result) => result.HasException === true);
  const id = results.find((result) => typeof result.ItemId === 'number' && result.ItemId > 0)?.ItemId;
  if (failed || id === undefined) {
    throw new DataError({ kind: 'unknown', listTitle, column: failed?.FieldName, serverMessage: failed?.ErrorMessage ?? undefined });
  }
  return id;
}
