import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'WardContactsWebPartStrings';
import { settingsGroup } from '../../shared/listTitlesPropertyPane';

/** Loaded on demand by the web part, so the property pane code stays out of the page bundle. */
export function wardContactsPropertyPane(): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          settingsGroup([
            PropertyPaneTextField('councilName', { label: strings.CouncilNameFieldLabel }),
            PropertyPaneTextField('enquiriesPageUrl', { label: strings.EnquiriesPageUrlFieldLabel })
          ])
        ]
      }
    ]
  };
}
