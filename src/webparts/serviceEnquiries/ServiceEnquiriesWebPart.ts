import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { SPFI } from '../../data/pnp';
import { ServiceEnquiriesRepository } from '../../data/ServiceEnquiriesRepository';
import type { IServiceEnquiriesRepository } from '../../data/IServiceEnquiriesRepository';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { ServiceEnquiries } from './components/ServiceEnquiries';
import type { IServiceEnquiriesWebPartProps } from './IServiceEnquiriesWebPartProps';
import { composeServiceEnquiries, IServiceEnquiriesRepositoryOptions, ServiceEnquiriesRootProps } from './serviceEnquiriesComposition';

/**
 * Thin SPFx shell (see ListsWebPart): "Service enquiries", the officers' queue of members' enquiries for their
 * service, in SharePoint or a Teams tab. SharePoint's folder permissions decide which enquiries it reads.
 */
export default class ServiceEnquiriesWebPart extends ListsWebPart<
  IServiceEnquiriesWebPartProps,
  IServiceEnquiriesRepository,
  IServiceEnquiriesRepositoryOptions,
  ServiceEnquiriesRootProps
> {
  protected readonly compose = composeServiceEnquiries;

  protected createRepository(sp: SPFI, options: IServiceEnquiriesRepositoryOptions): IServiceEnquiriesRepository {
    return new ServiceEnquiriesRepository(sp, options.webServerRelativeUrl);
  }

  protected createView(rootProps: ServiceEnquiriesRootProps, { repository, theme }: IListsView<IServiceEnquiriesRepository>): React.ReactElement {
    return React.createElement(ServiceEnquiries, { ...rootProps, repository, theme });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(/* webpackChunkName: 'service-enquiries-property-pane' */ './propertyPane/serviceEnquiriesPropertyPane');
    return module.serviceEnquiriesPropertyPane;
  }
}
