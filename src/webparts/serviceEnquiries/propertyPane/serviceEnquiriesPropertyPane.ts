import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'ServiceEnquiriesWebPartStrings';
import { settingsGroup } from '../../shared/listTitlesPropertyPane';

/** Loaded on demand by the web part, so the property pane code stays out of the page bundle. */
export function serviceEnquiriesPropertyPane(): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [settingsGroup([])]
      }
    ]
  };
}
