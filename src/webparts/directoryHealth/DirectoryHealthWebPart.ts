import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { SPFI } from '../../data/pnp';
import { HEALTH_LISTS, HealthRepository } from '../../data/HealthRepository';
import type { IHealthRepository } from '../../data/IHealthRepository';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { listTitlesFrom } from '../shared/listTitles';
import { DirectoryHealth } from './components/DirectoryHealth';
import { reviewMonthsFrom } from './reviewMonths';
import type { IDirectoryHealthWebPartProps } from './IDirectoryHealthWebPartProps';

/** Thin SPFx shell (see ListsWebPart): directory health for admins, SharePoint pages only. */
export default class DirectoryHealthWebPart extends ListsWebPart<IDirectoryHealthWebPartProps, IHealthRepository> {
  protected createRepository(sp: SPFI): IHealthRepository {
    return new HealthRepository(sp, { listTitles: listTitlesFrom(this.properties, HEALTH_LISTS) });
  }

  protected createView({ repository, connection, theme }: IListsView<IHealthRepository>): React.ReactElement {
    return React.createElement(DirectoryHealth, {
      repository,
      requestEvents: connection.requestEvents,
      title: this.properties.title,
      listsSite: connection.listsSite,
      reviewMonths: reviewMonthsFrom(this.properties.reviewMonths),
      theme
    });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(
      /* webpackChunkName: 'directory-health-property-pane' */ './propertyPane/directoryHealthPropertyPane'
    );
    return module.directoryHealthPropertyPane;
  }
}
