/**
 * What the preview server tells the page when it serves it (embedded as JSON in the HTML):
 * the contract between tools/preview/pageHtml.ts and the browser client.
 */

export type PreviewHost = 'sharepoint' | 'teams';

/** Which page of the SharePoint site: the hub's home page, the admins' page (directory health, enquiries report), the ward contact sheet's, the members' or the officers' enquiries page. */
export type PreviewPage = 'home' | 'admin' | 'ward' | 'enquiries' | 'service-enquiries';

export interface IPreviewPersona {
  readonly userId: number;
  readonly title: string;
  readonly email: string;
  /** Claims login name (SPFx: pageContext.user.loginName). */
  readonly loginName: string;
  readonly role: 'reader' | 'editor' | 'owner';
  /** e.g. "Officer — Highways" or "Member for Abbey ward". */
  readonly persona: string;
  /** The picker's group: "Admin", "Member", "Officer", "Head of service", … */
  readonly kind: string;
}

export interface IPreviewBoot {
  readonly host: PreviewHost;
  readonly page: PreviewPage;
  /** Absolute URL of the emulated site, e.g. http://localhost:4400/sites/council */
  readonly siteUrl: string;
  readonly siteTitle: string;
  readonly personas: readonly IPreviewPersona[];
  /** The user the emulator answers as; from the emulator-user cookie, else the emulator's default. */
  readonly signedInUserId?: number;
  /** Name of the cookie that chooses the emulator's user. */
  readonly userCookieName: string;
  /** Emulator admin endpoint for fault injection (GET reads the current settings, POST changes them). */
  readonly faultsUrl: string;
  /** Rate the "Simulate throttling" switch turns on. */
  readonly throttlingRateWhenOn: number;
  /** Base URL of the Fabric MDL2 icon fonts, served locally (no CDN offline). */
  readonly iconFontBaseUrl: string;
  /**
   * The form digest SharePoint renders into every page (`_spPageContextInfo.formDigestValue`, in SPFx
   * `pageContext.legacyPageContext`), so a POST ($batch) on this site needs no digest request first.
   */
  readonly formDigest: { readonly value: string; readonly timeoutSeconds: number };
}

export const PREVIEW_BOOT_ELEMENT_ID = 'preview-boot';

export function readPreviewBoot(doc: Document): IPreviewBoot {
  const element = doc.getElementById(PREVIEW_BOOT_ELEMENT_ID);
  if (!element || !element.textContent) {
    throw new Error(`The preview page has no #${PREVIEW_BOOT_ELEMENT_ID} data; serve it with npm start.`);
  }
  return JSON.parse(element.textContent) as IPreviewBoot;
}
