import * as common from 'CommonStrings';
import { isDataError } from '../../../data/DataError';
import type { IListsSite } from '../../../data/resolveListsSite';
import { describeDataError, IDataErrorDescription } from '../../../ui/describeDataError';
import { formatText } from '../../../ui/formatText';

const SITE_HINTS: Readonly<Record<IListsSite['source'], string>> = {
  webPartProperty: common.ListsSiteFromWebPart,
  tenantProperty: common.ListsSiteFromTenant,
  currentSite: common.ListsSiteFromCurrentSite
};

/**
 * Explains a failure to load briefings. When the lists or their site are missing, it also says
 * which setting chose that site (web part property, tenant property or neither) and so what to change.
 */
export function describeBriefingError(error: unknown, listsSite: IListsSite): IDataErrorDescription {
  const described = describeDataError(error, listsSite.url, common);
  const wrongSite = isDataError(error) && (error.kind === 'listNotFound' || error.kind === 'siteNotFound');
  if (!wrongSite) return described;
  const ignored = listsSite.ignored.map((setting) => formatText(setting.source === 'webPartProperty' ? common.IgnoredWebPartSiteSetting : common.IgnoredTenantSiteSetting, setting.value));
  return { ...described, message: [described.message, SITE_HINTS[listsSite.source], ...ignored].join(' ') };
}
