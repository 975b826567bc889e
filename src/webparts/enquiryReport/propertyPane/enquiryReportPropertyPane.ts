import { IPropertyPaneConfiguration, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'EnquiryReportWebPartStrings';
import type { UkNation } from '../../../model/enquiries/ukNation';
import { settingsGroup } from '../../shared/listTitlesPropertyPane';

const NATION_LABELS: Readonly<Record<UkNation, string>> = {
  'england-and-wales': strings.NationEnglandAndWales,
  scotland: strings.NationScotland,
  'northern-ireland': strings.NationNorthernIreland
};

/** Loaded on demand by the web part, so the property pane code stays out of the page bundle. */
export function enquiryReportPropertyPane(): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          settingsGroup([
            PropertyPaneDropdown('nation', {
              label: strings.NationFieldLabel,
              options: (Object.keys(NATION_LABELS) as UkNation[]).map((nation) => ({ key: nation, text: NATION_LABELS[nation] }))
            })
          ])
        ]
      }
    ]
  };
}
