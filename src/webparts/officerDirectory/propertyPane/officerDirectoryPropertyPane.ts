import { IPropertyPaneConfiguration, PropertyPaneChoiceGroup } from '@microsoft/sp-property-pane';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { listTitlesGroup, settingsGroup } from '../../shared/listTitlesPropertyPane';
import { OFFICER_DIRECTORY_LISTS } from '../officerDirectoryComposition';

/** Loaded on demand by the web part, so the property pane code stays out of the page bundle. */
export function officerDirectoryPropertyPane(): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          settingsGroup([
            PropertyPaneChoiceGroup('startTab', {
              label: strings.StartTabFieldLabel,
              options: [
                { key: 'find', text: strings.TabFind },
                { key: 'ask', text: strings.TabAsk },
                { key: 'browse', text: strings.TabBrowse }
              ]
            })
          ]),
          listTitlesGroup(OFFICER_DIRECTORY_LISTS, { Officers: strings.OfficersListLabel, Services: strings.ServicesListLabel })
        ]
      }
    ]
  };
}
