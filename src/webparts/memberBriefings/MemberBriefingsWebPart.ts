import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BriefingRepository } from '../../data/BriefingRepository';
import type { IBriefingRepository } from '../../data/IBriefingRepository';
import type { SPFI } from '../../data/pnp';
import { ReceiptRepository } from '../../data/ReceiptRepository';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { listTitlesFrom } from '../shared/listTitles';
import { MemberBriefings } from './components/MemberBriefings';
import { wardLabelOverride } from './components/wardTerms';
import type { IMemberBriefingsWebPartProps } from './IMemberBriefingsWebPartProps';
import { preElectionPeriodFrom } from './preElectionProperties';
import { MEMBER_BRIEFINGS_LISTS } from './memberBriefingsLists';

/** Thin SPFx shell (see ListsWebPart): weekly member briefings, in SharePoint, a Teams tab or a personal app. */
export default class MemberBriefingsWebPart extends ListsWebPart<IMemberBriefingsWebPartProps, IBriefingRepository> {
  protected createRepository(sp: SPFI): IBriefingRepository {
    return new BriefingRepository(sp, { listTitles: listTitlesFrom(this.properties, MEMBER_BRIEFINGS_LISTS) });
  }

  protected createView({ repository, connection, theme, teams }: IListsView<IBriefingRepository>): React.ReactElement {
    const user = this.context.pageContext.user;
    return React.createElement(MemberBriefings, {
      repository,
      receipts: new ReceiptRepository(connection.sp),
      requestEvents: connection.requestEvents,
      title: this.properties.title,
      listsSite: connection.listsSite,
      // The page's own settings where an editor set them; the council's (HubSettings) otherwise.
      wardLabel: wardLabelOverride(this.properties.wardLabel),
      preElectionPeriod: preElectionPeriodFrom(this.properties.preElectionStart, this.properties.preElectionEnd),
      theme,
      account: user?.email || user?.loginName || undefined,
      teams
    });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(
      /* webpackChunkName: 'member-briefings-property-pane' */ './propertyPane/memberBriefingsPropertyPane'
    );
    return module.memberBriefingsPropertyPane;
  }
}
