import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { SPFI } from '../../data/pnp';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { IMemberEnquiriesRepositories, MemberEnquiries } from './components/MemberEnquiries';
import type { IMemberEnquiriesWebPartProps } from './IMemberEnquiriesWebPartProps';
import { createMemberEnquiriesRepositories } from './memberEnquiriesRepositories';
import { composeMemberEnquiries, IMemberEnquiriesRepositoryOptions, MemberEnquiriesRootProps } from './memberEnquiriesComposition';

/**
 * Thin SPFx shell (see ListsWebPart): a member's enquiries and the form to raise one, in SharePoint,
 * a Teams tab or a personal app. Enquiries are read afresh on every visit (no browser copy: personal data).
 */
export default class MemberEnquiriesWebPart extends ListsWebPart<
  IMemberEnquiriesWebPartProps,
  IMemberEnquiriesRepositories,
  IMemberEnquiriesRepositoryOptions,
  MemberEnquiriesRootProps
> {
  protected readonly compose = composeMemberEnquiries;

  protected createRepository(sp: SPFI, options: IMemberEnquiriesRepositoryOptions): IMemberEnquiriesRepositories {
    return createMemberEnquiriesRepositories(sp, { ...options, knownUserId: this._pageUserIdOn(options.listsWebServerRelativeUrl) });
  }

  protected createView(rootProps: MemberEnquiriesRootProps, { repository, theme, teams }: IListsView<IMemberEnquiriesRepositories>): React.ReactElement {
    return React.createElement(MemberEnquiries, { ...rootProps, repository, theme, teams });
  }

  /** The page's user id is the one on the lists' site only when the page is on that site. */
  private _pageUserIdOn(listsWebServerRelativeUrl: string): number | undefined {
    const { web, legacyPageContext } = this.context.pageContext as unknown as {
      web?: { serverRelativeUrl?: string };
      legacyPageContext?: { userId?: unknown };
    };
    const sameSite = (web?.serverRelativeUrl ?? '').replace(/\/+$/, '').toLowerCase() === listsWebServerRelativeUrl.replace(/\/+$/, '').toLowerCase();
    const userId = legacyPageContext?.userId;
    return sameSite && typeof userId === 'number' && Number.isInteger(userId) && userId > 0 ? userId : undefined;
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(/* webpackChunkName: 'member-enquiries-property-pane' */ './propertyPane/memberEnquiriesPropertyPane');
    return module.memberEnquiriesPropertyPane;
  }
}
