import {
  IPropertyPaneConfiguration,
  PropertyPaneCheckbox,
  PropertyPaneChoiceGroup,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import * as strings from 'MemberProfilesWebPartStrings';
import { listTitlesGroup, settingsGroup } from '../../shared/listTitlesPropertyPane';
import { DIRECTORY_FILTERS, DirectoryFilter, isUrlStatePrefix } from '../components/directoryUrlState';
import { FILTER_VISIBILITY_PROPERTIES, MEMBER_PROFILES_LISTS } from '../memberProfilesComposition';

const FILTER_LABELS: Readonly<Record<DirectoryFilter, string>> = {
  party: strings.ShowPartyFilterLabel,
  ward: strings.ShowWardFilterLabel,
  committee: strings.ShowCommitteeFilterLabel,
  cabinet: strings.ShowCabinetFilterLabel,
  responsibility: strings.ShowResponsibilityFilterLabel
};

/** Loaded on demand by the web part, so the property pane code stays out of the page bundle. */
export function memberProfilesPropertyPane(): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          settingsGroup([
            PropertyPaneTextField('wardSheetPageUrl', { label: strings.WardSheetPageUrlFieldLabel }),
            PropertyPaneChoiceGroup('defaultView', {
              label: strings.DefaultViewFieldLabel,
              options: [
                { key: 'cards', text: strings.DefaultViewCards },
                { key: 'list', text: strings.DefaultViewList }
              ]
            }),
            PropertyPaneTextField('urlStatePrefix', {
              label: strings.UrlStatePrefixFieldLabel,
              description: strings.UrlStatePrefixFieldDescription,
              onGetErrorMessage: (value: string) => (isUrlStatePrefix(value.trim()) ? '' : strings.UrlStatePrefixInvalid)
            })
          ]),
          {
            groupName: strings.FiltersGroupName,
            groupFields: DIRECTORY_FILTERS.map((filter) =>
              PropertyPaneCheckbox(FILTER_VISIBILITY_PROPERTIES[filter], { text: FILTER_LABELS[filter] })
            )
          },
          listTitlesGroup(MEMBER_PROFILES_LISTS, {
            Members: strings.MembersListLabel,
            Parties: strings.PartiesListLabel,
            Wards: strings.WardsListLabel,
            Committees: strings.CommitteesListLabel,
            CommitteeMemberships: strings.CommitteeMembershipsListLabel
          })
        ]
      }
    ]
  };
}
