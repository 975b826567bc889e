/**
 * Hostile and messy versions of the sample council, made by transforming generateSampleCouncil()
 * output: hostile HTML in every rich-text field the views render, markup in plain-text fields,
 * unsafe URLs; and items with missing required fields, nulls everywhere, broken photos, 2,000-
 * character names, emoji and right-to-left text. Every payload that could run script sets
 * `window.__hostileRan`, and every payload that could fetch aims at `evil.invalid`.
 */
import type { ListKey } from '../../../src/schema';
import type { ISiteData, IStoredItem, StoredValue } from '../../../tools/emulator/siteData';

export const HOSTILE_FLAG = '__hostileRan';
const RUN = `window.${HOSTILE_FLAG}=(window.${HOSTILE_FLAG}||0)+1`;
export const EVIL_ORIGIN = 'http://evil.invalid';

/**
 * Markup that makes a browser fetch from another origin by itself, without a click: media and
 * their sources, posters, background attributes, pings, image sources in a picture.
 */
export const OFF_ORIGIN_FETCHES_IN_HTML: readonly string[] = [
  `<video poster="${EVIL_ORIGIN}/poster.png" src="${EVIL_ORIGIN}/clip.mp4" preload="auto" autoplay muted></video>`,
  `<audio src="${EVIL_ORIGIN}/clip.mp3" preload="auto" autoplay></audio>`,
  `<video preload="auto" autoplay muted><source src="${EVIL_ORIGIN}/source.mp4" type="video/mp4"><track default src="${EVIL_ORIGIN}/captions.vtt"></video>`,
  `<picture><source srcset="${EVIL_ORIGIN}/picture.png 1x, ${EVIL_ORIGIN}/picture2.png 2x"><img src="${EVIL_ORIGIN}/fallback.png" alt="Picture"></picture>`,
  `<table background="${EVIL_ORIGIN}/table.png"><tr><td background="${EVIL_ORIGIN}/cell.png">Table with backgrounds</td></tr></table>`,
  `<img src="x.png" srcset="${EVIL_ORIGIN}/srcset.png 1x" lowsrc="${EVIL_ORIGIN}/low.png" longdesc="${EVIL_ORIGIN}/long" alt="">`,
  `<a href="${EVIL_ORIGIN}/pinged" ping="${EVIL_ORIGIN}/ping">Pinged link</a>`,
  `<input type="image" src="${EVIL_ORIGIN}/input.png" alt="Input image">`,
  `<svg><image href="${EVIL_ORIGIN}/svg-image.png" xlink:href="${EVIL_ORIGIN}/svg-xlink.png"></image></svg>`
];

/** Ids and names rich text must never keep: a claimed deep-link target, document-property clobbering. */
export const CLAIMED_ID_PREFIX = 'hostile-claimed';
const CLAIMED_NAMES_IN_HTML: readonly string[] = [
  `<p id="${CLAIMED_ID_PREFIX}-id">Claimed id</p>`,
  `<img src="/favicon.ico" name="${CLAIMED_ID_PREFIX}-name" alt="">`,
  `<a name="${CLAIMED_ID_PREFIX}-anchor" href="#">Claimed anchor</a>`,
  `<form name="getElementById"></form><img src="/favicon.ico" id="cookie" name="querySelector" alt="">`
];

/** One of each kind of attack rich text from a list could carry, each with a visible marker word. */
export const HOSTILE_RICH_TEXT: readonly string[] = [
  `<p>Safe paragraph kept.</p>`,
  `<script>${RUN}</script>`,
  `<img src="x" onerror="${RUN}">`,
  `<svg onload="${RUN}"><circle r="4"></circle></svg>`,
  `<a href="javascript:${RUN}">javascript link</a>`,
  `<a href="JaVaScRiPt&colon;${RUN}">encoded javascript link</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19ob3N0aWxlUmFuPTE8L3NjcmlwdD4=">data link</a>`,
  `<iframe src="${EVIL_ORIGIN}/frame" onload="${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.${HOSTILE_FLAG}=1</script>"></iframe>`,
  `<style>body{background:url("${EVIL_ORIGIN}/bg.png")} p{width:expression(${RUN})}</style>`,
  `<form action="${EVIL_ORIGIN}/steal"><input name="q" autofocus onfocus="${RUN}"><button formaction="javascript:${RUN}">Send</button></form>`,
  `<p onclick="${RUN}" onmouseover="${RUN}" onfocus="${RUN}" tabindex="0">Hover target</p>`,
  `<div style="position:fixed;inset:0;z-index:2147483647;background:#c00;color:#fff">Overlay covering the page</div>`,
  `<object data="${EVIL_ORIGIN}/x.swf"></object><embed src="${EVIL_ORIGIN}/x.swf">`,
  `<meta http-equiv="refresh" content="0;url=${EVIL_ORIGIN}/">`,
  `<base href="${EVIL_ORIGIN}/">`,
  `<link rel="stylesheet" href="${EVIL_ORIGIN}/x.css">`,
  `<a href="${EVIL_ORIGIN}/phish" target="_blank">Ordinary external link</a>`,
  ...OFF_ORIGIN_FETCHES_IN_HTML,
  ...CLAIMED_NAMES_IN_HTML,
  // Last: its unclosed <style> turns everything after it into text, so nothing may follow it.
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`
];

export const HOSTILE_HTML = HOSTILE_RICH_TEXT.join('\n');

/** An image on another origin: fetching it tells that origin who read the item, and when. */
export const TRACKING_PIXEL_HTML = `<p>Pixel below.</p><img src="${EVIL_ORIGIN}/pixel.gif" alt="">`;

/** Markup in a plain-text field: must show as these characters, never become elements. */
export const HOSTILE_NAME = `Hostile <b>Bold</b> "><script>${RUN}</script><img src=x onerror="${RUN}">`;

export const LONG_NAME = `Longname ${'Abcdefghij'.repeat(199)}`.slice(0, 2000);
export const RTL_EMOJI_NAME = 'مريم الحسيني 👩🏽‍⚖️ Zoë 🌈';

/** Values a Choice column does not offer (typed in by hand, or left over after the choices changed). */
export const UNKNOWN_PREFERRED_CONTACT = 'Carrier pigeon';
export const UNKNOWN_CATEGORY = 'Bin collection rota';
export const UNKNOWN_MEMBERSHIP_ROLE = 'Grand Vizier';

/** Rich text of exactly `length` characters: paragraphs of prose, ending with `LONG_TEXT_END` so a test can see it all arrived. */
export const LONG_TEXT_END = 'End of the very long text.';
export function longRichText(length: number): string {
  const paragraph = (index: number): string => `<p>Paragraph ${index + 1}: ${'Casework, surgeries and committee work in the ward. '.repeat(8)}</p>`;
  let html = '';
  for (let index = 0; html.length < length; index++) html += paragraph(index);
  const end = `<p>${LONG_TEXT_END}</p>`;
  return html.slice(0, length - end.length).replace(/<[^>]*$/, '') + end;
}
export const LONG_TEXT_LENGTH = 10_000;

type Fields = Record<string, StoredValue>;

function withFields(item: IStoredItem, fields: Fields): IStoredItem {
  return { ...item, fields: { ...item.fields, ...fields } };
}

/** Every field null (Title removed), as a list item can be when its columns were added later. */
function emptied(item: IStoredItem, keep: Fields = {}): IStoredItem {
  const fields: Fields = {};
  for (const name of Object.keys(item.fields)) fields[name] = null;
  delete fields.Title;
  return { ...item, fields: { ...fields, ...keep } };
}

function replaceItems(data: ISiteData, list: ListKey, change: (item: IStoredItem, index: number) => IStoredItem): ISiteData {
  return { ...data, lists: { ...data.lists, [list]: data.lists[list].map(change) } };
}

function firstIndex(items: readonly IStoredItem[], test: (item: IStoredItem, index: number) => boolean, label: string): number {
  const index = items.findIndex(test);
  if (index < 0) throw new Error(`The sample council has no ${label}.`);
  return index;
}

export interface IHostileTargets {
  /** Current member with a hostile name and biography. */
  readonly memberId: number;
  /** Councillor Liaison Officer with a hostile name, job title and liaison profile. */
  readonly officerId: number;
  /** Service with a hostile name and how-to-contact, found by its keyword. */
  readonly serviceKeyword: string;
  /** Service whose how-to-contact holds only TRACKING_PIXEL_HTML, found by its keyword. */
  readonly pixelServiceKeyword: string;
  /** This week's briefing, whose summary and every item's title and body are hostile. */
  readonly briefingId: number;
  /** Current member and officer whose Photo is a file on another origin. */
  readonly offOriginPhotoMemberId: number;
  readonly offOriginPhotoOfficerId: number;
}

/** An Image column value naming a file on another host (SharePoint gives absolute addresses for some). */
export const OFF_ORIGIN_PHOTO = { fileName: 'photo.jpg', serverRelativeUrl: `${EVIL_ORIGIN}/photo.jpg` };

/**
 * Hostile data in every field the three views show: rich text (Biography, LiaisonProfile,
 * HowToContact, Body, and the other Note fields) gets HOSTILE_HTML; names and titles get
 * HOSTILE_NAME; hyperlinks get javascript: URLs.
 */
export function hostileCouncil(data: ISiteData, thisWeeksBriefingId: number): { readonly data: ISiteData; readonly targets: IHostileTargets } {
  const memberIndex = firstIndex(data.lists.Members, (item) => item.fields.IsCurrent === true, 'current member');
  const officerIndex = firstIndex(data.lists.Officers, (item) => item.fields.IsLiaisonOfficer === true, 'liaison officer');
  const serviceKeyword = 'hostilekeyword';
  const pixelServiceKeyword = 'pixelkeyword';
  const javascriptUrl = { Url: `javascript:${RUN}`, Description: 'Open <b>link</b>' };

  const photoMemberIndex = firstIndex(data.lists.Members, (item, index) => index > memberIndex && item.fields.IsCurrent === true, 'second current member');
  const photoOfficerIndex = officerIndex + 1;
  let hostile = replaceItems(data, 'Members', (item, index) =>
    withFields(item, {
      ...(index === photoMemberIndex ? { Photo: OFF_ORIGIN_PHOTO } : {}),
      Biography: HOSTILE_HTML,
      OutsideAppointments: HOSTILE_HTML,
      Skills: HOSTILE_HTML,
      Interests: HOSTILE_HTML,
      ...(index === memberIndex
        ? { Title: HOSTILE_NAME, CabinetRole: HOSTILE_NAME, Portfolio: HOSTILE_NAME, ContactNotes: HOSTILE_NAME, RegisterOfInterestsUrl: javascriptUrl }
        : {})
    })
  );
  hostile = replaceItems(hostile, 'Officers', (item, index) =>
    index === officerIndex
      ? withFields(item, { Title: `Officer ${HOSTILE_NAME}`, JobTitle: HOSTILE_NAME, Team: HOSTILE_NAME, Location: HOSTILE_NAME, LiaisonProfile: HOSTILE_HTML })
      : withFields(item, {
          LiaisonProfile: item.fields.IsLiaisonOfficer === true ? HOSTILE_HTML : item.fields.LiaisonProfile ?? null,
          ...(index === photoOfficerIndex ? { Photo: OFF_ORIGIN_PHOTO } : {})
        })
  );
  hostile = replaceItems(hostile, 'Services', (item, index) =>
    index === 1
      ? withFields(item, { HowToContact: TRACKING_PIXEL_HTML, Keywords: pixelServiceKeyword })
      : withFields(item, {
          HowToContact: HOSTILE_HTML,
          ...(index === 0 ? { Title: `Service ${HOSTILE_NAME}`, Keywords: serviceKeyword, ServiceUrl: javascriptUrl } : {})
        })
  );
  hostile = replaceItems(hostile, 'Wards', (item, index) => (index === 0 ? withFields(item, { Title: `Ward ${HOSTILE_NAME}` }) : item));
  hostile = replaceItems(hostile, 'Briefings', (item) =>
    item.Id === thisWeeksBriefingId ? withFields(item, { Summary: HOSTILE_HTML }) : item
  );
  hostile = replaceItems(hostile, 'BriefingItems', (item) =>
    item.fields.Briefing === thisWeeksBriefingId ? withFields(item, { Title: `Item ${HOSTILE_NAME}`, Body: HOSTILE_HTML }) : item
  );
  return {
    data: hostile,
    targets: {
      memberId: data.lists.Members[memberIndex].Id,
      officerId: data.lists.Officers[officerIndex].Id,
      serviceKeyword,
      pixelServiceKeyword,
      briefingId: thisWeeksBriefingId,
      offOriginPhotoMemberId: data.lists.Members[photoMemberIndex].Id,
      offOriginPhotoOfficerId: data.lists.Officers[photoOfficerIndex].Id
    }
  };
}

export interface IMessyTargets {
  /** Current member with nothing filled in but IsCurrent. */
  readonly emptyMemberId: number;
  readonly longNameMemberId: number;
  readonly rtlMemberId: number;
  readonly emptyOfficerId: number;
  readonly longNameOfficerId: number;
  /** Member and officer whose Photo points at a file that does not exist. */
  readonly brokenPhotoMemberId: number;
  readonly brokenPhotoOfficerId: number;
  readonly rtlOfficerId: number;
  /** Member whose PreferredContact is UNKNOWN_PREFERRED_CONTACT (has an email and a phone). */
  readonly unknownPreferenceMemberId: number;
  /** Member whose Ward lookup points at a ward that was deleted (an id no Wards item has). */
  readonly deletedWardMemberId: number;
  /** Member whose current committee memberships all point at a deleted committee; how many there were. */
  readonly deletedCommitteeMemberId: number;
  readonly deletedCommitteeSeats: number;
  /** Member whose memberships all have the role UNKNOWN_MEMBERSHIP_ROLE; how many are current. */
  readonly unknownRoleMemberId: number;
  readonly unknownRoleSeats: number;
  /** Member with a biography of LONG_TEXT_LENGTH characters. */
  readonly longBiographyMemberId: number;
  /** Councillor Liaison Officer with a liaison profile of LONG_TEXT_LENGTH characters. */
  readonly longProfileOfficerId: number;
  /** This week's briefing items: a body of LONG_TEXT_LENGTH characters, an UNKNOWN_CATEGORY, a deleted contact officer. */
  readonly longBodyItemId: number;
  readonly unknownCategoryItemId: number;
  readonly deletedOfficerItemId: number;
  /** The ids the dangling lookups point at (no item has them). */
  readonly deletedIds: { readonly ward: number; readonly committee: number; readonly officer: number };
}

/**
 * Messy data: a current member and an officer with every field null (no Title, no Ward, no
 * Service), members and officers with 2,000-character names, emoji and right-to-left names,
 * photos that point at files that do not exist, and this week's first briefing item emptied.
 * Also choice values the columns do not offer (PreferredContact, Category, MembershipRole),
 * dangling lookups (a deleted ward, committee and contact officer: ids no item has, as a lookup
 * keeps its id when its target is deleted) and 10,000-character biography, liaison profile and
 * briefing body.
 */
export function messyCouncil(data: ISiteData, thisWeeksBriefingId: number): { readonly data: ISiteData; readonly targets: IMessyTargets } {
  const current = data.lists.Members.filter((item) => item.fields.IsCurrent === true);
  // From the end of each list, so hostileCouncil's targets (from the start) can be combined with these.
  const [empty, long, rtl, brokenPhoto] = current.slice(-4);
  const [emptyOfficer, longOfficer, rtlOfficer, brokenOfficer] = data.lists.Officers.filter((item) => item.fields.IsLiaisonOfficer !== true).slice(-4);
  const brokenImage = { fileName: 'missing.jpg', serverRelativeUrl: `${data.serverRelativeUrl}/SiteAssets/no-such-folder/missing.jpg` };
  const firstItemId = data.lists.BriefingItems.find((item) => item.fields.Briefing === thisWeeksBriefingId)?.Id;

  let messy = replaceItems(data, 'Members', (item) => {
    if (item === empty) return emptied(item, { IsCurrent: true });
    if (item === long) return withFields(item, { Title: LONG_NAME, Surname: LONG_NAME, Portfolio: LONG_NAME });
    if (item === rtl) return withFields(item, { Title: RTL_EMOJI_NAME, Surname: 'الحسيني', Biography: `<p dir="rtl">${RTL_EMOJI_NAME}</p>` });
    if (item === brokenPhoto) return withFields(item, { Photo: brokenImage });
    return item;
  });
  messy = replaceItems(messy, 'Officers', (item) => {
    if (item === emptyOfficer) return emptied(item);
    if (item === longOfficer) return withFields(item, { Title: LONG_NAME, JobTitle: LONG_NAME });
    if (item === rtlOfficer) return withFields(item, { Title: RTL_EMOJI_NAME, JobTitle: 'مسؤول الاتصال 📞' });
    if (item === brokenOfficer) return withFields(item, { Photo: brokenImage });
    return item;
  });
  messy = replaceItems(messy, 'BriefingItems', (item) =>
    item.Id === firstItemId ? emptied(item, { Briefing: thisWeeksBriefingId }) : item
  );
  const more = messierCouncil(messy, thisWeeksBriefingId, { members: current.slice(-9, -4), firstItemId });
  return {
    data: more.data,
    targets: {
      emptyMemberId: empty.Id,
      longNameMemberId: long.Id,
      rtlMemberId: rtl.Id,
      emptyOfficerId: emptyOfficer.Id,
      longNameOfficerId: longOfficer.Id,
      brokenPhotoMemberId: brokenPhoto.Id,
      brokenPhotoOfficerId: brokenOfficer.Id,
      rtlOfficerId: rtlOfficer.Id,
      ...more.targets
    }
  };
}

type MessierTargets = Omit<
  IMessyTargets,
  'emptyMemberId' | 'longNameMemberId' | 'rtlMemberId' | 'emptyOfficerId' | 'longNameOfficerId' | 'brokenPhotoMemberId' | 'brokenPhotoOfficerId' | 'rtlOfficerId'
>;

const nextFreeId = (items: readonly IStoredItem[]): number => Math.max(0, ...items.map((item) => item.Id)) + 1000;

function isCurrentSeat(item: IStoredItem, now: number): boolean {
  const start = item.fields.StartDate;
  const end = item.fields.EndDate;
  return (typeof start !== 'string' || Date.parse(start) <= now) && (typeof end !== 'string' || Date.parse(end) >= now);
}

/** Unknown choices, dangling lookups and very long rich text, on members and items messyCouncil leaves alone. */
function messierCouncil(
  data: ISiteData,
  thisWeeksBriefingId: number,
  picked: { readonly members: readonly IStoredItem[]; readonly firstItemId: number | undefined }
): { readonly data: ISiteData; readonly targets: MessierTargets } {
  const [longBiography, unknownPreference, deletedWard, deletedCommittee, unknownRole] = picked.members;
  if (!unknownRole) throw new Error('The sample council has too few current members for the messy data.');
  const deletedIds = { ward: nextFreeId(data.lists.Wards), committee: nextFreeId(data.lists.Committees), officer: nextFreeId(data.lists.Officers) };
  const now = Date.now();
  const seatsOf = (member: IStoredItem): IStoredItem[] =>
    data.lists.CommitteeMemberships.filter((item) => item.fields.Member === member.Id && isCurrentSeat(item, now));
  const liaisonOfficers = data.lists.Officers.filter((item) => item.fields.IsLiaisonOfficer === true);
  const longProfileOfficer = liaisonOfficers[liaisonOfficers.length - 1];
  const [longBody, unknownCategory, deletedOfficer] = data.lists.BriefingItems.filter(
    // Not confidential: the deleted-officer item is checked for its copy-link action, which a confidential item never offers.
    (item) => item.fields.Briefing === thisWeeksBriefingId && item.Id !== picked.firstItemId && item.moderationStatus === 0 && item.fields.IsConfidential !== true
  );
  if (!longProfileOfficer || !deletedOfficer) throw new Error('The sample council has no liaison officer, or too few items this week.');

  let messy = replaceItems(data, 'Members', (item) => {
    if (item === longBiography) return withFields(item, { Biography: longRichText(LONG_TEXT_LENGTH) });
    if (item === unknownPreference) return withFields(item, { PreferredContact: UNKNOWN_PREFERRED_CONTACT });
    if (item === deletedWard) return withFields(item, { Ward: deletedIds.ward });
    return item;
  });
  messy = replaceItems(messy, 'CommitteeMemberships', (item) => {
    if (item.fields.Member === deletedCommittee.Id) return withFields(item, { Committee: deletedIds.committee });
    if (item.fields.Member === unknownRole.Id) return withFields(item, { MembershipRole: UNKNOWN_MEMBERSHIP_ROLE });
    return item;
  });
  messy = replaceItems(messy, 'Officers', (item) => (item === longProfileOfficer ? withFields(item, { LiaisonProfile: longRichText(LONG_TEXT_LENGTH) }) : item));
  messy = replaceItems(messy, 'BriefingItems', (item) => {
    if (item === longBody) return withFields(item, { Body: longRichText(LONG_TEXT_LENGTH) });
    if (item === unknownCategory) return withFields(item, { Category: UNKNOWN_CATEGORY });
    if (item === deletedOfficer) return withFields(item, { ContactOfficer: deletedIds.officer });
    return item;
  });
  return {
    data: messy,
    targets: {
      unknownPreferenceMemberId: unknownPreference.Id,
      deletedWardMemberId: deletedWard.Id,
      deletedCommitteeMemberId: deletedCommittee.Id,
      deletedCommitteeSeats: seatsOf(deletedCommittee).length,
      unknownRoleMemberId: unknownRole.Id,
      unknownRoleSeats: seatsOf(unknownRole).length,
      longBiographyMemberId: longBiography.Id,
      longProfileOfficerId: longProfileOfficer.Id,
      longBodyItemId: longBody.Id,
      unknownCategoryItemId: unknownCategory.Id,
      deletedOfficerItemId: deletedOfficer.Id,
      deletedIds
    }
  };
}
