import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { IRequestEvents } from '../../data/IRequestEvents';
import type { IListsSite } from '../../data/resolveListsSite';
import type { SPFI } from '../../data/pnp';
import { HEALTH_LISTS, HealthRepository } from '../../data/HealthRepository';
import type { IHealthRepository } from '../../data/IHealthRepository';
import { followPageTheme } from '../shared/followPageTheme';
import { LatestListsConnection } from '../shared/latestListsConnection';
import { isListTitleProperty, listTitlesFrom } from '../shared/listTitles';
import { DirectoryHealth, IDirectoryHealthProps } from './components/DirectoryHealth';
import { reviewMonthsFrom } from './reviewMonths';
import type { IDirectoryHealthWebPartProps } from './IDirectoryHealthWebPartProps';

/** Thin SPFx shell: builds the repository, renders one root component, follows the theme. SharePoint pages only. */
export default class DirectoryHealthWebPart extends BaseClientSideWebPart<IDirectoryHealthWebPartProps> {
  private _repository: IHealthRepository | undefined;
  private _repositoryVersion = 0;
  private _sp: SPFI | undefined;
  private _requestEvents: IRequestEvents | undefined;
  private _listsSite: IListsSite | undefined;
  private _stopFollowingPageTheme: (() => void) | undefined;
  private _theme: IReadonlyTheme | undefined;
  private _propertyPane: (() => IPropertyPaneConfiguration) | undefined;
  private readonly _lists = new LatestListsConnection();

  protected async onInit(): Promise<void> {
    await super.onInit();
    const pageTheme = followPageTheme(this, this.context.serviceScope, (theme) => {
      this._theme = theme;
      this.render();
    });
    this._theme = pageTheme.theme;
    this._stopFollowingPageTheme = pageTheme.stop;
    await this._connect();
  }

  public render(): void {
    if (!this._repository || !this._listsSite) return;
    const props: IDirectoryHealthProps = {
      repository: this._repository,
      requestEvents: this._requestEvents,
      title: this.properties.title,
      listsSiteUrl: this._listsSite.url,
      ignoredListsSiteSettings: this._listsSite.ignored,
      reviewMonths: reviewMonthsFrom(this.properties.reviewMonths),
      theme: this._theme
    };
    ReactDom.render(React.createElement(DirectoryHealth, { ...props, key: this._repositoryVersion }), this.domElement);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    if (propertyPath === 'listsSiteUrl') {
      this._connect().then(
        () => this.render(),
        () => undefined // _connect never rejects: resolveListsSite falls back to the current site.
      );
    } else if (isListTitleProperty(propertyPath) && this._sp) {
      this._createRepository(this._sp);
      this.render();
    }
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    const module = await import(
      /* webpackChunkName: 'directory-health-property-pane' */ './propertyPane/directoryHealthPropertyPane'
    );
    this._propertyPane = module.directoryHealthPropertyPane;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this._propertyPane ? this._propertyPane() : { pages: [] };
  }

  protected onDispose(): void {
    this._stopFollowingPageTheme?.();
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  /** Composition root: the lists' site (property, else tenant setting, else this site) and its repository. */
  private async _connect(): Promise<void> {
    const connected = await this._lists.connect(this.context, this.properties.listsSiteUrl);
    if (!connected) return;
    this._requestEvents = connected.requestEvents;
    this._listsSite = connected.listsSite;
    this._createRepository(connected.sp);
  }

  private _createRepository(sp: SPFI): void {
    this._sp = sp;
    this._repository = new HealthRepository(sp, { listTitles: listTitlesFrom(this.properties, HEALTH_LISTS) });
    this._repositoryVersion += 1;
  }
}
