import type { WardLabel } from './components/wardTerms';
import type { ListTitleProperties } from '../shared/listTitles';
import type { MemberBriefingsListKey } from './memberBriefingsComposition';

/** Properties an editor sets in the property pane; stored with the page. */
export interface IMemberBriefingsWebPartProps extends ListTitleProperties<MemberBriefingsListKey> {
  title: string;
  /** Absolute URL of the site holding the lists; empty means the tenant setting, else this site. */
  listsSiteUrl: string;
  wardLabel: WardLabel;
  /** First day of the pre-election period as the editor typed it (dd/mm/yyyy); empty for none. */
  preElectionStart: string;
  /** Last day (polling day), inclusive. */
  preElectionEnd: string;
}
