import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BriefingRepository } from '../../data/BriefingRepository';
import { MemberRepository } from '../../data/MemberRepository';
import { OfficerRepository } from '../../data/OfficerRepository';
import type { SPFI } from '../../data/pnp';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { IWardContactsRepositories, WardContacts } from './components/WardContacts';
import type { IWardContactsWebPartProps } from './IWardContactsWebPartProps';
import { composeWardContacts, IWardContactsRepositoryOptions, WardContactsRootProps } from './wardContactsComposition';

/**
 * Thin SPFx shell (see ListsWebPart): the ward contact sheet, in SharePoint, a Teams tab or a
 * personal app. It reads through the three existing repositories, with the same per-user browser
 * copies the directories and the briefings keep: drawn at once, then revalidated in the background.
 */
export default class WardContactsWebPart extends ListsWebPart<
  IWardContactsWebPartProps,
  IWardContactsRepositories,
  IWardContactsRepositoryOptions,
  WardContactsRootProps
> {
  protected readonly compose = composeWardContacts;

  protected createRepository(sp: SPFI, options: IWardContactsRepositoryOptions): IWardContactsRepositories {
    return {
      members: new MemberRepository(sp, { cache: options.cache }),
      officers: new OfficerRepository(sp, { cache: options.cache }),
      briefings: new BriefingRepository(sp, { cache: options.cache })
    };
  }

  protected createView(rootProps: WardContactsRootProps, { repository, theme, teams }: IListsView<IWardContactsRepositories>): React.ReactElement {
    return React.createElement(WardContacts, { ...rootProps, repository, theme, teams });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(/* webpackChunkName: 'ward-contacts-property-pane' */ './propertyPane/wardContactsPropertyPane');
    return module.wardContactsPropertyPane;
  }
}
