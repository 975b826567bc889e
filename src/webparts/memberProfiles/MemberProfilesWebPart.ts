import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { SPFI } from '../../data/pnp';
import { IMemberRepositoryOptions, MemberRepository } from '../../data/MemberRepository';
import type { IMemberRepository } from '../../data/IMemberRepository';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { MemberProfiles } from './components/MemberProfiles';
import type { IMemberProfilesWebPartProps } from './IMemberProfilesWebPartProps';
import { composeMemberProfiles, MemberProfilesRootProps, showUnsetFilters } from './memberProfilesComposition';

/** Thin SPFx shell (see ListsWebPart): member profiles, in SharePoint, a Teams tab or a personal app. */
export default class MemberProfilesWebPart extends ListsWebPart<IMemberProfilesWebPartProps, IMemberRepository, IMemberRepositoryOptions, MemberProfilesRootProps> {
  protected readonly compose = composeMemberProfiles;

  protected async onInit(): Promise<void> {
    showUnsetFilters(this.properties);
    await super.onInit();
  }

  protected createRepository(sp: SPFI, options: IMemberRepositoryOptions): IMemberRepository {
    return new MemberRepository(sp, options);
  }

  protected createView(rootProps: MemberProfilesRootProps, { repository, theme }: IListsView<IMemberRepository>): React.ReactElement {
    return React.createElement(MemberProfiles, { ...rootProps, repository, theme });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(
      /* webpackChunkName: 'member-profiles-property-pane' */ './propertyPane/memberProfilesPropertyPane'
    );
    return module.memberProfilesPropertyPane;
  }
}
