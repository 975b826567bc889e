import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { SPFI } from '../../data/pnp';
import { OfficerRepository } from '../../data/OfficerRepository';
import type { IOfficerRepository } from '../../data/IOfficerRepository';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { listTitlesFrom } from '../shared/listTitles';
import { OfficerDirectory } from './components/OfficerDirectory';
import type { OfficerDirectoryTab } from './components/officerDirectoryUrlState';
import type { IOfficerDirectoryWebPartProps } from './IOfficerDirectoryWebPartProps';
import { OFFICER_DIRECTORY_LISTS } from './officerDirectoryLists';

const START_TABS: readonly OfficerDirectoryTab[] = ['find', 'ask', 'browse'];

/** Thin SPFx shell (see ListsWebPart): the officer directory, in SharePoint, a Teams tab or a personal app. */
export default class OfficerDirectoryWebPart extends ListsWebPart<IOfficerDirectoryWebPartProps, IOfficerRepository> {
  protected createRepository(sp: SPFI): IOfficerRepository {
    // One copy of the directory per user, site and lists in the browser, revalidated with one small request.
    return new OfficerRepository(sp, {
      listTitles: listTitlesFrom(this.properties, OFFICER_DIRECTORY_LISTS),
      cache: { user: this.context.pageContext.user.loginName }
    });
  }

  protected createView({ repository, connection, theme }: IListsView<IOfficerRepository>): React.ReactElement {
    return React.createElement(OfficerDirectory, {
      repository,
      requestEvents: connection.requestEvents,
      title: this.properties.title,
      listsSite: connection.listsSite,
      startTab: START_TABS.find((tab) => tab === this.properties.startTab) ?? 'find',
      theme
    });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(
      /* webpackChunkName: 'officer-directory-property-pane' */ './propertyPane/officerDirectoryPropertyPane'
    );
    return module.officerDirectoryPropertyPane;
  }
}
