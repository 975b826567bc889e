import { IPropertyPaneConfiguration, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'MemberEnquiriesWebPartStrings';
import { settingsGroup } from '../../shared/listTitlesPropertyPane';

/** Loaded on demand by the web part, so the property pane code stays out of the page bundle. */
export function memberEnquiriesPropertyPane(): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          settingsGroup([
            PropertyPaneDropdown('nation', {
              label: strings.NationFieldLabel,
              options: [
                { key: 'england-and-wales', text: strings.NationEnglandAndWales },
                { key: 'scotland', text: strings.NationScotland },
                { key: 'northern-ireland', text: strings.NationNorthernIreland }
              ]
            })
          ])
        ]
      }
    ]
  };
}
