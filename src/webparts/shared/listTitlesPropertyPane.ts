import { IPropertyPaneGroup, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { ListKey, schema } from '../../schema';
import { formatText } from '../../ui/formatText';
import { listTitleProperty } from './listTitles';

/** A web part's localised words for its list names group. */
export interface IListTitlesGroupStrings<K extends ListKey> {
  readonly groupName: string;
  /** Under each field; {0} is the provisioned list's title, used when the field is empty. */
  readonly fieldDescription: string;
  readonly fieldLabels: Readonly<Record<K, string>>;
}

/**
 * The property pane group where an admin names the lists a web part reads, one text field per list,
 * the provisioned title as placeholder. Collapsed: most sites keep the provisioned lists.
 * Import it only from a web part's lazily loaded property pane module.
 */
export function listTitlesGroup<K extends ListKey>(keys: readonly K[], strings: IListTitlesGroupStrings<K>): IPropertyPaneGroup {
  return {
    groupName: strings.groupName,
    isCollapsed: true,
    groupFields: keys.map((key) =>
      PropertyPaneTextField(listTitleProperty(key), {
        label: strings.fieldLabels[key],
        placeholder: schema[key].title,
        description: formatText(strings.fieldDescription, schema[key].title)
      })
    )
  };
}
