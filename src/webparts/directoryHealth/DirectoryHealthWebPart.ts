import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { SPFI } from '../../data/pnp';
import { CoverageRepository } from '../../data/CoverageRepository';
import { HealthRepository, IHealthRepositoryOptions } from '../../data/HealthRepository';
import type { IHealthRepository } from '../../data/IHealthRepository';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { DirectoryHealth } from './components/DirectoryHealth';
import { composeDirectoryHealth, DirectoryHealthRootProps } from './directoryHealthComposition';
import type { IDirectoryHealthWebPartProps } from './IDirectoryHealthWebPartProps';

/** Thin SPFx shell (see ListsWebPart): directory health for admins, SharePoint pages only. */
export default class DirectoryHealthWebPart extends ListsWebPart<IDirectoryHealthWebPartProps, IHealthRepository, IHealthRepositoryOptions, DirectoryHealthRootProps> {
  protected readonly compose = composeDirectoryHealth;

  protected createRepository(sp: SPFI, options: IHealthRepositoryOptions): IHealthRepository {
    return new HealthRepository(sp, options);
  }

  protected createView(rootProps: DirectoryHealthRootProps, { repository, connection, theme }: IListsView<IHealthRepository>): React.ReactElement {
    return React.createElement(DirectoryHealth, { ...rootProps, repository, coverage: new CoverageRepository(connection.sp), theme });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(
      /* webpackChunkName: 'directory-health-property-pane' */ './propertyPane/directoryHealthPropertyPane'
    );
    return module.directoryHealthPropertyPane;
  }
}
