import { IPropertyPaneConfiguration, PropertyPaneChoiceGroup, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'OfficerDirectoryWebPartStrings';
import { listTitlesGroup, settingsGroup } from '../../shared/listTitlesPropertyPane';
import { OFFICER_DIRECTORY_LISTS } from '../officerDirectoryComposition';
import { protocolUrlOnTenant } from '../protocolUrl';

/** '' when the protocol link is blank or on the tenant, else what to enter instead. */
export function protocolUrlError(value: string, currentSiteUrl: string): string {
  return value.trim() === '' || protocolUrlOnTenant(value, currentSiteUrl) ? '' : strings.ProtocolUrlInvalid;
}

/**
 * Loaded on demand by the web part, so the property pane code stays out of the page bundle.
 * `currentSiteUrl`: the page's site, whose origin (the tenant) the protocol link must be on.
 */
export function officerDirectoryPropertyPane(currentSiteUrl: string): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          settingsGroup([
            PropertyPaneTextField('wardSheetPageUrl', { label: strings.WardSheetPageUrlFieldLabel }),
            PropertyPaneTextField('enquiriesPageUrl', { label: strings.EnquiriesPageUrlFieldLabel, description: strings.EnquiriesPageUrlFieldDescription }),
            PropertyPaneChoiceGroup('startTab', {
              label: strings.StartTabFieldLabel,
              options: [
                { key: 'find', text: strings.TabFind },
                { key: 'ask', text: strings.TabAsk },
                { key: 'browse', text: strings.TabBrowse }
              ]
            }),
            PropertyPaneTextField('protocolUrl', {
              label: strings.ProtocolUrlFieldLabel,
              description: strings.ProtocolUrlFieldDescription,
              onGetErrorMessage: (value: string) => protocolUrlError(value, currentSiteUrl)
            })
          ]),
          listTitlesGroup(OFFICER_DIRECTORY_LISTS, { Officers: strings.OfficersListLabel, Services: strings.ServicesListLabel })
        ]
      }
    ]
  };
}
