import { IPropertyPaneConfiguration, PropertyPaneSlider } from '@microsoft/sp-property-pane';
import * as strings from 'DirectoryHealthWebPartStrings';
import { HEALTH_LISTS } from '../../../data/HealthRepository';
import { listTitlesGroup, settingsGroup } from '../../shared/listTitlesPropertyPane';
import { MAX_REVIEW_MONTHS, MIN_REVIEW_MONTHS } from '../directoryHealthComposition';

/** Loaded on demand by the web part, so the property pane code stays out of the page bundle. */
export function directoryHealthPropertyPane(): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          settingsGroup([
            PropertyPaneSlider('reviewMonths', {
              label: strings.ReviewMonthsFieldLabel,
              min: MIN_REVIEW_MONTHS,
              max: MAX_REVIEW_MONTHS,
              step: 1,
              showValue: true
            })
          ]),
          listTitlesGroup(HEALTH_LISTS, {
            Members: strings.MembersListLabel,
            Wards: strings.WardsListLabel,
            Committees: strings.CommitteesListLabel,
            CommitteeMemberships: strings.CommitteeMembershipsListLabel,
            Services: strings.ServicesListLabel,
            Officers: strings.OfficersListLabel,
            BriefingItems: strings.BriefingItemsListLabel
          })
        ]
      }
    ]
  };
}
