import type { HealthListKey } from '../../data/HealthRepository';
import type { ListTitleProperties } from '../shared/listTitles';

/** Properties an editor sets in the property pane; stored with the page. */
export interface IDirectoryHealthWebPartProps extends ListTitleProperties<HealthListKey> {
  title: string;
  /** Absolute URL of the site holding the lists; empty means "resolve it for me". */
  listsSiteUrl: string;
  /** Officers not reviewed for longer than this many months are listed. */
  reviewMonths: number;
}
