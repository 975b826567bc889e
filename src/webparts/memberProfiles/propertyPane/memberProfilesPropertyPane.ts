import {
  IPropertyPaneConfiguration,
  PropertyPaneChoiceGroup,
  PropertyPaneTextField
} from '@microsoft/sp-property-pane';
import * as strings from 'MemberProfilesWebPartStrings';

/** Loaded on demand by the web part, so the property pane code stays out of the page bundle. */
export function memberProfilesPropertyPane(): IPropertyPaneConfiguration {
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
              PropertyPaneChoiceGroup('defaultView', {
                label: strings.DefaultViewFieldLabel,
                options: [
                  { key: 'cards', text: strings.DefaultViewCards },
                  { key: 'list', text: strings.DefaultViewList }
                ]
              })
            ]
          }
        ]
      }
    ]
  };
}
