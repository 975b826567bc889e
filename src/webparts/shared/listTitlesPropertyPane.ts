import { IPropertyPaneField, IPropertyPaneGroup, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as common from 'CommonStrings';
import { ListKey, runtimeSchema } from '../../schema';
import { formatText } from '../../ui/formatText';
import { listTitleProperty } from './listTitles';

/**
 * The settings group every web part over the hub's lists opens with: its heading, the site that holds
 * the lists, then the part's own fields. Import it only from a lazily loaded property pane module.
 */
export function settingsGroup(ownFields: readonly IPropertyPaneField<unknown>[]): IPropertyPaneGroup {
  return {
    groupName: common.BasicGroupName,
    groupFields: [
      PropertyPaneTextField('title', { label: common.TitleFieldLabel }),
      PropertyPaneTextField('listsSiteUrl', {
        label: common.ListsSiteUrlFieldLabel,
        description: common.ListsSiteUrlFieldDescription
      }),
      ...ownFields
    ]
  };
}

/**
 * The property pane group where an admin names the lists a web part reads, one text field per list
 * (labelled in the part's own words), the provisioned title as placeholder. Collapsed: most sites
 * keep the provisioned lists. Import it only from a web part's lazily loaded property pane module.
 */
export function listTitlesGroup<K extends ListKey>(keys: readonly K[], fieldLabels: Readonly<Record<K, string>>): IPropertyPaneGroup {
  return {
    groupName: common.ListNamesGroupName,
    isCollapsed: true,
    groupFields: keys.map((key) =>
      PropertyPaneTextField(listTitleProperty(key), {
        label: fieldLabels[key],
        placeholder: runtimeSchema[key].title,
        description: formatText(common.ListNameFieldDescription, runtimeSchema[key].title)
      })
    )
  };
}
