import * as common from 'CommonStrings';
import { isDataError } from '../contracts/dataError';
import type { IListsSite } from '../data/resolveListsSite';
import { describeDataError, IDataErrorDescription } from './describeDataError';

const SITE_HINTS: Readonly<Record<IListsSite['source'], string>> = {
  webPartProperty: common.ListsSiteFromWebPart,
  tenantProperty: common.ListsSiteFromTenant,
  currentSite: common.ListsSiteFromCurrentSite
};

/**
 * Explains a failure to read the hub's lists. When the lists or their site are missing, it also says
 * which setting chose that site (web part property, tenant property or neither) and so what to change.
 */
export function describeListsError(error: unknown, listsSite: IListsSite): IDataErrorDescription {
  const described = describeDataError(error, listsSite.url, common);
  const wrongSite = isDataError(error) && (error.kind === 'listNotFound' || error.kind === 'siteNotFound');
  return wrongSite ? { ...described, message: `${described.message} ${SITE_HINTS[listsSite.source]}` } : described;
}
