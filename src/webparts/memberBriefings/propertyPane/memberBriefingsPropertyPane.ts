import {
  IPropertyPaneConfiguration,
  PropertyPaneChoiceGroup,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import * as strings from 'MemberBriefingsWebPartStrings';
import { parseEditorDate } from '../memberBriefingsComposition';
import { listTitlesGroup, settingsGroup } from '../../shared/listTitlesPropertyPane';
import { MEMBER_BRIEFINGS_LISTS } from '../memberBriefingsComposition';

/** Empty is allowed (no period); anything else must be a real date. */
function validateDate(value: string): string {
  return value.trim() === '' || parseEditorDate(value) ? '' : strings.InvalidDate;
}

/** Loaded on demand by the web part, so the property pane code stays out of the page bundle. */
export function memberBriefingsPropertyPane(): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          settingsGroup([
            PropertyPaneChoiceGroup('wardLabel', {
              label: strings.WardLabelFieldLabel,
              options: [
                { key: '', text: strings.WardLabelCouncil },
                { key: 'ward', text: strings.WardLabelWard },
                { key: 'division', text: strings.WardLabelDivision }
              ]
            })
          ]),
          {
            groupName: strings.ElectionGroupName,
            groupFields: [
              PropertyPaneTextField('preElectionStart', {
                label: strings.PreElectionStartFieldLabel,
                description: strings.PreElectionFieldDescription,
                onGetErrorMessage: validateDate
              }),
              PropertyPaneTextField('preElectionEnd', {
                label: strings.PreElectionEndFieldLabel,
                onGetErrorMessage: validateDate
              })
            ]
          },
          listTitlesGroup(MEMBER_BRIEFINGS_LISTS, {
            Briefings: strings.BriefingsListLabel,
            BriefingItems: strings.BriefingItemsListLabel,
            Members: strings.MembersListLabel,
            Wards: strings.WardsListLabel
          })
        ]
      }
    ]
  };
}
