import { isDataError } from '../contracts/dataError';
import { formatText } from './formatText';

/** The localised texts a web part supplies to explain data failures. Templates use {0}, {1}. */
export interface IDataErrorStrings {
  /** {0} list, {1} site */
  ErrorListNotFound: string;
  /** {0} site */
  ErrorSiteNotFound: string;
  /** {0} list, {1} site, {2} column */
  ErrorColumnNotFound: string;
  /** {0} list, {1} site */
  ErrorAccessDenied: string;
  ErrorThrottled: string;
  /** {0} list */
  ErrorOverThreshold: string;
  ErrorConflict: string;
  ErrorNetwork: string;
  /** {0} technical detail */
  ErrorUnknown: string;
  /** {0} the web part's lists site setting, {1} the origin it must be on */
  ErrorListsSiteRefusedWebPart: string;
  /** {0} the tenant property's value, {1} the origin it must be on */
  ErrorListsSiteRefusedTenant: string;
  /** Stands in for a list name the error did not carry. */
  SomeList: string;
}

export interface IDataErrorDescription {
  message: string;
  /** False when trying again cannot help until someone changes something. */
  canRetry: boolean;
}

/** Says what went wrong and what to do, naming the list and site where the error says which. */
export function describeDataError(error: unknown, siteUrl: string, strings: IDataErrorStrings): IDataErrorDescription {
  if (!isDataError(error)) {
    const detail = error instanceof Error ? error.message : String(error);
    return { message: formatText(strings.ErrorUnknown, detail), canRetry: true };
  }
  const list = error.listTitle ?? strings.SomeList;
  switch (error.kind) {
    case 'listNotFound':
      return { message: formatText(strings.ErrorListNotFound, list, siteUrl), canRetry: false };
    case 'siteNotFound':
      return { message: formatText(strings.ErrorSiteNotFound, siteUrl), canRetry: false };
    case 'columnNotFound':
      return { message: formatText(strings.ErrorColumnNotFound, list, siteUrl, error.column ?? ''), canRetry: false };
    case 'accessDenied':
      return { message: formatText(strings.ErrorAccessDenied, list, siteUrl), canRetry: false };
    case 'throttled':
      return { message: strings.ErrorThrottled, canRetry: true };
    case 'overThreshold':
      return { message: formatText(strings.ErrorOverThreshold, list), canRetry: false };
    case 'conflict':
      return { message: strings.ErrorConflict, canRetry: true };
    case 'network':
      return { message: strings.ErrorNetwork, canRetry: true };
    case 'listsSiteRefused': {
      const template = error.setting === 'tenantProperty' ? strings.ErrorListsSiteRefusedTenant : strings.ErrorListsSiteRefusedWebPart;
      return { message: formatText(template, error.settingValue ?? '', originOf(siteUrl)), canRetry: false };
    }
    default:
      return { message: formatText(strings.ErrorUnknown, error.serverMessage ?? error.message), canRetry: true };
  }
}

function originOf(siteUrl: string): string {
  try {
    return new URL(siteUrl).origin;
  } catch {
    return siteUrl;
  }
}
