import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { SPFI } from '../../data/pnp';
import { MemberRepository } from '../../data/MemberRepository';
import type { IMemberRepository } from '../../data/IMemberRepository';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { listTitlesFrom } from '../shared/listTitles';
import { MemberProfiles } from './components/MemberProfiles';
import type { IMemberProfilesWebPartProps } from './IMemberProfilesWebPartProps';
import { MEMBER_PROFILES_LISTS, showUnsetFilters, shownFiltersFrom, urlStatePrefixFrom } from './memberProfilesSettings';

/** Thin SPFx shell (see ListsWebPart): member profiles, in SharePoint, a Teams tab or a personal app. */
export default class MemberProfilesWebPart extends ListsWebPart<IMemberProfilesWebPartProps, IMemberRepository> {
  protected async onInit(): Promise<void> {
    showUnsetFilters(this.properties);
    await super.onInit();
  }

  protected createRepository(sp: SPFI): IMemberRepository {
    // One copy of the directory per user, site and lists in the browser, revalidated with one small request.
    return new MemberRepository(sp, {
      listTitles: listTitlesFrom(this.properties, MEMBER_PROFILES_LISTS),
      cache: { user: this.context.pageContext.user.loginName }
    });
  }

  protected createView({ repository, connection, theme }: IListsView<IMemberRepository>): React.ReactElement {
    return React.createElement(MemberProfiles, {
      repository,
      requestEvents: connection.requestEvents,
      title: this.properties.title,
      listsSite: connection.listsSite,
      defaultLayout: this.properties.defaultView === 'list' ? 'list' : 'cards',
      shownFilters: shownFiltersFrom(this.properties),
      urlStatePrefix: urlStatePrefixFrom(this.properties.urlStatePrefix),
      theme
    });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(
      /* webpackChunkName: 'member-profiles-property-pane' */ './propertyPane/memberProfilesPropertyPane'
    );
    return module.memberProfilesPropertyPane;
  }
}
