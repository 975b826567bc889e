import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { SPFI } from '../../data/pnp';
import { EnquiryReportRepository, IEnquiryReportRepository } from '../../data/EnquiryReportRepository';
import { IListsView, ListsWebPart } from '../shared/ListsWebPart';
import { EnquiryReport } from './components/EnquiryReport';
import { composeEnquiryReport, EnquiryReportRepositoryOptions, EnquiryReportRootProps } from './enquiryReportComposition';
import type { IEnquiryReportWebPartProps } from './IEnquiryReportWebPartProps';

/** Thin SPFx shell (see ListsWebPart): the enquiries report for Democratic Services and managers, SharePoint pages only. */
export default class EnquiryReportWebPart extends ListsWebPart<IEnquiryReportWebPartProps, IEnquiryReportRepository, EnquiryReportRepositoryOptions, EnquiryReportRootProps> {
  protected readonly compose = composeEnquiryReport;

  protected createRepository(sp: SPFI): IEnquiryReportRepository {
    return new EnquiryReportRepository(sp);
  }

  protected createView(rootProps: EnquiryReportRootProps, { repository, theme }: IListsView<IEnquiryReportRepository>): React.ReactElement {
    return React.createElement(EnquiryReport, { ...rootProps, repository, theme });
  }

  protected async loadPropertyPane(): Promise<() => IPropertyPaneConfiguration> {
    const module = await import(/* webpackChunkName: 'enquiry-report-property-pane' */ './propertyPane/enquiryReportPropertyPane');
    return module.enquiryReportPropertyPane;
  }
}
