import type { WardLabel } from './components/wardTerms';
import type { ListTitleProperties } from '../shared/listTitles';
import type { MemberBriefingsListKey } from './memberBriefingsComposition';

/** Properties an editor sets in the property pane; stored with the page. */
export interface IMemberBriefingsWebPartProps extends ListTitleProperties<MemberBriefingsListKey> {
  title: string;
  /** Absolute URL of the site holding the lists; empty means the tenant setting, else this site. */
  listsSiteUrl: string;
  /** The page's own word for a ward; empty: the council's (HubSettings list), else "ward". */
  wardLabel: WardLabel | '';
  /** First day of the pre-election period as the editor typed it (dd/mm/yyyy); empty: the council's period, if any. */
  preElectionStart: string;
  /** Last day (polling day), inclusive. */
  preElectionEnd: string;
}
