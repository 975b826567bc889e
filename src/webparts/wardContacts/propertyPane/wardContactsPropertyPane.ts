import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'WardContactsWebPartStrings';

/** Loaded on demand by the web part, so the property pane code stays out of the page bundle. */
export function wardContactsPropertyPane(): IPropertyPaneConfiguration {
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
              PropertyPaneTextField('councilName', { label: strings.CouncilNameFieldLabel })
            ]
          }
        ]
      }
    ]
  };
}
