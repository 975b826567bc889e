import type { IBriefingRepositoryOptions } from '../../data/BriefingRepository';
import type { IPreElectionPeriod } from '../../model/preElectionPeriod';
import { isCalendarDate, type CalendarDate } from '../../schema/ukDates';
import type { ListKey } from '../../schema';
import type { IListsCompositionInput, IWebPartComposition } from '../shared/composition';
import { shownTitle } from '../shared/shownTitle';
import { listTitlesFrom } from '../shared/listTitles';
import type { IMemberBriefingsProps } from './components/MemberBriefings';
import { wardLabelOverride } from './components/wardTerms';
import type { IMemberBriefingsWebPartProps } from './IMemberBriefingsWebPartProps';

/** The lists member briefings read, in the order the property pane offers them. */
export const MEMBER_BRIEFINGS_LISTS = ['Briefings', 'BriefingItems', 'Members', 'Wards'] as const satisfies readonly ListKey[];
export type MemberBriefingsListKey = (typeof MEMBER_BRIEFINGS_LISTS)[number];

/** "07/05/2026" (how UK editors write dates) or "2026-05-07"; undefined for anything else, including impossible dates. */
export function parseEditorDate(value: string | undefined): CalendarDate | undefined {
  const text = value?.trim() ?? '';
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const date = uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : text;
  return isCalendarDate(date) ? date : undefined;
}

/** The period the editor set, or undefined when either end is missing or unreadable. */
export function preElectionPeriodFrom(start: string | undefined, end: string | undefined): IPreElectionPeriod | undefined {
  const from = parseEditorDate(start);
  const to = parseEditorDate(end);
  return from && to ? { from, to } : undefined;
}

export type MemberBriefingsRootProps = Omit<IMemberBriefingsProps, 'repository' | 'receipts' | 'theme' | 'teams' | 'urlStateStore' | 'pageUrl' | 'now'>;

/** Member briefings, composed from the page's stored properties: the one place the shell and the preview build it. */
export function composeMemberBriefings(
  input: IListsCompositionInput<IMemberBriefingsWebPartProps>
): IWebPartComposition<IBriefingRepositoryOptions, MemberBriefingsRootProps> {
  const { properties, lists, user } = input;
  return {
    // What the view opens with, kept per user and site in the browser (never confidential items nor receipts).
    repositoryOptions: { listTitles: listTitlesFrom(properties, MEMBER_BRIEFINGS_LISTS), cache: { user: user.loginName } },
    rootProps: {
      requestEvents: lists.requestEvents,
      title: shownTitle(properties.title, 'memberBriefings'),
      listsSite: lists.listsSite,
      // The page's own choice where an editor made one; the council's (HubSettings) otherwise.
      wardLabel: wardLabelOverride(properties.wardLabel),
      preElectionPeriod: preElectionPeriodFrom(properties.preElectionStart, properties.preElectionEnd),
      // Outside Teams the member is looked up by the signed-in account (in Teams, Teams says who it is).
      account: user.email || user.loginName || undefined
    }
  };
}
