import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BriefingRepository } from '../../data/BriefingRepository';
import { MemberRepository } from '../../data/MemberRepository';
import { OfficerRepository } from '../../data/OfficerRepository';
import type { SPFI } from '../../data/pnp';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { IWardContactsRepositories, WardContacts } from './components/WardContacts';
import type { IWardContactsWebPartProps } from './IWardContactsWebPartProps';

/**
 * Thin SPFx shell (see ListsWebPart): the ward contact sheet, in SharePoint, a Teams tab or a
 * personal app. It reads through the three existing repositories, with the same per-user browser
 * copies the directories keep, so a visit after either directory costs one small request each.
 */
export default class WardContactsWebPart extends ListsWebPart<IWardContactsWebPartProps, IWardContactsRepositories> {
  protected createRepository(sp: SPFI): IWardContactsRepositories {
    const cache = { user: this.context.pageContext.user.loginName };
    return {
      members: new MemberRepository(sp, { cache }),
      officers: new OfficerRepository(sp, { cache }),
      briefings: new BriefingRepository(sp)
    };
  }

  protected createView({ repository, connection, theme, teams }: IListsView<IWardContactsRepositories>): React.ReactElement {
    const user = this.context.pageContext.user;
    return React.createElement(WardContacts, {
      repositories: repository,
      requestEvents: connection.requestEvents,
      title: this.properties.title,
      listsSiteUrl: connection.listsSite.url,
      councilName: this.properties.councilName?.trim() || undefined,
      theme,
      account: user?.email || user?.loginName || undefined,
      teams
    });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(/* webpackChunkName: 'ward-contacts-property-pane' */ './propertyPane/wardContactsPropertyPane');
    return module.wardContactsPropertyPane;
  }
}
