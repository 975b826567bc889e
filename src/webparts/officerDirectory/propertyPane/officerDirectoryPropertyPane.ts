import {
  IPropertyPaneConfiguration,
  PropertyPaneChoiceGroup,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { listTitlesGroup } from '../../shared/listTitlesPropertyPane';
import { OFFICER_DIRECTORY_LISTS } from '../officerDirectoryLists';

/** Loaded on demand by the web part, so the property pane code stays out of the page bundle. */
export function officerDirectoryPropertyPane(): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.BasicGroupName,
            groupFields: [
              PropertyPaneTextField('title', { label: strings.TitleFieldLabel }),
              PropertyPaneTextField('listsSiteUrl', {
                label: strings.ListsSiteUrlFieldLabel,
                description: strings.ListsSiteUrlFieldDescription
              }),
              PropertyPaneTextField('wardSheetPageUrl', { label: strings.WardSheetPageUrlFieldLabel }),
              PropertyPaneChoiceGroup('startTab', {
                label: strings.StartTabFieldLabel,
                options: [
                  { key: 'find', text: strings.TabFind },
                  { key: 'ask', text: strings.TabAsk },
                  { key: 'browse', text: strings.TabBrowse }
                ]
              })
            ]
          },
          listTitlesGroup(OFFICER_DIRECTORY_LISTS, {
            groupName: strings.ListNamesGroupName,
            fieldDescription: strings.ListNameFieldDescription,
            fieldLabels: { Officers: strings.OfficersListLabel, Services: strings.ServicesListLabel }
          })
        ]
      }
    ]
  };
}
