import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BriefingRepository, IBriefingRepositoryOptions } from '../../data/BriefingRepository';
import type { IBriefingRepository } from '../../data/IBriefingRepository';
import type { SPFI } from '../../data/pnp';
import { ReceiptRepository } from '../../data/ReceiptRepository';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { MemberBriefings } from './components/MemberBriefings';
import type { IMemberBriefingsWebPartProps } from './IMemberBriefingsWebPartProps';
import { composeMemberBriefings, MemberBriefingsRootProps } from './memberBriefingsComposition';

/** Thin SPFx shell (see ListsWebPart): weekly member briefings, in SharePoint, a Teams tab or a personal app. */
export default class MemberBriefingsWebPart extends ListsWebPart<IMemberBriefingsWebPartProps, IBriefingRepository, IBriefingRepositoryOptions, MemberBriefingsRootProps> {
  protected readonly compose = composeMemberBriefings;

  protected createRepository(sp: SPFI, options: IBriefingRepositoryOptions): IBriefingRepository {
    return new BriefingRepository(sp, options);
  }

  protected createView(rootProps: MemberBriefingsRootProps, { repository, connection, theme, teams }: IListsView<IBriefingRepository>): React.ReactElement {
    return React.createElement(MemberBriefings, { ...rootProps, repository, receipts: new ReceiptRepository(connection.sp), theme, teams });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(
      /* webpackChunkName: 'member-briefings-property-pane' */ './propertyPane/memberBriefingsPropertyPane'
    );
    return module.memberBriefingsPropertyPane;
  }
}
