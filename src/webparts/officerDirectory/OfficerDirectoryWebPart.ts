import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { SPFI } from '../../data/pnp';
import { IOfficerRepositoryOptions, OfficerRepository } from '../../data/OfficerRepository';
import type { IOfficerRepository } from '../../data/IOfficerRepository';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { OfficerDirectory } from './components/OfficerDirectory';
import type { IOfficerDirectoryWebPartProps } from './IOfficerDirectoryWebPartProps';
import { composeOfficerDirectory, OfficerDirectoryRootProps } from './officerDirectoryComposition';

/** Thin SPFx shell (see ListsWebPart): the officer directory, in SharePoint, a Teams tab or a personal app. */
export default class OfficerDirectoryWebPart extends ListsWebPart<IOfficerDirectoryWebPartProps, IOfficerRepository, IOfficerRepositoryOptions, OfficerDirectoryRootProps> {
  protected readonly compose = composeOfficerDirectory;

  protected createRepository(sp: SPFI, options: IOfficerRepositoryOptions): IOfficerRepository {
    return new OfficerRepository(sp, options);
  }

  protected createView(rootProps: OfficerDirectoryRootProps, { repository, theme }: IListsView<IOfficerRepository>): React.ReactElement {
    return React.createElement(OfficerDirectory, { ...rootProps, repository, theme });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(
      /* webpackChunkName: 'officer-directory-property-pane' */ './propertyPane/officerDirectoryPropertyPane'
    );
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    return () => module.officerDirectoryPropertyPane(currentSiteUrl);
  }
}
